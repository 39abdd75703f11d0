//! "Add an event": a teacher's own events, into one of their timelines or a
//! new one. The checks are the model's (`UserData::add_event`); this form only
//! gathers the fields and says which one is wrong.

use super::app::use_app;
use super::layout::{own_or_new_select, text_area, text_field, FormOutcome};
use crate::model::user_data::NewEvent;
use leptos::prelude::*;

const NEW_TIMELINE: &str = "";

#[component]
pub fn EventForm() -> impl IntoView {
    let app = use_app();
    let user = app.user;
    let content = app.content();
    let timeline = RwSignal::new(String::new());
    let new_title = RwSignal::new(String::new());
    let (date, end, title, text, link) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let tracks = RwSignal::new(Vec::<u8>::new());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let submit =
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let event = NewEvent {
                date: date.get_untracked(),
                end: end.get_untracked(),
                title: title.get_untracked(),
                text: text.get_untracked(),
                tracks: tracks.get_untracked(),
                link: link.get_untracked(),
            };
            let chosen = timeline.get_untracked();
            let target = (chosen != NEW_TIMELINE).then_some(chosen.as_str());
            let mut result = Err(String::new());
            user.update(|d| {
                result = d
                    .add_event(target, &new_title.get_untracked(), event, js_sys::Date::now() as u64)
                    .map_err(|e| e.to_string())
                    .map(|id| {
                        let name = d.timeline(&id).map(|t| t.title.clone()).unwrap_or_default();
                        timeline.set(id);
                        name
                    });
            });
            outcome.set(Some(result.map(|name| {
                format!("Added \u{201c}{}\u{201d} to \u{201c}{name}\u{201d}.", title.get_untracked().trim())
            })));
            if matches!(outcome.get_untracked(), Some(Ok(_))) {
                for field in [date, end, title, text, link] {
                    field.set(String::new());
                }
                tracks.set(Vec::new());
                new_title.set(String::new());
            }
        };
    let own_timelines =
        move || user.data.with(|d| d.timelines.iter().map(|t| (t.id.clone(), t.title.clone())).collect());
    view! {
        <form class="event-form" on:submit=submit aria-label="Add an event">
            {own_or_new_select("event-timeline", "Timeline", own_timelines, timeline, "A new timeline\u{2026}")}
            {move || timeline.with(|c| c.is_empty()).then(|| text_field("event-new-timeline", "New timeline", new_title, "e.g. Northern Ireland, 1968-1998"))}
            {text_field("event-date", "Date", date, "1998, 1998-04 or 1998-04-10")}
            {text_field("event-end", "End date (optional)", end, "")}
            {text_field("event-title", "Title", title, "")}
            {text_area("event-text", "Text", text)}
            <fieldset class="field wide">
                <legend>"Tracks involved"</legend>
                {content.tracks.iter().map(|t| {
                    let n = t.number;
                    let checked = move || tracks.with(|ts| ts.contains(&n));
                    let toggle = move |ev| {
                        let on = event_target_checked(&ev);
                        tracks.update(|ts| if on { ts.push(n) } else { ts.retain(|x| *x != n) });
                    };
                    view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{format!(" {}", t.label())}</label> }
                }).collect_view()}
            </fieldset>
            {text_field("event-link", "Link (optional)", link, "https://\u{2026}")}
            <div class="actions"><button type="submit">"Add the event"</button></div>
            <FormOutcome outcome/>
        </form>
    }
}
