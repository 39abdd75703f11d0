//! "Your data": what the guide keeps for the reader, and moving it in and out
//! as files.
//!
//! An import never changes anything before the reader has seen what it would
//! change and confirmed; the data before it is kept so one "Undo import" puts
//! it back. Errors name the place and the reason. Everything from a file is
//! shown as text, never as HTML.

use crate::browser::download::{describe, export_document, save_text, today};
use crate::browser::storage::UserStore;
use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::{Theme, UserData, MAX_DOCUMENT_BYTES};
use crate::views::common::import::{import_file, use_import};
use crate::views::common::layout::{PageHeading, Section};
use crate::views::context::use_app;
use crate::views::tours::tour::use_tours;
use crate::views::your_data::event_form::EventForm;
use crate::views::your_data::import::{ImportMessages, ImportPreview};
use crate::views::your_data::share::SharePanel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The two files TimelineJS3 reads.
#[derive(Clone, Copy)]
pub enum Format {
    Json,
    Csv,
}

/// A timeline of the reader's (`Some(id)`) or the guide's history (`None`)
/// as TimelineJS3 reads it; says what happened.
async fn export_for_timelinejs(
    user: UserStore,
    id: Option<&str>,
    format: Format,
    content: &'static crate::model::content::Dataset,
) -> String {
    use crate::model::formats::timeline_export::to_sheet;
    let (title, description, events, eras) = match id {
        None => (content.title.clone(), String::new(), content.events.clone(), content.eras.clone()),
        Some(id) => match user.data.with_untracked(|d| {
            d.timeline(id).map(|t| (t.title.clone(), t.description.clone(), t.to_events(), t.to_eras()))
        }) {
            Some(found) => found,
            None => return ui().my_data.timeline_gone.into(),
        },
    };
    let refs: Vec<&crate::model::content::Event> = events.iter().collect();
    let stem = format!("multitrack-{}-timelinejs-{}", id.unwrap_or("history"), today());
    let saved = match format {
        Format::Json => match crate::browser::storage::codec().await {
            Ok(codec) => save_text(
                &(codec.timelinejs)(&title, &description, &refs, &eras),
                "application/json",
                &format!("{stem}.json"),
            ),
            Err(e) => return fill(ui().my_data.export_failed, &[("reason", &e.to_string())]),
        },
        Format::Csv => save_text(&to_sheet(&title, &description, &refs, &eras), "text/csv", &format!("{stem}.csv")),
    };
    match saved {
        Ok(()) => fill(ui().my_data.exported_for_timelinejs, &[("title", &title)]),
        Err(e) => fill(ui().my_data.export_failed, &[("reason", &describe(&e))]),
    }
}

#[component]
pub fn MyDataPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("your_data");
    let app = use_app();
    let user = app.user;
    let content = app.content();
    let state = use_import();
    let t = &ui().my_data;
    let export_status = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(file, state);
        }
        // The same file chosen again is a new import.
        input.set_value("");
    };
    // The data, or one part of it (a timeline, a tour), as its own file.
    // `done` and `gone` say what became of it.
    let export = move |one: Option<UserData>, stem: String, done: &'static str, gone: &'static str| {
        let Some(one) = one else { return export_status.set(gone.to_string()) };
        leptos::task::spawn_local(async move {
            let result = export_document(&one, &stem).await;
            export_status.set(result.map_or_else(|e| fill(t.export_failed, &[("reason", &e)]), |()| done.to_string()));
        });
    };
    let export_all = move |_| export(Some(user.data.get_untracked()), "data".into(), t.exported_all, t.exported_all);
    let export_part = move |choice: &str, stem: &str, done: &'static str, gone: &'static str| {
        export(user.data.with_untracked(|d| d.part(choice)), stem.to_string(), done, gone)
    };
    let timelinejs = move |id: Option<String>, format: Format| {
        leptos::task::spawn_local(async move {
            export_status.set(export_for_timelinejs(user, id.as_deref(), format, content).await);
        });
    };
    let notes = move || {
        user.data.with(|d| {
            d.notes
                .written()
                .map(|(key, text)| {
                    let subject = describe_subject(content, key);
                    view! { <li><strong>{subject.0}</strong> {t.note_separator} {text.to_string()} " " <a href=subject.1>{t.open}</a></li> }
                })
                .collect_view()
        })
    };
    let timelines = move || {
        user.data.with(|d| {
            d.timelines
                .iter()
                .map(|timeline| {
                    let id = timeline.id.clone();
                    let href = Route::page(Page::Timeline).with_param("mine", &timeline.id).to_hash();
                    let export_one =
                        move |_| export_part(&id, &format!("timeline-{id}"), t.exported_timeline, t.timeline_gone);
                    let (json_id, csv_id) = (timeline.id.clone(), timeline.id.clone());
                    let with_history = timeline.with_history;
                    let remove_id = timeline.id.clone();
                    let remove_title = timeline.title.clone();
                    let remove = move |_| {
                        let sure = window()
                            .confirm_with_message(&fill(t.confirm_delete_timeline, &[("title", &remove_title)]))
                            .unwrap_or(false);
                        if sure {
                            user.update(|d| {
                                d.remove_timeline(&remove_id);
                            });
                        }
                    };
                    let toggle_id = timeline.id.clone();
                    let toggle = move |ev| {
                        let on = event_target_checked(&ev);
                        let now = js_sys::Date::now() as u64;
                        user.update(|d| {
                            if let Some(mine) = d.timelines.iter_mut().find(|m| m.id == toggle_id) {
                                mine.with_history = on;
                                mine.updated = now;
                            }
                        });
                    };
                    let title: &[(&str, &dyn std::fmt::Display)] = &[("title", &timeline.title)];
                    view! {
                        <li>
                            <a href=href>{timeline.title.clone()}</a>
                            {t.events_count.count(timeline.events.len())}
                            " " <button type="button" on:click=export_one>{fill(t.export_title, title)}</button>
                            " " <button type="button" on:click=move |_| timelinejs(Some(json_id.clone()), Format::Json)>{fill(t.title_for_timelinejs, title)}</button>
                            " " <button type="button" on:click=move |_| timelinejs(Some(csv_id.clone()), Format::Csv)>{fill(t.title_for_sheet, title)}</button>
                            " " <label class="check"><input type="checkbox" prop:checked=with_history on:change=toggle/>{fill(t.show_in_history, title)}</label>
                            " " <button type="button" on:click=remove>{fill(t.delete_title, title)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let tours = use_tours();
    let own_tours = move || {
        user.data.with(|d| {
            d.tours
                .iter()
                .map(|tour| {
                    let (id, start_id, remove_id, title) =
                        (tour.id.clone(), tour.id.clone(), tour.id.clone(), tour.title.clone());
                    let remove = move |_| {
                        let question = fill(t.confirm_delete_tour, &[("title", &title)]);
                        if window().confirm_with_message(&question).unwrap_or(false) {
                            user.update(|d| {
                                d.remove_tour(&remove_id);
                            });
                        }
                    };
                    let title: &[(&str, &dyn std::fmt::Display)] = &[("title", &tour.title)];
                    view! {
                        <li>
                            <strong>{tour.title.clone()}</strong>
                            {t.steps_count.count(tour.steps.len())}
                            " " <button type="button" on:click=move |_| tours.start(&start_id, 0)>{fill(t.start_title, title)}</button>
                            " " <button type="button" on:click=move |_| export_part(&format!("tour:{id}"), &format!("tour-{id}"), t.exported_tour, t.tour_gone)>{fill(t.export_title, title)}</button>
                            " " <button type="button" on:click=remove>{fill(t.delete_title, title)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <PageHeading page=Page::MyData/>
        <p class="lead">{t.lead}</p>
        <Section id="data-move" title=t.section_move>
            <div class="actions">
                <button type="button" on:click=export_all>{t.export}</button>
                <label class="file-button">
                    {t.import}
                    <input type="file" accept=".json,.csv,application/json,text/csv" on:change=on_file/>
                </label>
                <p class="filter-count" role="status">{move || export_status.get()}</p>
            </div>
            <p class="hint">{fill(t.import_hint, &[("mb", &(MAX_DOCUMENT_BYTES / 1_000_000))])}</p>
            <ImportMessages/>
            {move || state.pending.get().map(|pending| view! { <ImportPreview pending user state/> })}
        </Section>
        <Section id="data-share" title=t.section_share>
            <p>{t.share_explained}</p>
            <SharePanel/>
        </Section>
        <Section id="data-display" title=t.section_display>
            <DisplaySettings/>
        </Section>
        <Section id="data-notes" title=t.section_notes>
            <ul class="my-notes">{notes}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.notes.is_empty())>{t.no_notes}</p>
        </Section>
        <Section id="data-timelines" title=t.section_timelines>
            <ul class="my-timelines">{timelines}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.timelines.is_empty())>{t.no_timelines}</p>
            <p>
                {t.history_for_publish}
                <button type="button" on:click=move |_| timelinejs(None, Format::Json)>{t.history_json}</button>
                " "
                <button type="button" on:click=move |_| timelinejs(None, Format::Csv)>{t.history_csv}</button>
            </p>
            <h3>{t.add_event}</h3>
            <EventForm/>
        </Section>
        <Section id="data-tours" title=t.section_tours>
            <ul class="my-timelines">{own_tours}</ul>
            <p class="hint" hidden=move || user.data.with(|d| !d.tours.is_empty())>{t.no_tours}</p>
        </Section>
    }
}

/// Colour scheme and motion, saved with the rest of the reader's data.
#[component]
fn DisplaySettings() -> impl IntoView {
    let user = use_app().user;
    let t = &ui().my_data;
    let theme = move || user.data.with(|d| d.settings.theme);
    let reduce = move || user.data.with(|d| d.settings.reduced_motion == Some(true));
    let set_theme = move |ev| {
        let theme = match event_target_value(&ev).as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        };
        user.update(|d| d.settings.theme = theme);
    };
    let set_motion = move |ev| {
        let reduce = event_target_value(&ev) == "reduce";
        user.update(|d| d.settings.reduced_motion = reduce.then_some(true));
    };
    view! {
        <div class="actions">
            <label for="setting-theme">{t.colours}</label>
            <select id="setting-theme" on:change=set_theme>
                <option value="system" selected=move || theme() == Theme::System>{t.follow_device}</option>
                <option value="light" selected=move || theme() == Theme::Light>{t.light}</option>
                <option value="dark" selected=move || theme() == Theme::Dark>{t.dark}</option>
            </select>
            <label for="setting-motion">{t.motion}</label>
            <select id="setting-motion" on:change=set_motion>
                <option value="system" selected=move || !reduce()>{t.follow_device}</option>
                <option value="reduce" selected=reduce>{t.reduce_motion}</option>
            </select>
        </div>
    }
}

/// A note's subject as a name and a link.
fn describe_subject(content: &'static crate::model::content::Dataset, key: &str) -> (String, String) {
    use crate::model::user::notes::NoteKey;
    let t = &ui().my_data;
    match NoteKey::parse(key) {
        Some(NoteKey::Track(n)) => (content.track_label(n), Route::item(Page::Tracks, n.to_string()).to_hash()),
        Some(NoteKey::Event(id)) => (
            content.event(&id).map_or_else(|| id.clone(), |e| format!("{} {}", e.date_label(), e.title)),
            Route::item(Page::Timeline, &id).to_hash(),
        ),
        Some(NoteKey::Principle(id)) => (
            content.principle(&id).map_or_else(|| id.clone(), |p| fill(t.principle_subject, &[("name", &p.name)])),
            Route::item(Page::Principles, &id).to_hash(),
        ),
        None => (key.to_string(), Route::page(Page::MyData).to_hash()),
    }
}
