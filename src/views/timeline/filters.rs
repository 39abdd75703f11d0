//! Narrowing the timeline: by track and by text, both kept in the URL
//! (`#/timeline?track=7&q=faith`) so a filtered view can be shared and
//! survives reload. Typing replaces the history entry instead of adding one
//! per keystroke.

use crate::browser::hash_route::navigate;
use crate::model::content::EventKind;
use crate::model::geometry::timeline::{counted, figure, EventFilter, LANES};
use crate::model::i18n::ui_text::ui;
use crate::views::context::use_app;
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
    let t = &ui().timeline;
    let set_param = move |key: &str, value: String, replace: bool| {
        navigate(&route.get_untracked().with_param(key, value.trim()), replace);
    };
    let options = app
        .content()
        .tracks
        .iter()
        .map(|track| {
            let value = track.number.to_string();
            let selected = move || filter.with(|f| f.track == Some(track.number));
            view! { <option value=value selected=selected>{track.label()}</option> }
        })
        .collect_view();
    view! {
        <form class="filters" role="search" aria-label=t.filter_events on:submit=|ev| ev.prevent_default()>
            <span class="field">
                <label for="filter-track">{t.track}</label>
                <select id="filter-track" on:change=move |ev| set_param("track", event_target_value(&ev), false)>
                    <option value="" selected=move || filter.with(|f| f.track.is_none())>{t.all_tracks}</option>
                    {options}
                </select>
            </span>
            <span class="field">
                <label for="filter-lane">{t.show}</label>
                <select id="filter-lane" on:change=move |ev| set_param("lane", event_target_value(&ev), false)>
                    <option value="" selected=move || filter.with(|f| f.lane.is_none())>{t.history_and_cases}</option>
                    {LANES.into_iter().map(|(kind, value)| {
                        let name = match kind {
                            EventKind::History => t.history_of_idea,
                            EventKind::Case => t.cases_heading,
                        };
                        view! { <option value=value selected=move || filter.with(|f| f.lane == Some(kind))>{name}</option> }
                    }).collect_view()}
                </select>
            </span>
            {move || {
                let names = groups.get();
                (!names.is_empty()).then(|| view! {
                    <span class="field">
                        <label for="filter-group">{t.group_filter}</label>
                        <select id="filter-group" on:change=move |ev| set_param("group", event_target_value(&ev), false)>
                            <option value="" selected=move || filter.with(|f| f.group.is_none())>{t.all_groups}</option>
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
                <label for="filter-search">{t.search_events}</label>
                <input
                    id="filter-search"
                    type="search"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| set_param("q", event_target_value(&ev), true)
                />
            </span>
            <p class="filter-count" role="status">{move || counted(&t.events_shown, total.get(), &[("shown", &figure(shown.get()))])}</p>
        </form>
    }
}
