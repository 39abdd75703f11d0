//! Sharing by link: making one ("Share", on "Your data") and opening one
//! ("Shared with you": read-only until the reader saves it, after seeing what
//! would change; never for a view-only link).
//!
//! Everything in a link or a fetched file is shown as text; only http, https
//! and mailto links in it are clickable.

use super::app::use_app;
use super::layout::PageHeading;
use super::my_data::{ImportMessages, ImportPreview, ImportState, PendingImport};
use crate::browser::download::describe;
use crate::browser::fetch_text::{fetch_text, FetchError};
use crate::browser::share_dictionary;
use crate::model::route::Page;
use crate::model::share::{self, CHAT_LIMIT, QR_MAX_BYTES};
use crate::model::user_data::{is_safe_link, UserData, MAX_DOCUMENT_BYTES};
use leptos::prelude::*;

/// The page address without its fragment: where a share link points.
fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A QR code of `text` as an SVG path, one unit per module, with its size.
fn qr_path(text: &str) -> Option<(String, i32)> {
    let code = qrcodegen::QrCode::encode_binary(text.as_bytes(), qrcodegen::QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((path, size))
}

/// "Share": choose what, make the link, copy it, show its length and QR code.
#[component]
pub fn SharePanel() -> impl IntoView {
    let user = use_app().user;
    let what = RwSignal::new(String::new());
    let view_only = RwSignal::new(false);
    let link = RwSignal::new(None::<Result<String, String>>);
    let copied = RwSignal::new(String::new());
    let make = move |_| {
        copied.set(String::new());
        let chosen = what.get_untracked();
        let Some(data) = user.data.with_untracked(|d| d.part(&chosen)) else {
            return link.set(Some(Err("That part of your data is gone.".into())));
        };
        let view_only = view_only.get_untracked();
        leptos::task::spawn_local(async move {
            let made = match share_dictionary::load().await {
                Ok(dictionary) => share::link(&page_address(), &data, view_only, dictionary),
                Err(problem) => Err(problem),
            };
            link.set(Some(made));
        });
    };
    let copy = move |_| {
        let Some(Ok(url)) = link.get_untracked() else { return };
        let promise = window().navigator().clipboard().write_text(&url);
        leptos::task::spawn_local(async move {
            copied.set(match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => "Copied.".into(),
                Err(e) => format!("Could not copy ({}); select the link and copy it.", describe(&e)),
            });
        });
    };
    let options = move || {
        user.data.with(|d| {
            let timelines = d.timelines.iter().map(|t| (t.id.clone(), format!("Timeline: {}", t.title)));
            let tours = d.tours.iter().map(|t| (format!("tour:{}", t.id), format!("Tour: {}", t.title)));
            let cases = d.case_maps.iter().map(|c| (format!("case:{}", c.id), format!("Case: {}", c.title)));
            let questions =
                (!d.questions.is_empty()).then(|| ("questions".to_string(), "Quiz: your questions".to_string()));
            timelines
                .chain(tours)
                .chain(cases)
                .chain(questions)
                .map(|(value, label)| view! { <option value=value>{label}</option> })
                .collect_view()
        })
    };
    view! {
        <div class="share-panel">
            <div class="actions">
                <label for="share-what">"What to share"</label>
                <select id="share-what" on:change=move |ev| what.set(event_target_value(&ev))>
                    <option value="">"All my data"</option>
                    {options}
                </select>
                <label class="check"><input type="checkbox" prop:checked=view_only on:change=move |ev| view_only.set(event_target_checked(&ev))/>" View only (students can read it but not save it)"</label>
                <button type="button" on:click=make>"Share"</button>
            </div>
            {move || link.get().map(|made| match made {
                Err(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
                Ok(url) => {
                    let length = url.len();
                    let qr = (length <= QR_MAX_BYTES).then(|| qr_path(&url)).flatten();
                    view! {
                        <div class="share-result">
                            <label for="share-link">"Share link"</label>
                            <textarea id="share-link" readonly rows="3" prop:value=url.clone()></textarea>
                            <div class="actions">
                                <button type="button" on:click=copy>"Copy link"</button>
                                <span class="filter-count" role="status">{format!("{length} characters. ")}{move || copied.get()}</span>
                            </div>
                            {(length > CHAT_LIMIT).then(|| view! {
                                <p class="import-error">{format!("Longer than {CHAT_LIMIT} characters: some chat apps cut links this long. Send it by e-mail, or export a file.")}</p>
                            })}
                            {match qr {
                                Some((path, size)) => view! {
                                    <svg class="qr" viewBox=format!("-4 -4 {} {}", size + 8, size + 8) role="img" aria-label="QR code of the share link">
                                        <rect x="-4" y="-4" width=size + 8 height=size + 8 fill="#fff"/>
                                        <path d=path fill="#000"/>
                                    </svg>
                                }.into_any(),
                                None => view! { <p class="hint">{format!("No QR code: a QR code holds at most {QR_MAX_BYTES} characters.")}</p> }.into_any(),
                            }}
                        </div>
                    }
                    .into_any()
                }
            })}
        </div>
    }
}

/// Where the shared data comes from, and what became of reading it.
#[derive(Clone, Debug, PartialEq)]
enum Loaded {
    Nothing,
    Loading(String),
    Ready(UserData),
    Failed(String),
}

/// Fetches a shared file from `url` (https; http only on this machine).
fn fetch_shared(url: String, out: RwSignal<Loaded>) {
    let local = ["http://127.0.0.1", "http://localhost"].iter().any(|p| url.starts_with(p));
    if !url.starts_with("https://") && !local {
        out.set(Loaded::Failed(format!("{url} is not an https address; only https files can be opened.")));
        return;
    }
    out.set(Loaded::Loading(url.clone()));
    leptos::task::spawn_local(async move {
        let result = async {
            let text = fetch_text(&url).await.map_err(|e| match e {
                FetchError::Unreachable(_) => format!("Could not load {url}: the site could not be reached, or it does not allow other pages to read the file (CORS). Download the file and import it instead."),
                FetchError::Status { status, text } => format!("Could not load {url}: the server answered {status} {text}."),
                FetchError::Unreadable(why) => format!("Could not read {url}: {why}"),
            })?;
            if text.len() > MAX_DOCUMENT_BYTES {
                return Err(format!("{url} is {} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes.", text.len()));
            }
            UserData::from_json(&text).map_err(|e| format!("{url} cannot be opened: {e}."))
        }
        .await;
        out.set(match result {
            Ok(data) => Loaded::Ready(data),
            Err(problem) => Loaded::Failed(problem),
        });
    });
}

/// One shared timeline, read-only, every text as text.
fn shared_timeline(timeline: &crate::model::user_data::UserTimeline) -> impl IntoView {
    let mut events = timeline.events.clone();
    events.sort_by_key(|e| e.date);
    view! {
        <section class="card shared-timeline">
            <h3>{timeline.title.clone()}</h3>
            {(!timeline.description.is_empty()).then(|| view! { <p>{timeline.description.clone()}</p> })}
            <ol class="shared-events">
                {events.into_iter().map(|e| view! {
                    <li>
                        <strong>{e.date.label()} " \u{2014} " {e.title}</strong>
                        {(!e.text.is_empty()).then(|| view! { <p>{e.text}</p> })}
                        {e.link.filter(|l| is_safe_link(l)).map(|l| view! { <p><a href=l.clone() rel="noopener noreferrer">{l.clone()}</a></p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// One shared tour, read-only: its steps in order, every text as text.
fn shared_tour(tour: &crate::model::tour::Tour) -> impl IntoView {
    view! {
        <section class="card shared-timeline">
            <h3>{tour.title.clone()}</h3>
            <ol class="shared-events">
                {tour.steps.iter().map(|s| view! { <li><strong>{s.title.clone()}</strong><p>{s.text.clone()}</p></li> }).collect_view()}
            </ol>
            <p class="hint">"Save it to your browser to take the tour: it then appears under Start tour."</p>
        </section>
    }
}

/// One shared case map, read-only: its actors by track, its relations, and
/// the tracks it lacks.
fn shared_case(case: &crate::model::case_map::CaseMap) -> impl IntoView {
    let content = use_app().content();
    let label = move |n: u8| content.track(n).map_or_else(|| format!("Track {n}"), |t| t.label());
    let missing = case.gaps().missing.into_iter().map(label).collect::<Vec<_>>().join("; ");
    view! {
        <section class="card shared-timeline">
            <h3>{case.title.clone()}</h3>
            {case.invented.then(|| view! { <p><strong>"Invented teaching scenario."</strong></p> })}
            {(!case.description.is_empty()).then(|| view! { <p>{case.description.clone()}</p> })}
            <ul class="shared-events">
                {case.actors.iter().map(|a| view! { <li><strong>{a.name.clone()}</strong>{format!(" \u{2014} {}", label(a.track))}</li> }).collect_view()}
            </ul>
            <ul>{case.relations.iter().map(|r| view! { <li>{case.describe(r)}</li> }).collect_view()}</ul>
            <p>{format!("Missing tracks: {}", if missing.is_empty() { "none".to_string() } else { missing })}</p>
            <p class="hint">"Save it to your browser to open it on the map under Cases."</p>
        </section>
    }
}

#[component]
pub fn SharedPage() -> impl IntoView {
    let app = use_app();
    let route = app.route;
    let state = expect_context::<ImportState>();
    let loaded = RwSignal::new(Loaded::Nothing);
    Effect::new(move |_| {
        let (payload, src) = route.with(|r| (r.param("d").map(str::to_string), r.param("src").map(str::to_string)));
        match (payload, src) {
            (Some(payload), _) => {
                // Until the dictionary has arrived, say so: not "this link holds none".
                loaded.set(Loaded::Loading("the shared data".into()));
                leptos::task::spawn_local(async move {
                    let opened = match share_dictionary::load().await {
                        Ok(dictionary) => match share::decode(&payload, dictionary) {
                            Ok(data) => Loaded::Ready(data),
                            Err(e) => {
                                Loaded::Failed(format!("This share link cannot be opened: {e}. Nothing was saved."))
                            }
                        },
                        Err(problem) => Loaded::Failed(format!("{problem} Nothing was saved.")),
                    };
                    // The reader may have left the view meanwhile.
                    let _ = loaded.try_set(opened);
                })
            }
            (None, Some(url)) => fetch_shared(url, loaded),
            (None, None) => loaded.set(Loaded::Nothing),
        }
    });
    let view_only = move || route.with(|r| r.param("view") == Some("only"));
    let save = move |_| {
        if let Loaded::Ready(data) = loaded.get_untracked() {
            state.pending.set(Some(PendingImport { file_name: "the shared data".into(), data, left_out: Vec::new() }));
        }
    };
    let user = app.user;
    view! {
        <PageHeading page=Page::Shared/>
        {move || match loaded.get() {
            Loaded::Nothing => view! { <p>"This page shows data someone shared with you by link. This link holds none."</p> }.into_any(),
            Loaded::Loading(url) => view! { <p role="status">"Loading " {url} "\u{2026}"</p> }.into_any(),
            Loaded::Failed(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
            Loaded::Ready(data) => view! {
                <p class="lead">"Someone shared this with you. It is shown here only; nothing is saved in your browser unless you choose to."</p>
                {if view_only() {
                    view! { <p class="stress-note" role="note">"View only: this link is for reading."</p> }.into_any()
                } else {
                    view! { <div class="actions"><button type="button" on:click=save>"Save to my browser"</button></div> }.into_any()
                }}
                <ImportMessages/>
                {move || state.pending.get().map(|pending| view! { <ImportPreview pending user state/> })}
                {(!data.notes.is_empty()).then(|| view! {
                    <h2>"Notes"</h2>
                    <ul class="my-notes">
                        {data.notes.written().map(|(key, text)| view! { <li><strong>{key.to_string()}</strong> ": " {text.to_string()}</li> }).collect_view()}
                    </ul>
                })}
                {(!data.timelines.is_empty()).then(|| view! { <h2>"Timelines"</h2> })}
                {data.timelines.iter().map(shared_timeline).collect_view()}
                {(!data.tours.is_empty()).then(|| view! { <h2>"Tours"</h2> })}
                {data.tours.iter().map(shared_tour).collect_view()}
                {(!data.case_maps.is_empty()).then(|| view! { <h2>"Case maps"</h2> })}
                {data.case_maps.iter().map(shared_case).collect_view()}
                {(!data.questions.is_empty()).then(|| view! {
                    <h2>"Quiz questions"</h2>
                    <ol class="shared-events">
                        {data.questions.iter().map(|q| view! { <li>{q.prompt.clone()}</li> }).collect_view()}
                    </ol>
                    <p class="hint">"Save them to your browser: they join the quiz under Quiz."</p>
                })}
            }
            .into_any(),
        }}
    }
}
