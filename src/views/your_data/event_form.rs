//! "Add an event": a teacher's own events, into one of their timelines or a
//! new one. The checks are the model's (`UserData::add_event`); this form only
//! gathers the fields and says which one is wrong.

use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::NewEvent;
use crate::views::common::layout::{own_or_new_select, text_area, text_field, FormOutcome};
use crate::views::context::use_app;
use leptos::prelude::*;

const NEW_TIMELINE: &str = "";

#[component]
pub fn EventForm() -> impl IntoView {
    let app = use_app();
    let user = app.user;
    let content = app.content();
    let t = &ui().my_data;
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
    let submit = move |ev: leptos::ev::SubmitEvent| {
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
        outcome.set(Some(
            result.map(|name| fill(t.event_added, &[("title", &title.get_untracked().trim()), ("timeline", &name)])),
        ));
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
        <form class="event-form" on:submit=submit aria-label=t.add_event>
            {own_or_new_select("event-timeline", t.event_timeline, own_timelines, timeline, t.event_new_timeline_option)}
            {move || timeline.with(|c| c.is_empty()).then(|| text_field("event-new-timeline", t.event_new_timeline, new_title, t.event_new_timeline_hint))}
            {text_field("event-date", t.event_date, date, t.event_date_hint)}
            {text_field("event-end", t.event_end, end, "")}
            {text_field("event-title", t.event_title, title, "")}
            {text_area("event-text", t.event_text, text)}
            <fieldset class="field wide">
                <legend>{t.event_tracks}</legend>
                {content.tracks.iter().map(|track| {
                    let n = track.number;
                    let checked = move || tracks.with(|ts| ts.contains(&n));
                    let toggle = move |ev| {
                        let on = event_target_checked(&ev);
                        tracks.update(|ts| if on { ts.push(n) } else { ts.retain(|x| *x != n) });
                    };
                    view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{format!(" {}", track.label())}</label> }
                }).collect_view()}
            </fieldset>
            {text_field("event-link", t.event_link, link, "https://\u{2026}")}
            <div class="actions"><button type="submit">{t.event_submit}</button></div>
            <FormOutcome outcome/>
        </form>
    }
}
