//! The Cases view, the systems workshop: a class maps a conflict's actors
//! onto the nine tracks and relates them, and the map shows what the seed's
//! systems view asks about: which tracks are active, which are missing,
//! which are cut off, and what to ask about the gaps.
//!
//! `#/cases` lists the cases; `#/cases/<id>` opens one of the user's, or the
//! worked example (read-only, an invented teaching scenario, copied to edit).
//! Cases are saved, exported and shared with the rest of the user's data.

use crate::browser::hash_route::navigate;
use crate::browser::page_focus::focus_within;
use crate::model::base::route::{Page, Route};
use crate::model::content::case_map::{CaseMap, RelationKind};
use crate::model::formats::drawing::Figure;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::case_maps::canvas::{AddOnTrack, CaseCanvas};
use crate::views::common::cite::{CitedParagraph, Cites};
use crate::views::common::drawing_downloads::DrawingDownloads;
use crate::views::common::layout::{text_area, text_field, FormOutcome, PageHeading, Section};
use crate::views::context::use_app;
use leptos::prelude::*;

use crate::model::i18n::case_text::{case_words, describe, kind_name, problem_text, CASE_GONE};
use crate::model::i18n::ui_text::grouped as num;

#[component]
pub fn CasesPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("levels");
    crate::browser::view_style::adopt_view_style!("case_maps");
    let app = use_app();
    let (content, user, route) = (app.content(), app.user, app.route);
    let t = &ui().cases;
    let example = &content.case_example;
    let chosen = Memo::new(move |_| route.with(|r| r.item.clone()));
    // The case the route selects and whether it is the user's own: not its
    // contents, so that an edit does not rebuild the view (and lose focus).
    let case = Memo::new(move |_| {
        let id = chosen.get()?;
        if id == example.id || content.case_study(&id).is_some() {
            return Some((id, false));
        }
        user.data.with(|d| d.case(&id).is_some()).then_some((id, true))
    });
    let list = move || {
        user.data.with(|d| {
            d.case_maps
                .iter()
                .map(|c| {
                    let href = Route::item(Page::Cases, &c.id).to_hash();
                    let current = {
                        let id = c.id.clone();
                        move || chosen.with(|s| s.as_deref() == Some(id.as_str())).then_some("page")
                    };
                    let counts = fill(
                        t.list_counts,
                        &[
                            ("actors", &t.actors_count.count(c.actors.len())),
                            ("relations", &t.relations_count.count(c.relations.len())),
                        ],
                    );
                    view! { <li><a href=href aria-current=current>{c.title.clone()}</a>{counts}</li> }
                })
                .collect_view()
        })
    };
    // The worked examples: the real cases, then the invented scenario.
    let worked = content
        .case_studies
        .iter()
        .map(|study| (&study.map, t.worked_real))
        .chain(std::iter::once((example, t.worked_invented)))
        .map(|(map, note)| {
            let href = Route::item(Page::Cases, &map.id).to_hash();
            let id = map.id.as_str();
            let current = move || chosen.with(|s| s.as_deref() == Some(id)).then_some("page");
            view! { <li><a href=href aria-current=current>{map.title.as_str()}</a>{note}</li> }
        })
        .collect_view();
    view! {
        <PageHeading page=Page::Cases/>
        <p class="lead">{t.lead}</p>
        <Section id="cases-list" title=t.cases_title>
            <ul class="my-timelines">
                {list}
                {worked}
            </ul>
            <NewCaseForm/>
        </Section>
        {move || match case.get() {
            None if chosen.with(Option::is_some) => view! {
                <p class="import-error" role="alert">{t.no_such_case}</p>
            }
            .into_any(),
            None => ().into_any(),
            Some((id, own)) => view! { <CaseView id own/> }.into_any(),
        }}
    }
}

/// "Start a case": a new, empty case, which then opens.
#[component]
fn NewCaseForm() -> impl IntoView {
    let user = use_app().user;
    let t = &ui().cases;
    let (title, description) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut result = Err(String::new());
        let now = js_sys::Date::now() as u64;
        user.update(|d| {
            result =
                d.add_case(&title.get_untracked(), &description.get_untracked(), None, now).map_err(|e| e.to_string())
        });
        if let Ok(id) = &result {
            title.set(String::new());
            description.set(String::new());
            navigate(&Route::item(Page::Cases, id), false);
        }
        outcome.set(Some(result.map(|_| t.started.into())));
    };
    view! {
        <details class="tour-editor">
            <summary>{t.start_case}</summary>
            <form class="event-form" on:submit=submit aria-label=t.start_case>
                {text_field("case-title", t.title_label, title, t.title_hint)}
                {text_area("case-description", t.description_label, description)}
                <div class="actions"><button type="submit">{t.start_button}</button></div>
                <FormOutcome outcome/>
            </form>
        </details>
    }
}

/// One case: the canvas, what it shows, its actors and relations, and what
/// can be done with it.
#[component]
fn CaseView(id: String, own: bool) -> impl IntoView {
    let app = use_app();
    let user = app.user;
    let content = app.content();
    let t = &ui().cases;
    let study = if own { None } else { content.case_study(&id) };
    let example = study.map_or(&content.case_example, |s| &s.map);
    let map = if own {
        user.data.with_untracked(|d| d.case(&id).cloned()).unwrap_or_else(|| example.clone())
    } else {
        example.clone()
    };
    let labels: Vec<(String, String)> =
        study.map(|s| s.labels.iter().map(|l| (l.actor.clone(), l.short.clone())).collect()).unwrap_or_default();
    // The case as saved: the view follows edits without being rebuilt.
    let live = {
        let id = id.clone();
        let fallback = map.clone();
        Memo::new(move |_| {
            if own {
                user.data.with(|d| d.case(&id).cloned()).unwrap_or_else(|| fallback.clone())
            } else {
                fallback.clone()
            }
        })
    };
    let copy = {
        let map = map.clone();
        move |_| {
            let now = js_sys::Date::now() as u64;
            let title = map.title.replace(t.invented_suffix, "");
            let mut made = None;
            let copy_title = fill(t.my_copy, &[("title", &title)]);
            user.update(|d| made = d.add_case(&copy_title, &map.description, Some(&map), now).ok());
            if let Some(id) = made {
                navigate(&Route::item(Page::Cases, &id), false);
            }
        }
    };
    let remove = {
        let (id, title) = (id.clone(), map.title.clone());
        move |_| {
            let question = fill(t.confirm_delete, &[("title", &title)]);
            if window().confirm_with_message(&question).unwrap_or(false) {
                user.update(|d| {
                    d.remove_case(&id);
                });
                navigate(&Route::page(Page::Cases), false);
            }
        }
    };
    let export = {
        let id = id.clone();
        move |_| {
            let Some(one) = user.data.with_untracked(|d| d.part(&format!("case:{id}"))) else { return };
            let stem = format!("case-{id}");
            leptos::task::spawn_local(async move {
                if let Err(e) = crate::browser::download::export_document(&one, &stem).await {
                    leptos::logging::error!("multitrack: could not export the case: {e}");
                }
            });
        }
    };
    // For Kumu, the mapping tool many peacebuilders draw stakeholder maps in.
    let to_kumu = move |_| {
        let map = live.get_untracked();
        let text =
            crate::model::formats::kumu::to_kumu(&map, &crate::model::formats::track_names::track_names(content));
        let name = format!("{}-kumu.json", map.id);
        if let Err(e) = crate::browser::download::save_text(&text, "application/json", &name) {
            leptos::logging::error!(
                "multitrack: could not export the case for Kumu: {}",
                crate::browser::download::describe(&e)
            );
        }
    };
    let case_id = own.then(|| id.clone());
    // The canvas's add buttons choose the track the form below adds to.
    provide_context(AddOnTrack(RwSignal::new(1)));
    view! {
        <section class="case" aria-labelledby="case-title-heading">
            <h2 id="case-title-heading">{move || live.with(|m| m.title.clone())}</h2>
            {map.invented.then(|| view! {
                <p class="stress-note" role="note"><strong>{t.invented_strong}</strong>{t.invented_note}</p>
            })}
            {study.map(|_| view! {
                <p class="stress-note" role="note"><strong>{t.real_strong}</strong>{t.real_note}</p>
            })}
            {move || live.with(|m| (!m.description.is_empty()).then(|| view! { <p>{m.description.clone()}</p> }))}
            <div class="actions">
                {if own {
                    view! {
                        <button type="button" on:click=export>{t.export_case}</button>
                        <button type="button" on:click=remove>{t.delete_case}</button>
                        <a href=Route::page(Page::MyData).to_hash()>{t.share_from}</a>
                    }
                    .into_any()
                } else {
                    view! { <button type="button" on:click=copy>{t.make_copy}</button> }.into_any()
                }}
                <button type="button" on:click=to_kumu>{t.export_kumu}</button>
            </div>
            <CaseCanvas map=live case_id labels/>
            <DrawingDownloads figure=Figure::Case/>
            {study.map(|s| view! { <CaseStudyNotes study=s/> })}
            <Gaps map=live/>
            <Actors map=live own/>
            <Shelf map=live own/>
            <Relations map=live own/>
        </section>
    }
}

/// A real case's own account: what the map lacks, what came of it, and its
/// sources, with the case's event on the timeline.
#[component]
pub fn CaseStudyNotes(study: &'static crate::model::content::case_studies::CaseStudy) -> impl IntoView {
    let content = use_app().content();
    let t = &ui().cases;
    let event = content.event(&study.event);
    view! {
        <div class="case-study card">
            <h3>{t.missing_heading}</h3>
            <CitedParagraph passage=&study.missing/>
            <h3>{t.outcome_heading}</h3>
            <CitedParagraph passage=&study.outcome/>
            <p class="sources"><strong>{t.sources}</strong><Cites cites=&study.cite/></p>
            {event.map(|e| view! {
                <p><a href=Route::item(Page::Timeline, &e.id).to_hash()>{fill(t.on_timeline, &[("date", &e.date_label()), ("title", &e.title)])}</a></p>
            })}
        </div>
    }
}

/// What the map shows: active, missing and unconnected tracks, and questions.
#[component]
fn Gaps(#[prop(into)] map: Signal<CaseMap>) -> impl IntoView {
    let content = use_app().content();
    let t = &ui().cases;
    let names = move |tracks: &[u8]| {
        if tracks.is_empty() {
            return t.none.to_string();
        }
        tracks
            .iter()
            .map(|n| if content.track(*n).is_some() { content.track_label(*n) } else { num(usize::from(*n)) })
            .collect::<Vec<_>>()
            .join(t.list_separator)
    };
    let gaps = Memo::new(move |_| map.with(CaseMap::gaps));
    view! {
        <div class="case-gaps card" aria-labelledby="case-gaps-heading">
            <h3 id="case-gaps-heading">{t.shows_heading}</h3>
            <dl>
                <dt>{move || fill(t.active_tracks, &[("n", &num(gaps.with(|g| g.active.len()))), ("total", &num(9))])}</dt>
                <dd id="case-active">{move || gaps.with(|g| names(&g.active))}</dd>
                <dt>{move || fill(t.missing_tracks, &[("n", &num(gaps.with(|g| g.missing.len())))])}</dt>
                <dd id="case-missing">{move || gaps.with(|g| names(&g.missing))}</dd>
                <dt>{t.unconnected}</dt>
                <dd id="case-unconnected">{move || gaps.with(|g| names(&g.unconnected))}</dd>
                <dt>{t.tension_only}</dt>
                <dd>{move || gaps.with(|g| {
                    if g.tension_only.is_empty() {
                        return t.none.to_string();
                    }
                    g.tension_only
                        .iter()
                        .map(|(a, b)| fill(t.tracks_pair, &[("a", &num(usize::from(*a))), ("b", &num(usize::from(*b)))]))
                        .collect::<Vec<_>>()
                        .join(t.list_separator)
                })}</dd>
            </dl>
            <h4>{t.questions_heading}</h4>
            <ul class="case-questions">
                {move || map.with(|m| m.questions_in(content, &case_words())).into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The actors as a table, with a keyboard way to move and remove each, and
/// the form to add one.
#[component]
fn Actors(#[prop(into)] map: Signal<CaseMap>, own: bool) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().cases;
    let case_id = move || map.with_untracked(|m| m.id.clone());
    let edit = move |f: Box<dyn FnOnce(&mut CaseMap)>| {
        let now = js_sys::Date::now() as u64;
        let id = case_id();
        user.update(|d| d.edit_case(&id, now, f).unwrap_or_default());
    };
    let track_options = move |current: u8| {
        content
            .tracks
            .iter()
            .map(|track| view! { <option value=track.number.to_string() selected=track.number == current>{content.track_label(track.number)}</option> })
            .collect_view()
    };
    let rows = move || {
        map.with(|m| {
            m.actors
                .iter()
                .map(|a| {
                    let (move_id, remove_id) = (a.id.clone(), a.id.clone());
                    let on_move = move |ev| {
                        let id = move_id.clone();
                        if let Ok(track) = event_target_value(&ev).parse::<u8>() {
                            let select = format!("#actor-track-{id}");
                            edit(Box::new(move |m: &mut CaseMap| {
                                m.move_actor(&id, track);
                            }));
                            // The table is redrawn; keep the keyboard where it was.
                            request_animation_frame(move || {
                                focus_within(None, &select);
                            });
                        }
                    };
                    let on_remove = move |_| {
                        let id = remove_id.clone();
                        edit(Box::new(move |m: &mut CaseMap| m.remove_actor(&id)));
                    };
                    let select_id = format!("actor-track-{}", a.id);
                    view! {
                        <tr>
                            <th scope="row">{a.name.clone()}</th>
                            <td data-label=t.track>
                                {if own {
                                    view! {
                                        <label class="visually-hidden" for=select_id.clone()>{fill(t.track_of, &[("name", &a.name)])}</label>
                                        <select id=select_id on:change=on_move>{track_options(a.track)}</select>
                                    }
                                    .into_any()
                                } else {
                                    content.track(a.track).map(|_| content.track_label(a.track)).unwrap_or_default().into_any()
                                }}
                            </td>
                            <td data-label=t.col_note>{a.note.clone()}</td>
                            {own.then(|| view! { <td><button type="button" on:click=on_remove>{fill(t.remove_name, &[("name", &a.name)])}</button></td> })}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let track = use_context::<AddOnTrack>().map_or_else(|| RwSignal::new(1u8), |a| a.0);
    let (name, note) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, on, o) = (name.get_untracked(), track.get_untracked(), note.get_untracked());
        let now = js_sys::Date::now() as u64;
        let id = case_id();
        let mut result = Err(String::new());
        user.update(|d| {
            result = d
                .edit_case(&id, now, |m| m.add_actor(&n, on, &o))
                .unwrap_or_else(|| Err(("Case", CASE_GONE.into())))
                .map_err(|(field, message)| problem_text(field, &message, None));
        });
        let label = content.track(on).map(|_| content.track_label(on)).unwrap_or_default();
        outcome.set(Some(result.map(|_| fill(t.added_actor, &[("name", &n.trim()), ("track", &label)]))));
        if outcome.with_untracked(|o| matches!(o, Some(Ok(_)))) {
            name.set(String::new());
            note.set(String::new());
        }
    };
    view! {
        <div class="case-actors">
            <h3>{t.actors_heading}</h3>
            <table class="case-table stacks">
                <thead><tr><th scope="col">{t.col_actor}</th><th scope="col">{t.track}</th><th scope="col">{t.col_note}</th>{own.then(|| view! { <th scope="col">{t.remove}</th> })}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {own.then(|| view! {
                <form class="event-form" on:submit=add aria-label=t.add_actor_form>
                    {text_field("actor-name", t.name_label, name, t.name_hint)}
                    <span class="field">
                        <label for="actor-track">{t.track}</label>
                        <select id="actor-track" prop:value=move || track.get().to_string() on:change=move |ev| track.set(event_target_value(&ev).parse().unwrap_or(1))>
                            {content.tracks.iter().map(|tr| view! { <option value=tr.number.to_string() selected=move || track.get() == tr.number>{content.track_label(tr.number)}</option> }).collect_view()}
                        </select>
                    </span>
                    {text_field("actor-note", t.note_label, note, "")}
                    <div class="actions"><button type="submit">{t.add_actor}</button></div>
                    <FormOutcome outcome/>
                </form>
            })}
        </div>
    }
}

/// Actors that came without a track (from a Kumu map), listed apart from
/// the rings until someone places each on one: deciding is the exercise.
#[component]
fn Shelf(#[prop(into)] map: Signal<CaseMap>, own: bool) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().cases;
    let place = move |index: usize, track: u8| {
        let now = js_sys::Date::now() as u64;
        let id = map.with_untracked(|m| m.id.clone());
        user.update(|d| {
            let _ = d.edit_case(&id, now, |m| m.place_shelved(index, track));
        });
    };
    move || {
        let shelf = map.with(|m| m.shelf.clone());
        (!shelf.is_empty()).then(|| {
            let items = shelf
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let select_id = format!("shelf-track-{i}");
                    let kind = (!s.kind.is_empty()).then(|| fill(t.shelf_kind, &[("kind", &s.kind)]));
                    let description =
                        (!s.description.is_empty()).then(|| fill(t.shelf_description, &[("description", &s.description)]));
                    view! {
                        <li>
                            <strong>{s.label.clone()}</strong>{kind}{description}
                            {own.then(|| view! {
                                " "
                                <label for=select_id.clone()>{fill(t.place_on, &[("name", &s.label)])}</label>" "
                                <select id=select_id on:change=move |ev| {
                                    if let Ok(track) = event_target_value(&ev).parse::<u8>() {
                                        place(i, track);
                                    }
                                }>
                                    <option value="" selected>{t.choose_a_track}</option>
                                    {content.tracks.iter().map(|tr| view! { <option value=tr.number.to_string()>{content.track_label(tr.number)}</option> }).collect_view()}
                                </select>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="case-shelf card" aria-labelledby="case-shelf-heading">
                    <h3 id="case-shelf-heading">{fill(t.shelf_heading, &[("n", &num(map.with_untracked(|m| m.shelf.len())))])}</h3>
                    <p class="hint">{t.shelf_hint}</p>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}

/// The relations as a list, each removable, and the form to add one.
#[component]
fn Relations(#[prop(into)] map: Signal<CaseMap>, own: bool) -> impl IntoView {
    let user = use_app().user;
    let t = &ui().cases;
    let case_id = move || map.with_untracked(|m| m.id.clone());
    let items = move || {
        map.with(|m| {
            m.relations
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let text = describe(m, r);
                    let label = fill(t.remove_relation, &[("relation", &text)]);
                    let remove = move |_| {
                        let now = js_sys::Date::now() as u64;
                        let id = case_id();
                        user.update(|d| {
                            d.edit_case(&id, now, |m| {
                                if i < m.relations.len() {
                                    m.relations.remove(i);
                                }
                            });
                        });
                    };
                    view! {
                        <li>
                            {text}
                            {own.then(|| view! { " " <button type="button" aria-label=label on:click=remove>{t.remove}</button> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let (from, to, kind) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new("cooperation".to_string()));
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (f, to_id) = (from.get_untracked(), to.get_untracked());
        let k = RelationKind::parse(&kind.get_untracked()).unwrap_or(RelationKind::Cooperation);
        let now = js_sys::Date::now() as u64;
        let id = case_id();
        let mut result = Err(String::new());
        user.update(|d| {
            result = d
                .edit_case(&id, now, |m| {
                    m.add_relation(&f, &to_id, k).map(|()| describe(m, m.relations.last().expect("just added")))
                })
                .unwrap_or_else(|| Err(("Case", CASE_GONE.into())))
                .map_err(|(field, message)| problem_text(field, &message, Some(k)));
        });
        outcome.set(Some(result.map(|text| fill(t.added_relation, &[("relation", &text)]))));
    };
    let actor_select = move |id: &'static str, label: &'static str, chosen: RwSignal<String>| {
        view! {
            <span class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="" selected=move || chosen.with(String::is_empty)>{t.choose}</option>
                    {move || map.with(|m| m.actors.iter().map(|a| {
                        let value = a.id.clone();
                        let selected = {
                            let value = value.clone();
                            move || chosen.with(|c| *c == value)
                        };
                        view! { <option value=value selected=selected>{a.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </span>
        }
    };
    view! {
        <div class="case-relations">
            <h3>{t.relations_heading}</h3>
            <ul>{items}</ul>
            <p class="hint" hidden=move || map.with(|m| !m.relations.is_empty())>{t.no_relations}</p>
            {own.then(|| view! {
                <form class="event-form" on:submit=add aria-label=t.add_relation_form>
                    {actor_select("relation-from", t.from, from)}
                    <span class="field">
                        <label for="relation-kind">{t.kind}</label>
                        <select id="relation-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {RelationKind::ALL.into_iter().map(|k| view! { <option value=k.name()>{kind_name(k)}</option> }).collect_view()}
                        </select>
                    </span>
                    {actor_select("relation-to", t.to, to)}
                    <div class="actions"><button type="submit">{t.add_relation}</button></div>
                    <FormOutcome outcome/>
                </form>
            })}
        </div>
    }
}
