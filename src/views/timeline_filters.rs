//! Narrowing the timeline: by track and by text, both kept in the URL
//! (`#/timeline?track=7&q=faith`) so a filtered view can be shared and
//! survives reload. Typing replaces the history entry instead of adding one
//! per keystroke.

use super::app::use_app;
use crate::browser::hash_route::navigate;
use crate::model::timeline::EventFilter;
use leptos::prelude::*;

#[component]
pub fn TimelineFilters(
    #[prop(into)] filter: Signal<EventFilter>,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let app = use_app();
    let route = app.route;
    let set_param = move |key: &str, value: String, replace: bool| {
        navigate(&route.get_untracked().with_param(key, value.trim()), replace);
    };
    let options = app
        .content
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
