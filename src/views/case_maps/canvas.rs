//! The case map drawn: the nine tracks round a circle, each actor in a ring
//! about its track, and the relations as lines styled by kind.
//!
//! Every pointer action has a key: drag an actor to another track, or focus
//! it and press the left and right arrows; click one actor then another to
//! relate them, or press Enter on each. Escape lets go. What happens is
//! announced, and the tables below the canvas offer the same actions again
//! as ordinary form controls.

use crate::browser::page_focus::focus_within;
use crate::model::content::case_map::{CaseMap, RelationKind};
use crate::model::geometry::case_labels::{actor_labels, track_font, track_labels, VIEW};
use crate::model::geometry::case_layout::{actor_positions, nearest_track, track_anchors};
use crate::model::i18n::case_text::{kind_name, message_text};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::context::use_app;
use leptos::prelude::*;

/// Whole units: the drawing needs no fractions.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The size actors' names are drawn at: larger where the drawing is shrunk
/// to a phone's width, so that they stay readable there (the layout then
/// shortens more of them).
fn name_font() -> f64 {
    let width = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0);
    if width < 640.0 {
        22.0
    } else {
        13.0
    }
}

/// A pointer press on an actor, followed until it is released.
#[derive(Clone, Debug, PartialEq)]
struct Drag {
    actor: String,
    start: (f64, f64),
    at: (f64, f64),
}

impl Drag {
    /// Whether the pointer moved far enough to be a drag, not a click.
    fn moved(&self) -> bool {
        (self.at.0 - self.start.0).abs() + (self.at.1 - self.start.1).abs() > 8.0
    }
}

/// Where a pointer event falls on the canvas `svg`, in its own units.
fn canvas_point(svg: &web_sys::Element, ev: &leptos::ev::PointerEvent) -> Option<(f64, f64)> {
    let rect = svg.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| {
        (
            VIEW.x + (f64::from(ev.client_x()) - rect.left()) * VIEW.w / rect.width(),
            VIEW.y + (f64::from(ev.client_y()) - rect.top()) * VIEW.h / rect.height(),
        )
    })
}

/// The canvas of `map`; `case_id` names the user's case it edits, and is
/// absent for the read-only worked example.
#[component]
pub fn CaseCanvas(
    #[prop(into)] map: Signal<CaseMap>,
    case_id: Option<String>,
    /// Short names chosen by hand, by actor id (a real case's).
    #[prop(optional)]
    labels: Vec<(String, String)>,
) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().cases;
    let editable = case_id.is_some();
    let case_id = StoredValue::new(case_id.unwrap_or_default());
    let kind = RwSignal::new(RelationKind::Cooperation);
    let picked = RwSignal::new(None::<String>);
    let drag = RwSignal::new(None::<Drag>);
    let news = RwSignal::new(String::new());
    let track_label = move |n: u8| content.track_label(n);
    let change = move |f: Box<dyn FnOnce(&mut CaseMap)>| {
        if editable {
            let now = js_sys::Date::now() as u64;
            case_id.with_value(|id| user.update(|d| d.edit_case(id, now, f).unwrap_or_default()));
        }
    };
    let move_to = move |actor: String, track: u8| {
        let name = map.with_untracked(|m| m.actor(&actor).map(|a| a.name.clone())).unwrap_or_default();
        let target = actor.clone();
        change(Box::new(move |m: &mut CaseMap| {
            m.move_actor(&target, track);
        }));
        news.set(fill(t.moved, &[("name", &name), ("track", &track_label(track))]));
        // The actor's node is redrawn in its new place; keep focus on it.
        request_animation_frame(move || {
            focus_within(None, &format!("[data-actor=\"{actor}\"]"));
        });
    };
    // A click or Enter: pick an actor, or relate the picked one to it.
    let pick = move |actor: String| {
        let name = |id: &str| map.with_untracked(|m| m.actor(id).map(|a| a.name.clone())).unwrap_or_default();
        match picked.get_untracked() {
            Some(first) if first == actor => {
                picked.set(None);
                news.set(fill(t.let_go_of, &[("name", &name(&actor))]));
            }
            Some(first) if editable => {
                let k = kind.get_untracked();
                let now = js_sys::Date::now() as u64;
                let mut outcome = None;
                case_id.with_value(|id| {
                    user.update(|d| outcome = d.edit_case(id, now, |m| m.add_relation(&first, &actor, k)));
                });
                picked.set(None);
                news.set(match outcome {
                    Some(Ok(())) => {
                        fill(t.added_kind, &[("kind", &kind_name(k)), ("a", &name(&first)), ("b", &name(&actor))])
                    }
                    Some(Err((_, message))) => {
                        let reason = message_text(t, &message, Some(k)).unwrap_or(message);
                        fill(t.no_relation, &[("reason", &reason)])
                    }
                    None => fill(t.no_relation, &[("reason", &t.case_gone)]),
                });
            }
            _ => {
                picked.set(Some(actor.clone()));
                news.set(if editable {
                    fill(t.picked_edit, &[("name", &name(&actor)), ("kind", &kind_name(kind.get_untracked()))])
                } else {
                    fill(t.picked, &[("name", &name(&actor))])
                });
            }
        }
    };
    let to_canvas = |ev: &leptos::ev::PointerEvent| -> Option<(f64, f64)> {
        use wasm_bindgen::JsCast;
        canvas_point(&ev.current_target()?.dyn_into::<web_sys::Element>().ok()?, ev)
    };
    let pointer_move = move |ev: leptos::ev::PointerEvent| {
        if drag.with_untracked(Option::is_none) {
            return;
        }
        if let Some(at) = to_canvas(&ev) {
            drag.update(|d| {
                if let Some(d) = d {
                    d.at = at;
                }
            });
        }
    };
    let pointer_up = move |ev: leptos::ev::PointerEvent| {
        let Some(mut done) = drag.get_untracked() else { return };
        if let Some(at) = to_canvas(&ev) {
            done.at = at;
        }
        drag.set(None);
        if done.moved() && editable {
            let track = nearest_track(done.at.0, done.at.1);
            let same = map.with_untracked(|m| m.actor(&done.actor).map(|a| a.track)) == Some(track);
            if !same {
                move_to(done.actor, track);
            }
        } else {
            pick(done.actor);
        }
    };
    let gaps = Memo::new(move |_| map.with(CaseMap::gaps));
    let anchors = track_anchors();
    let track_names: Vec<String> = content.tracks.iter().map(|t| format!("{} {}", t.number, t.circle_name)).collect();
    // The names' size follows the window: a phone draws the map small.
    let font = RwSignal::new(name_font());
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        let size = name_font();
        if font.get_untracked() != size {
            font.set(size);
        }
    });
    on_cleanup(move || resize.remove());
    // A track's name moves out as its actors grow in number.
    let track_places = {
        let names = track_names.clone();
        Memo::new(move |_| map.with(|m| track_labels(m, &names, font.get())))
    };
    let tracks = content
        .tracks
        .iter()
        .zip(anchors.iter().copied())
        .enumerate()
        .map(|(i, (t, (x, y)))| {
            let n = t.number;
            let missing = move || gaps.with(|g| g.missing.contains(&n));
            let label = move || {
                let label = track_places.with(|l| l[i].clone());
                view! {
                    <text x=px(label.x) y=px(label.y) text-anchor="middle" class="case-track-label" style:font-size=format!("{}px", track_font(font.get()))>
                        {label.lines.into_iter().enumerate().map(|(i, line)| view! {
                            <tspan x=px(label.x) dy=if i == 0 { 0 } else { px(label.line_height) }>{line}</tspan>
                        }).collect_view()}
                    </text>
                }
            };
            view! {
                <g class="case-track" class:track-missing=missing>
                    <circle
                        cx=px(x)
                        cy=px(y)
                        r="30"
                        class="tc"
                        style:--tc=t.colour.clone()
                        style:--tc-dark=t.colour_dark.clone()
                    />
                    {label}
                </g>
            }
        })
        .collect_view();
    let names = Memo::new(move |_| map.with(|m| actor_labels(m, &labels, &track_names, font.get())));
    let relations = move || {
        map.with(|m| {
            let places = actor_positions(m);
            let at = |id: &str| m.actors.iter().position(|a| a.id == id).map(|i| places[i]);
            m.relations
                .iter()
                .filter_map(|r| {
                    let ((x1, y1), (x2, y2)) = (at(&r.from)?, at(&r.to)?);
                    let class = format!("case-relation rel-{}", r.kind.name());
                    let arrow = matches!(r.kind, RelationKind::Funding | RelationKind::Information);
                    Some(view! {
                        <line class=class x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2) marker-end=arrow.then_some("url(#case-arrow)")/>
                    })
                })
                .collect_view()
        })
    };
    let actors = move || {
        map.with(|m| {
            let places = actor_positions(m);
            let dragging = drag.get();
            let names = names.get();
            let size = format!("{}px", font.get());
            m.actors
                .iter()
                .zip(places)
                .zip(names)
                .map(|((a, (x, y)), name)| {
                    let (x, y) = match &dragging {
                        Some(d) if d.actor == a.id && d.moved() => d.at,
                        _ => (x, y),
                    };
                    let colours = content.track(a.track).map(|t| (t.colour.as_str(), t.colour_dark.as_str()));
                    let id = a.id.clone();
                    let is_picked = {
                        let id = id.clone();
                        move || picked.with(|p| p.as_deref() == Some(id.as_str()))
                    };
                    let (down_id, key_id) = (id.clone(), id.clone());
                    let track = a.track;
                    let key = move |ev: leptos::ev::KeyboardEvent| {
                        let step: i16 = match ev.key().as_str() {
                            "ArrowRight" | "ArrowDown" => 1,
                            "ArrowLeft" | "ArrowUp" => -1,
                            "Enter" | " " => {
                                ev.prevent_default();
                                pick(key_id.clone());
                                return;
                            }
                            "Escape" => {
                                picked.set(None);
                                news.set(t.let_go.into());
                                return;
                            }
                            _ => return,
                        };
                        ev.prevent_default();
                        if editable {
                            let next = (i16::from(track) - 1 + step).rem_euclid(9) as u8 + 1;
                            move_to(key_id.clone(), next);
                        }
                    };
                    let down = move |ev: leptos::ev::PointerEvent| {
                        use wasm_bindgen::JsCast;
                        let Some(svg) = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok()?.closest("svg").ok().flatten())
                        else {
                            return;
                        };
                        let _ = svg.set_pointer_capture(ev.pointer_id());
                        let start = canvas_point(&svg, &ev).unwrap_or((x, y));
                        drag.set(Some(Drag { actor: down_id.clone(), start, at: start }));
                    };
                    // The accessible name holds the visible text (WCAG 2.5.3), then the full name.
                    let shown = name.text.trim_end_matches('\u{2026}');
                    let full = if name.whole || a.name.starts_with(shown) {
                        a.name.clone()
                    } else {
                        fill(t.short_and_full, &[("short", &name.text), ("name", &a.name)])
                    };
                    let label = if a.note.is_empty() {
                        fill(t.actor_label, &[("name", &full), ("track", &track_label(a.track))])
                    } else {
                        fill(
                            t.actor_label_note,
                            &[("name", &full), ("track", &track_label(a.track)), ("note", &a.note)],
                        )
                    };
                    // While dragged, the name goes with the node.
                    let (nx, ny) = match &dragging {
                        Some(d) if d.actor == a.id && d.moved() => (x, y + 25.0),
                        _ => (name.x, name.y),
                    };
                    let size = size.clone();
                    view! {
                        <g
                            class="case-actor"
                            class:picked=is_picked
                            tabindex="0"
                            role="button"
                            data-actor=id
                            aria-label=label
                            on:keydown=key
                            on:pointerdown=down
                        >
                            <circle
                                cx=px(x)
                                cy=px(y)
                                r="11"
                                class:tc=colours.is_some()
                                style:--tc=colours.map(|c| c.0.to_string())
                                style:--tc-dark=colours.map(|c| c.1.to_string())
                            />
                            <text x=px(nx) y=px(ny) text-anchor="middle" style:font-size=size>
                                {(!name.whole).then(|| view! { <title>{a.name.clone()}</title> })}
                                {name.text}
                            </text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let kinds = RelationKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.name() selected=move || kind.get() == k>{kind_name(k)}</option> })
        .collect_view();
    let view_box = format!("{} {} {} {}", px(VIEW.x), px(VIEW.y), px(VIEW.w), px(VIEW.h));
    view! {
        <div class="case-canvas">
            {editable.then(|| view! {
                <div class="actions chart-toolbar">
                    <label for="case-new-kind">{t.new_kind_label}</label>
                    <select id="case-new-kind" on:change=move |ev| {
                        if let Some(k) = RelationKind::parse(&event_target_value(&ev)) {
                            kind.set(k);
                        }
                    }>{kinds}</select>
                </div>
                <p class="hint">{t.canvas_hint}</p>
            })}
            <svg
                viewBox=view_box
                class="case-svg"
                role="group"
                aria-label=t.canvas_label
                on:pointermove=pointer_move
                on:pointerup=pointer_up
                on:pointercancel=move |_| drag.set(None)
            >
                <defs>
                    <marker id="case-arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="case-arrow-head"/>
                    </marker>
                </defs>
                {tracks}
                {relations}
                {actors}
            </svg>
            <p class="filter-count" role="status" aria-live="polite">{move || news.get()}</p>
            <ul class="case-legend" aria-label=t.legend_label>
                {RelationKind::ALL.into_iter().map(|k| view! {
                    <li><svg width="36" height="10" aria-hidden="true"><line class=format!("case-relation rel-{}", k.name()) x1="2" y1="5" x2="34" y2="5"/></svg>" " {kind_name(k)}</li>
                }).collect_view()}
                <li><span class="legend-missing" aria-hidden="true"></span>{t.legend_missing}</li>
            </ul>
        </div>
    }
}
