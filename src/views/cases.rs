//! The Cases view, the systems workshop: a class maps a conflict's actors
//! onto the nine tracks and relates them, and the map shows what the seed's
//! systems view asks about: which tracks are active, which are missing,
//! which are cut off, and what to ask about the gaps.
//!
//! `#/cases` lists the cases; `#/cases/<id>` opens one of the user's, or the
//! worked example (read-only, an invented teaching scenario, copied to edit).
//! Cases are saved, exported and shared with the rest of the user's data.

use super::app::use_app;
use super::case_canvas::CaseCanvas;
use super::cite::{CitedParagraph, Cites};
use super::layout::{text_area, text_field, FormOutcome, PageHeading, Section};
use crate::browser::hash_route::navigate;
use crate::browser::page_focus::focus_within;
use crate::model::case_map::{CaseMap, RelationKind};
use crate::model::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn CasesPage() -> impl IntoView {
    let app = use_app();
    let (content, user, route) = (app.content(), app.user, app.route);
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
                    let counts = format!(" ({} actors, {} relations)", c.actors.len(), c.relations.len());
                    view! { <li><a href=href aria-current=current>{c.title.clone()}</a>{counts}</li> }
                })
                .collect_view()
        })
    };
    // The worked examples: the real cases, then the invented scenario.
    let worked = content
        .case_studies
        .iter()
        .map(|study| (&study.map, " (worked example of a real case)"))
        .chain(std::iter::once((example, " (worked example, invented)")))
        .map(|(map, note)| {
            let href = Route::item(Page::Cases, &map.id).to_hash();
            let id = map.id.as_str();
            let current = move || chosen.with(|s| s.as_deref() == Some(id)).then_some("page");
            view! { <li><a href=href aria-current=current>{map.title.as_str()}</a>{note}</li> }
        })
        .collect_view();
    view! {
        <PageHeading page=Page::Cases/>
        <p class="lead">
            "Map a conflict, real or invented, onto the nine tracks: add its actors, place each on its track, and draw the relations between them. "
            "The map then shows which tracks are active, which are missing and which are cut off from the rest, and suggests questions about the gaps: "
            "in the multi-track view, peace depends on how the whole system works together."
        </p>
        <Section id="cases-list" title="Cases">
            <ul class="my-timelines">
                {list}
                {worked}
            </ul>
            <NewCaseForm/>
        </Section>
        {move || match case.get() {
            None if chosen.with(Option::is_some) => view! {
                <p class="import-error" role="alert">"There is no case with that name in this browser. It may have been deleted, or shared from another browser: open its share link to see it."</p>
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
        outcome.set(Some(result.map(|_| "Started the case.".into())));
    };
    view! {
        <details class="tour-editor">
            <summary>"Start a case"</summary>
            <form class="event-form" on:submit=submit aria-label="Start a case">
                {text_field("case-title", "Title", title, "e.g. Cyprus, 1990s")}
                {text_area("case-description", "What the conflict is about (optional)", description)}
                <div class="actions"><button type="submit">"Start the case"</button></div>
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
            let title = map.title.replace(" (invented teaching scenario)", "");
            let mut made = None;
            user.update(|d| made = d.add_case(&format!("{title} (my copy)"), &map.description, Some(&map), now).ok());
            if let Some(id) = made {
                navigate(&Route::item(Page::Cases, &id), false);
            }
        }
    };
    let remove = {
        let (id, title) = (id.clone(), map.title.clone());
        move |_| {
            let question = format!("Delete the case \u{201c}{title}\u{201d}? Export it first to keep a copy.");
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
            let result = user.data.with_untracked(|d| {
                d.part(&format!("case:{id}")).map(|one| super::my_data::export(&one, &format!("case-{id}")))
            });
            if let Some(Err(e)) = result {
                leptos::logging::error!("multitrack: could not export the case: {e}");
            }
        }
    };
    // For Kumu, the mapping tool many peacebuilders draw stakeholder maps in.
    let to_kumu = move |_| {
        let map = live.get_untracked();
        let text = crate::model::kumu::to_kumu(&map, &crate::model::track_names::track_names(content));
        let name = format!("{}-kumu.json", map.id);
        if let Err(e) = crate::browser::download::save_text(&text, "application/json", &name) {
            leptos::logging::error!(
                "multitrack: could not export the case for Kumu: {}",
                crate::browser::download::describe(&e)
            );
        }
    };
    let case_id = own.then(|| id.clone());
    view! {
        <section class="case" aria-labelledby="case-title-heading">
            <h2 id="case-title-heading">{move || live.with(|m| m.title.clone())}</h2>
            {map.invented.then(|| view! {
                <p class="stress-note" role="note"><strong>"Invented teaching scenario."</strong>" The places, people and events in it are made up for practice; it describes no real conflict."</p>
            })}
            {study.map(|_| view! {
                <p class="stress-note" role="note"><strong>"A real case."</strong>" Each actor and relation is one the sources name; the map is read-only: make a copy to work on it."</p>
            })}
            {move || live.with(|m| (!m.description.is_empty()).then(|| view! { <p>{m.description.clone()}</p> }))}
            <div class="actions">
                {if own {
                    view! {
                        <button type="button" on:click=export>"Export this case"</button>
                        <button type="button" on:click=remove>"Delete this case"</button>
                        <a href=Route::page(Page::MyData).to_hash()>"Share it from Your data"</a>
                    }
                    .into_any()
                } else {
                    view! { <button type="button" on:click=copy>"Make an editable copy"</button> }.into_any()
                }}
                <button type="button" on:click=to_kumu>"Export for Kumu"</button>
            </div>
            <CaseCanvas map=live case_id labels/>
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
pub fn CaseStudyNotes(study: &'static crate::model::case_studies::CaseStudy) -> impl IntoView {
    let content = use_app().content();
    let event = content.event(&study.event);
    view! {
        <div class="case-study card">
            <h3>"What the map shows missing"</h3>
            <CitedParagraph passage=&study.missing/>
            <h3>"What came of it"</h3>
            <CitedParagraph passage=&study.outcome/>
            <p class="sources"><strong>"Sources for the actors and relations: "</strong><Cites cites=&study.cite/></p>
            {event.map(|e| view! {
                <p><a href=Route::item(Page::Timeline, &e.id).to_hash()>{format!("On the timeline: {} {}", e.date_label(), e.title)}</a></p>
            })}
        </div>
    }
}

/// What the map shows: active, missing and unconnected tracks, and questions.
#[component]
fn Gaps(#[prop(into)] map: Signal<CaseMap>) -> impl IntoView {
    let content = use_app().content();
    let names = move |tracks: &[u8]| {
        if tracks.is_empty() {
            return "none".to_string();
        }
        tracks
            .iter()
            .map(|n| content.track(*n).map_or_else(|| n.to_string(), |t| t.label()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let gaps = Memo::new(move |_| map.with(CaseMap::gaps));
    view! {
        <div class="case-gaps card" aria-labelledby="case-gaps-heading">
            <h3 id="case-gaps-heading">"What the map shows"</h3>
            <dl>
                <dt>{move || format!("Active tracks ({} of 9)", gaps.with(|g| g.active.len()))}</dt>
                <dd id="case-active">{move || gaps.with(|g| names(&g.active))}</dd>
                <dt>{move || format!("Missing tracks ({})", gaps.with(|g| g.missing.len()))}</dt>
                <dd id="case-missing">{move || gaps.with(|g| names(&g.missing))}</dd>
                <dt>"Active but not connected to another track"</dt>
                <dd id="case-unconnected">{move || gaps.with(|g| names(&g.unconnected))}</dd>
                <dt>"Linked only by tension"</dt>
                <dd>{move || gaps.with(|g| {
                    if g.tension_only.is_empty() {
                        return "none".to_string();
                    }
                    g.tension_only.iter().map(|(a, b)| format!("tracks {a} and {b}")).collect::<Vec<_>>().join("; ")
                })}</dd>
            </dl>
            <h4>"Questions to ask"</h4>
            <ul class="case-questions">
                {move || map.with(|m| m.questions(content)).into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
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
            .map(|t| view! { <option value=t.number.to_string() selected=t.number == current>{t.label()}</option> })
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
                            <td>
                                {if own {
                                    view! {
                                        <label class="visually-hidden" for=select_id.clone()>{format!("Track of {}", a.name)}</label>
                                        <select id=select_id on:change=on_move>{track_options(a.track)}</select>
                                    }
                                    .into_any()
                                } else {
                                    content.track(a.track).map(|t| t.label()).unwrap_or_default().into_any()
                                }}
                            </td>
                            <td>{a.note.clone()}</td>
                            {own.then(|| view! { <td><button type="button" on:click=on_remove>{format!("Remove {}", a.name)}</button></td> })}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let (name, note, track) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(1u8));
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, t, o) = (name.get_untracked(), track.get_untracked(), note.get_untracked());
        let now = js_sys::Date::now() as u64;
        let id = case_id();
        let mut result = Err(String::new());
        user.update(|d| {
            result = d
                .edit_case(&id, now, |m| m.add_actor(&n, t, &o))
                .unwrap_or_else(|| Err(("Case", "this case is gone".into())))
                .map_err(|(field, message)| format!("{field}: {message}"));
        });
        let label = content.track(t).map(|t| t.label()).unwrap_or_default();
        outcome.set(Some(result.map(|_| format!("Added {} on {label}.", n.trim()))));
        if outcome.with_untracked(|o| matches!(o, Some(Ok(_)))) {
            name.set(String::new());
            note.set(String::new());
        }
    };
    view! {
        <div class="case-actors">
            <h3>"Actors"</h3>
            <table class="case-table">
                <thead><tr><th scope="col">"Actor"</th><th scope="col">"Track"</th><th scope="col">"Note"</th>{own.then(|| view! { <th scope="col">"Remove"</th> })}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {own.then(|| view! {
                <form class="event-form" on:submit=add aria-label="Add an actor">
                    {text_field("actor-name", "Name", name, "e.g. Radio Lake")}
                    <span class="field">
                        <label for="actor-track">"Track"</label>
                        <select id="actor-track" on:change=move |ev| track.set(event_target_value(&ev).parse().unwrap_or(1))>
                            {content.tracks.iter().map(|t| view! { <option value=t.number.to_string() selected=move || track.get() == t.number>{t.label()}</option> }).collect_view()}
                        </select>
                    </span>
                    {text_field("actor-note", "Note (optional)", note, "")}
                    <div class="actions"><button type="submit">"Add actor"</button></div>
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
                    let kind = (!s.kind.is_empty()).then(|| format!(" ({})", s.kind));
                    let description = (!s.description.is_empty()).then(|| format!(": {}", s.description));
                    view! {
                        <li>
                            <strong>{s.label.clone()}</strong>{kind}{description}
                            {own.then(|| view! {
                                " "
                                <label for=select_id.clone()>{format!("Place {} on", s.label)}</label>" "
                                <select id=select_id on:change=move |ev| {
                                    if let Ok(track) = event_target_value(&ev).parse::<u8>() {
                                        place(i, track);
                                    }
                                }>
                                    <option value="" selected>"choose a track"</option>
                                    {content.tracks.iter().map(|t| view! { <option value=t.number.to_string()>{t.label()}</option> }).collect_view()}
                                </select>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="case-shelf card" aria-labelledby="case-shelf-heading">
                    <h3 id="case-shelf-heading">{format!("No track yet ({})", map.with_untracked(|m| m.shelf.len()))}</h3>
                    <p class="hint">"These came without a track this guide knows, so they are not on the rings. Which track does each belong to?"</p>
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
    let case_id = move || map.with_untracked(|m| m.id.clone());
    let items = move || {
        map.with(|m| {
            m.relations
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let text = m.describe(r);
                    let label = format!("Remove {text}");
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
                            {own.then(|| view! { " " <button type="button" aria-label=label on:click=remove>"Remove"</button> })}
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
        let (f, t) = (from.get_untracked(), to.get_untracked());
        let k = RelationKind::parse(&kind.get_untracked()).unwrap_or(RelationKind::Cooperation);
        let now = js_sys::Date::now() as u64;
        let id = case_id();
        let mut result = Err(String::new());
        user.update(|d| {
            result = d
                .edit_case(&id, now, |m| {
                    m.add_relation(&f, &t, k).map(|()| m.describe(m.relations.last().expect("just added")))
                })
                .unwrap_or_else(|| Err(("Case", "this case is gone".into())))
                .map_err(|(field, message)| format!("{field}: {message}"));
        });
        outcome.set(Some(result.map(|text| format!("Added {text}."))));
    };
    let actor_select = move |id: &'static str, label: &'static str, chosen: RwSignal<String>| {
        view! {
            <span class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="" selected=move || chosen.with(String::is_empty)>"Choose\u{2026}"</option>
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
            <h3>"Relations"</h3>
            <ul>{items}</ul>
            <p class="hint" hidden=move || map.with(|m| !m.relations.is_empty())>"No relations yet."</p>
            {own.then(|| view! {
                <form class="event-form" on:submit=add aria-label="Add a relation">
                    {actor_select("relation-from", "From", from)}
                    <span class="field">
                        <label for="relation-kind">"Kind"</label>
                        <select id="relation-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {RelationKind::ALL.into_iter().map(|k| view! { <option value=k.name()>{k.name()}</option> }).collect_view()}
                        </select>
                    </span>
                    {actor_select("relation-to", "To", to)}
                    <div class="actions"><button type="submit">"Add relation"</button></div>
                    <FormOutcome outcome/>
                </form>
            })}
        </div>
    }
}
