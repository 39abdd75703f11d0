//! Narrowing the timeline: by track and by text, both kept in the URL
//! (`#/timeline?track=7&q=faith`) so a filtered view can be shared and
//! survives reload. Typing replaces the history entry instead of adding one
//! per keystroke.

use super::app::use_app;
use crate::browser::hash_route::navigate;
use crate::model::content::EventKind;
use crate::model::timeline::{EventFilter, LANES};
use leptos::prelude::*;

#[component]
pub fn TimelineFilters(
    #[prop(into)] filter: Signal<EventFilter>,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
    /// The groups of a reader's timeline (TimelineJS3's lanes); none hides the choice.
    #[prop(into)]
    groups: Signal<Vec<String>>,
) -> impl IntoView {
    let app = use_app();
    let route = app.route;
    let set_param = move |key: &str, value: String, replace: bool| {
        navigate(&route.get_untracked().with_param(key, value.trim()), replace);
    };
    let options = app
        .content()
        .tracks
        .iter()
        .map(|t| {
            let value = t.number.to_string();
            let selected = move || filter.with(|f| f.track == Some(t.number));
            view! { <option value=value selected=selected>{t.label()}</option> }
        })
        .collect_view();
    view! {
        <form class="filters" role="search" aria-label="Filter events" on:submit=|ev| ev.prevent_default()>
            <span class="field">
                <label for="filter-track">"Track"</label>
                <select id="filter-track" on:change=move |ev| set_param("track", event_target_value(&ev), false)>
                    <option value="" selected=move || filter.with(|f| f.track.is_none())>"All tracks"</option>
                    {options}
                </select>
            </span>
            <span class="field">
                <label for="filter-lane">"Show"</label>
                <select id="filter-lane" on:change=move |ev| set_param("lane", event_target_value(&ev), false)>
                    <option value="" selected=move || filter.with(|f| f.lane.is_none())>"The history and the cases"</option>
                    {LANES.into_iter().map(|(kind, value)| {
                        let name = match kind {
                            EventKind::History => "The history of the idea",
                            EventKind::Case => "Cases: the tracks at work",
                        };
                        view! { <option value=value selected=move || filter.with(|f| f.lane == Some(kind))>{name}</option> }
                    }).collect_view()}
                </select>
            </span>
            {move || {
                let names = groups.get();
                (!names.is_empty()).then(|| view! {
                    <span class="field">
                        <label for="filter-group">"Group"</label>
                        <select id="filter-group" on:change=move |ev| set_param("group", event_target_value(&ev), false)>
                            <option value="" selected=move || filter.with(|f| f.group.is_none())>"All groups"</option>
                            {names.into_iter().map(|name| {
                                let current = name.clone();
                                let selected = move || filter.with(|f| f.group.as_deref() == Some(current.as_str()));
                                let value = name.clone();
                                view! { <option value=value selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </span>
                })
            }}
            <span class="field">
                <label for="filter-search">"Search events"</label>
                <input
                    id="filter-search"
                    type="search"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| set_param("q", event_target_value(&ev), true)
                />
            </span>
            <p class="filter-count" role="status">{move || format!("{} of {} events", shown.get(), total.get())}</p>
        </form>
    }
}
