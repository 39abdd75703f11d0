//! Sharing by link: making one ("Share", on "Your data") and opening one
//! ("Shared with you": read-only until the reader saves it, after seeing what
//! would change; never for a view-only link).
//!
//! Everything in a link or a fetched file is shown as text; only http, https
//! and mailto links in it are clickable.

use crate::browser::download::describe;
use crate::browser::fetch_text::{fetch_text, FetchError};
use crate::browser::{share_dictionary, storage};
use crate::model::base::route::Page;
use crate::model::formats::share::{self, Dictionary, CHAT_LIMIT, QR_MAX_BYTES};
use crate::model::i18n::ui_text::{fill, lang, ui};
use crate::model::user::{is_safe_link, UserData, MAX_DOCUMENT_BYTES};
use crate::views::common::import::{ImportState, PendingImport};
use crate::views::common::layout::PageHeading;
use crate::views::context::use_app;
use crate::views::your_data::import::{ImportMessages, ImportPreview};
use leptos::prelude::*;

/// The page address without its fragment, in the page's language: where a
/// share link points, so it opens in the sharer's language.
fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    crate::browser::language::with_page_language(href.split('#').next().unwrap_or_default())
}

/// Making a link and its QR code. The compressor and the QR encoder are
/// needed only once "Share" is pressed, so they travel in a part of their
/// own, out of a link straight to "Your data" or to shared data.
struct LinkMaker {
    link: fn(&str, &UserData, bool, Dictionary) -> Result<String, String>,
    qr: fn(&str) -> Option<(String, i32)>,
}

crate::browser::split::split_fn!(
    fn link_maker() -> LinkMaker as link_maker = LinkMaker { link: share::link, qr: crate::model::formats::qr::svg_path }
);

/// A link made, with its QR code when it is short enough for one.
type Made = Result<(String, Option<(String, i32)>), String>;

/// Makes the link for `data`, once the dictionary and the link maker are here.
async fn make_link(data: UserData, view_only: bool) -> Made {
    let (dictionary, maker) = futures::future::join(share_dictionary::load(), link_maker()).await;
    let maker = maker.map_err(|e| fill(ui().share.maker_not_loaded, &[("reason", &e)]))?;
    let url = (maker.link)(&page_address(), &data, view_only, dictionary?)?;
    // None past QR_MAX_BYTES: `qr::svg_path` keeps to what one code holds.
    let qr = (maker.qr)(&url);
    Ok((url, qr))
}

/// "Share": choose what, make the link, copy it, show its length and QR code.
#[component]
pub fn SharePanel() -> impl IntoView {
    let user = use_app().user;
    let t = &ui().share;
    let what = RwSignal::new(String::new());
    let view_only = RwSignal::new(false);
    let link = RwSignal::new(None::<Made>);
    let copied = RwSignal::new(String::new());
    let make = move |_| {
        copied.set(String::new());
        let chosen = what.get_untracked();
        let Some(data) = user.data.with_untracked(|d| d.part(&chosen)) else {
            return link.set(Some(Err(t.part_gone.into())));
        };
        let view_only = view_only.get_untracked();
        leptos::task::spawn_local(async move { link.set(Some(make_link(data, view_only).await)) });
    };
    let copy = move |_| {
        let Some(Ok((url, _))) = link.get_untracked() else { return };
        let promise = window().navigator().clipboard().write_text(&url);
        leptos::task::spawn_local(async move {
            copied.set(match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => t.copied.into(),
                Err(e) => fill(t.copy_failed, &[("reason", &describe(&e))]),
            });
        });
    };
    let options = move || {
        user.data.with(|d| {
            let timelines = d.timelines.iter().map(|x| (x.id.clone(), fill(t.option_timeline, &[("title", &x.title)])));
            let tours = d.tours.iter().map(|x| (format!("tour:{}", x.id), fill(t.option_tour, &[("title", &x.title)])));
            let cases =
                d.case_maps.iter().map(|c| (format!("case:{}", c.id), fill(t.option_case, &[("title", &c.title)])));
            let questions =
                (!d.questions.is_empty()).then(|| ("questions".to_string(), t.option_questions.to_string()));
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
                <label for="share-what">{t.what_to_share}</label>
                <select id="share-what" on:change=move |ev| what.set(event_target_value(&ev))>
                    <option value="">{t.all_my_data}</option>
                    {options}
                </select>
                <label class="check"><input type="checkbox" prop:checked=view_only on:change=move |ev| view_only.set(event_target_checked(&ev))/>{t.view_only_option}</label>
                <button type="button" on:click=make>{t.share}</button>
            </div>
            {move || link.get().map(|made| match made {
                Err(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
                Ok((url, qr)) => {
                    let length = url.len();
                    view! {
                        <div class="share-result">
                            <label for="share-link">{t.share_link}</label>
                            <textarea id="share-link" readonly rows="3" prop:value=url.clone()></textarea>
                            <div class="actions">
                                <button type="button" on:click=copy>{t.copy_link}</button>
                                <span class="filter-count" role="status">{raw_count(&t.link_length, length)}{move || copied.get()}</span>
                            </div>
                            {(length > CHAT_LIMIT).then(|| view! {
                                <p class="import-error">{raw_count(&t.too_long_for_chat, CHAT_LIMIT)}</p>
                            })}
                            {match qr {
                                Some((path, size)) => view! {
                                    <svg class="qr" viewBox=format!("-4 -4 {} {}", size + 8, size + 8) role="img" aria-label=t.qr_label>
                                        <rect x="-4" y="-4" width=size + 8 height=size + 8 fill="#fff"/>
                                        <path d=path fill="#000"/>
                                    </svg>
                                }.into_any(),
                                None => view! { <p class="hint">{raw_count(&t.no_qr, QR_MAX_BYTES)}</p> }.into_any(),
                            }}
                        </div>
                    }
                    .into_any()
                }
            })}
        </div>
    }
}

/// `plural`'s form for `n`, with `n` in plain digits, as the share model's
/// own messages write these lengths and limits.
fn raw_count(plural: &crate::model::i18n::ui_text::Plural<'static>, n: usize) -> String {
    fill(plural.form(lang(), n as u64), &[("n", &n)])
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
    let t = &ui().share;
    let local = ["http://127.0.0.1", "http://localhost"].iter().any(|p| url.starts_with(p));
    if !url.starts_with("https://") && !local {
        out.set(Loaded::Failed(fill(t.not_https, &[("url", &url)])));
        return;
    }
    out.set(Loaded::Loading(url.clone()));
    leptos::task::spawn_local(async move {
        let result = async {
            let text = fetch_text(&url).await.map_err(|e| match e {
                FetchError::Unreachable(_) => fill(t.unreachable, &[("url", &url)]),
                FetchError::Status { status, text } => {
                    fill(t.status, &[("url", &url), ("status", &status), ("text", &text)])
                }
                FetchError::Unreadable(why) => fill(t.unreadable, &[("url", &url), ("reason", &why)]),
            })?;
            if text.len() > MAX_DOCUMENT_BYTES {
                let size = text.len();
                return Err(fill(t.too_big, &[("url", &url), ("size", &size), ("limit", &MAX_DOCUMENT_BYTES)]));
            }
            let codec = storage::codec().await.map_err(|e| e.to_string());
            codec
                .and_then(|codec| (codec.read)(&text))
                .map_err(|e| fill(t.cannot_open, &[("url", &url), ("reason", &e)]))
        }
        .await;
        out.set(match result {
            Ok(data) => Loaded::Ready(data),
            Err(problem) => Loaded::Failed(problem),
        });
    });
}

/// One shared timeline, read-only, every text as text.
fn shared_timeline(timeline: &crate::model::user::UserTimeline) -> impl IntoView {
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
fn shared_tour(tour: &crate::model::content::tour::Tour) -> impl IntoView {
    view! {
        <section class="card shared-timeline">
            <h3>{tour.title.clone()}</h3>
            <ol class="shared-events">
                {tour.steps.iter().map(|s| view! { <li><strong>{s.title.clone()}</strong><p>{s.text.clone()}</p></li> }).collect_view()}
            </ol>
            <p class="hint">{ui().share.tour_hint}</p>
        </section>
    }
}

/// One shared case map, read-only: its actors by track, its relations, and
/// the tracks it lacks.
fn shared_case(case: &crate::model::content::case_map::CaseMap) -> impl IntoView {
    let content = use_app().content();
    let t = &ui().share;
    let label = move |n: u8| content.track_label(n);
    let missing = case.gaps().missing.into_iter().map(label).collect::<Vec<_>>().join(t.list_separator);
    view! {
        <section class="card shared-timeline">
            <h3>{case.title.clone()}</h3>
            {case.invented.then(|| view! { <p><strong>{t.invented}</strong></p> })}
            {(!case.description.is_empty()).then(|| view! { <p>{case.description.clone()}</p> })}
            <ul class="shared-events">
                {case.actors.iter().map(|a| view! { <li><strong>{a.name.clone()}</strong>{format!(" \u{2014} {}", label(a.track))}</li> }).collect_view()}
            </ul>
            <ul>{case.relations.iter().map(|r| view! { <li>{crate::model::i18n::case_text::describe(case, r)}</li> }).collect_view()}</ul>
            <p>{fill(t.missing_tracks, &[("tracks", &if missing.is_empty() { t.none.to_string() } else { missing })])}</p>
            <p class="hint">{t.case_hint}</p>
        </section>
    }
}

#[component]
pub fn SharedPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("your_data");
    let app = use_app();
    let t = &ui().share;
    let route = app.route;
    let state = expect_context::<ImportState>();
    let loaded = RwSignal::new(Loaded::Nothing);
    Effect::new(move |_| {
        let (payload, src) = route.with(|r| (r.param("d").map(str::to_string), r.param("src").map(str::to_string)));
        match (payload, src) {
            (Some(payload), _) => {
                // Until the dictionary has arrived, say so: not "this link holds none".
                loaded.set(Loaded::Loading(t.shared_data.into()));
                leptos::task::spawn_local(async move {
                    let opened = match futures::future::join(share_dictionary::load(), storage::codec()).await {
                        (Ok(dictionary), Ok(codec)) => {
                            match share::unpack(&payload, dictionary)
                                .map_err(|e| e.to_string())
                                .and_then(|text| (codec.read)(&text))
                            {
                                Ok(data) => Loaded::Ready(data),
                                Err(e) => Loaded::Failed(fill(t.link_cannot_open, &[("reason", &e)])),
                            }
                        }
                        (Err(problem), _) => Loaded::Failed(fill(t.nothing_saved_after, &[("problem", &problem)])),
                        (_, Err(e)) => Loaded::Failed(fill(t.nothing_saved_after, &[("problem", &e.to_string())])),
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
            state.pending.set(Some(PendingImport { file_name: t.shared_data.into(), data, left_out: Vec::new() }));
        }
    };
    let user = app.user;
    view! {
        <PageHeading page=Page::Shared/>
        {move || match loaded.get() {
            Loaded::Nothing => view! { <p>{t.nothing_shared}</p> }.into_any(),
            Loaded::Loading(url) => view! { <p role="status">{fill(t.loading, &[("what", &url)])}</p> }.into_any(),
            Loaded::Failed(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
            Loaded::Ready(data) => view! {
                <p class="lead">{t.shared_lead}</p>
                {if view_only() {
                    view! { <p class="stress-note" role="note">{t.view_only_note}</p> }.into_any()
                } else {
                    view! { <div class="actions"><button type="button" on:click=save>{t.save_to_browser}</button></div> }.into_any()
                }}
                <ImportMessages/>
                {move || state.pending.get().map(|pending| view! { <ImportPreview pending user state/> })}
                {(!data.notes.is_empty()).then(|| view! {
                    <h2>{t.heading_notes}</h2>
                    <ul class="my-notes">
                        {data.notes.written().map(|(key, text)| view! { <li><strong>{key.to_string()}</strong> ": " {text.to_string()}</li> }).collect_view()}
                    </ul>
                })}
                {(!data.timelines.is_empty()).then(|| view! { <h2>{t.heading_timelines}</h2> })}
                {data.timelines.iter().map(shared_timeline).collect_view()}
                {(!data.tours.is_empty()).then(|| view! { <h2>{t.heading_tours}</h2> })}
                {data.tours.iter().map(shared_tour).collect_view()}
                {(!data.case_maps.is_empty()).then(|| view! { <h2>{t.heading_case_maps}</h2> })}
                {data.case_maps.iter().map(shared_case).collect_view()}
                {(!data.questions.is_empty()).then(|| view! {
                    <h2>{t.heading_questions}</h2>
                    <ol class="shared-events">
                        {data.questions.iter().map(|q| view! { <li>{q.prompt.clone()}</li> }).collect_view()}
                    </ol>
                    <p class="hint">{t.questions_hint}</p>
                })}
            }
            .into_any(),
        }}
    }
}
