//! The case map drawn: the circle cut into the nine tracks' wedges, each
//! actor on the rim of its track's wedge with its name outside, and the
//! relations as lines across the circle, styled by kind (the layout and
//! where each name goes: `model::geometry::case_labels`).
//!
//! Every pointer action has a key: drag an actor to another wedge, or focus
//! it and press the left and right arrows; click one actor (or press Enter
//! on it) to bring it and its relations forward, then another to relate
//! them; Escape or a click on the background lets go. On an editable map
//! each track's name is a button that opens the form to add an actor there.
//! What happens is announced, and the tables below the canvas offer the
//! same actions again as ordinary form controls.

use crate::browser::page_focus::focus_within;
use crate::model::content::case_map::{CaseMap, RelationKind};
use crate::model::geometry::case_labels::{draw, track_font, wrap, Placed};
use crate::model::geometry::case_layout::{Frame, HIT_RADIUS, PHONE, WIDE};
use crate::model::geometry::timeline::Flow;
use crate::model::i18n::case_text::{kind_name, message_text};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::context::use_app;
use leptos::prelude::*;

/// The track the form to add an actor starts on: the canvas's add buttons
/// set it. `CaseView` gives it to both.
#[derive(Clone, Copy)]
pub struct AddOnTrack(pub RwSignal<u8>);

/// Whole units: the drawing needs no fractions.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The drawing for the window: a phone draws it small, so it gets a
/// smaller frame with the same text, which is then drawn larger.
fn frame_for_window() -> Frame {
    let width = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0);
    if width < 800.0 {
        PHONE
    } else {
        WIDE
    }
}

/// A name's lines as tspans under one `<text>`.
fn name_text(p: &Placed, class: &'static str, font: f64, title: Option<String>) -> impl IntoView {
    let x = px(p.x);
    let step = px(p.line_height);
    // A space ends every line but the last, so that the text read out (and
    // matched against the accessible name) keeps the words apart.
    let last = p.lines.len().saturating_sub(1);
    let lines = p
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let text = if i < last { format!("{line} ") } else { line.clone() };
            view! { <tspan x=x dy=if i == 0 { 0 } else { step }>{text}</tspan> }
        })
        .collect_view();
    view! { <text class=class x=x y=px(p.y) text-anchor="middle" style:font-size=format!("{}px", px(font))>{title.map(|t| view! { <title>{t}</title> })}{lines}</text> }
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

/// Where a pointer event falls on the canvas `svg` of `frame`, in its own units.
fn canvas_point(svg: &web_sys::Element, frame: Frame, ev: &leptos::ev::PointerEvent) -> Option<(f64, f64)> {
    let rect = svg.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| {
        (
            (f64::from(ev.client_x()) - rect.left()) * frame.w / rect.width(),
            (f64::from(ev.client_y()) - rect.top()) * frame.h / rect.height(),
        )
    })
}

/// The canvas of `map`; `case_id` names the user's case it edits, and is
/// absent for the read-only worked examples.
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
    let add_on = use_context::<AddOnTrack>();
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
    let let_go = move || {
        if picked.get_untracked().is_some() {
            picked.set(None);
            news.set(t.let_go.into());
        }
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
                    fill(t.focused, &[("name", &name(&actor))])
                });
            }
        }
    };
    // The frame follows the window: a phone draws the map small.
    let frame = RwSignal::new(frame_for_window());
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        let size = frame_for_window();
        if frame.get_untracked() != size {
            frame.set(size);
        }
    });
    // Escape lets go wherever the focus is (a click does not always move it).
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            let_go();
        }
    });
    on_cleanup(move || {
        resize.remove();
        escape.remove();
    });
    let to_canvas = move |ev: &leptos::ev::PointerEvent| -> Option<(f64, f64)> {
        use wasm_bindgen::JsCast;
        canvas_point(&ev.current_target()?.dyn_into::<web_sys::Element>().ok()?, frame.get_untracked(), ev)
    };
    let mirrored = Flow::current() == Flow::RightToLeft;
    let track_names: Vec<String> = content
        .tracks
        .iter()
        .map(|t| {
            if editable {
                format!("+ {} {}", t.number, t.circle_name)
            } else {
                format!("{} {}", t.number, t.circle_name)
            }
        })
        .collect();
    let drawing = Memo::new(move |_| map.with(|m| draw(m, frame.get(), mirrored, &labels, &track_names)));
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
        let Some(mut done) = drag.get_untracked() else {
            // A press and release on the background (not on an actor or a
            // button) lets go. (Not a click handler: while an actor is
            // dragged, the canvas captures the pointer, and its click too.)
            use wasm_bindgen::JsCast;
            let on_thing = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".case-actor, [role=button]").ok().flatten())
                .is_some();
            if !on_thing {
                let_go();
            }
            return;
        };
        if let Some(at) = to_canvas(&ev) {
            done.at = at;
        }
        drag.set(None);
        if done.moved() && editable {
            let track = drawing.with_untracked(|d| d.layout.track_at(done.at.0, done.at.1));
            let same = map.with_untracked(|m| m.actor(&done.actor).map(|a| a.track)) == Some(track);
            if !same {
                move_to(done.actor, track);
            }
        } else {
            pick(done.actor);
        }
    };
    let gaps = Memo::new(move |_| map.with(CaseMap::gaps));
    let add_here = move |n: u8| {
        if let Some(AddOnTrack(track)) = add_on {
            track.set(n);
            focus_within(None, "#actor-name");
        }
    };
    let tracks = move || {
        drawing.with(|d| {
            let layout = &d.layout;
            let (cx, cy) = layout.centre();
            content
                .tracks
                .iter()
                .zip(&d.tracks)
                .enumerate()
                .map(|(i, (track, name))| {
                    let n = track.number;
                    let missing = move || gaps.with(|g| g.missing.contains(&n));
                    let ((x1, y1), (x2, y2), large) = layout.wedge_arc(i);
                    let r = px(layout.radius + crate::model::geometry::case_layout::WEDGE_REACH);
                    let sweep = if mirrored { 0 } else { 1 };
                    let path = format!(
                        "M{} {}L{} {}A{r} {r} 0 {} {sweep} {} {}Z",
                        px(cx),
                        px(cy),
                        px(x1),
                        px(y1),
                        u8::from(large),
                        px(x2),
                        px(y2)
                    );
                    let label = name_text(name, "case-track-label", track_font(layout.frame.font), None);
                    // The accessible name starts with the visible text (WCAG 2.5.3).
                    let add = editable.then(|| {
                        let what = fill(t.add_on_track, &[("track", &track_label(n))]);
                        fill(t.short_and_full, &[("short", &name.text()), ("name", &what)])
                    });
                    let key = move |ev: leptos::ev::KeyboardEvent| {
                        if matches!(ev.key().as_str(), "Enter" | " ") {
                            ev.prevent_default();
                            add_here(n);
                        }
                    };
                    view! {
                        <g
                            class="case-track tc"
                            class:track-missing=missing
                            data-track=n
                            style:--tc=track.colour.clone()
                            style:--tc-dark=track.colour_dark.clone()
                        >
                            <path class="case-wedge" d=path/>
                            {match add {
                                Some(add) => view! {
                                    <g class="case-add" role="button" tabindex="0" aria-label=add
                                        on:click=move |_| add_here(n) on:keydown=key>
                                        {label}
                                    </g>
                                }.into_any(),
                                None => label.into_any(),
                            }}
                        </g>
                    }
                })
                .collect_view()
        })
    };
    // Whom the picked actor is related to: they stay, the rest fade.
    let near = move |id: &str| {
        picked.with(|p| match p {
            None => true,
            Some(p) if p == id => true,
            Some(p) => {
                map.with(|m| m.relations.iter().any(|r| (r.from == *p && r.to == id) || (r.to == *p && r.from == id)))
            }
        })
    };
    let relations = move || {
        map.with(|m| {
            drawing.with(|d| {
                let at = |id: &str| m.actors.iter().position(|a| a.id == id).map(|i| d.layout.nodes[i]);
                m.relations
                    .iter()
                    .filter_map(|r| {
                        let ((x1, y1), (x2, y2)) = (at(&r.from)?, at(&r.to)?);
                        let class = format!("case-relation rel-{}", r.kind.name());
                        let arrow = matches!(r.kind, RelationKind::Funding | RelationKind::Information);
                        let (from, to) = (r.from.clone(), r.to.clone());
                        let lit = move || picked.with(|p| p.as_ref().is_none_or(|p| *p == from || *p == to));
                        Some(view! {
                            <line class=class class:faded=move || !lit() x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2) marker-end=arrow.then_some("url(#case-arrow)")/>
                        })
                    })
                    .collect_view()
            })
        })
    };
    let actors = move || {
        let dragging = drag.get();
        map.with(|m| {
            drawing.with(|d| {
                m.actors
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let (x, y) = match &dragging {
                            Some(drag) if drag.actor == a.id && drag.moved() => drag.at,
                            _ => d.layout.nodes[i],
                        };
                        let name = &d.actors[i];
                        let colours = content.track(a.track).map(|t| (t.colour.clone(), t.colour_dark.clone()));
                        let id = a.id.clone();
                        let is_picked = {
                            let id = id.clone();
                            move || picked.with(|p| p.as_deref() == Some(id.as_str()))
                        };
                        let faded = {
                            let id = id.clone();
                            move || !near(&id)
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
                            let start = canvas_point(&svg, frame.get_untracked(), &ev).unwrap_or((x, y));
                            drag.set(Some(Drag { actor: down_id.clone(), start, at: start }));
                        };
                        // The accessible name holds the visible text (WCAG 2.5.3), then the full name.
                        let text = name.text();
                        let shown = text.trim_end_matches('\u{2026}');
                        let full = if name.whole || a.name.starts_with(shown) {
                            a.name.clone()
                        } else {
                            fill(t.short_and_full, &[("short", &text), ("name", &a.name)])
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
                        let mut shown = name.clone();
                        if (x, y) != d.layout.nodes[i] {
                            shown.x = x;
                            shown.y = y + HIT_RADIUS + shown.line_height;
                        }
                        let title = (!name.whole).then(|| a.name.clone());
                        view! {
                            <g
                                class="case-actor"
                                class:picked=is_picked
                                class:faded=faded
                                tabindex="0"
                                role="button"
                                data-actor=id
                                aria-label=label
                                on:keydown=key
                                on:pointerdown=down
                            >
                                <circle class="case-hit" cx=px(x) cy=px(y) r=px(HIT_RADIUS)/>
                                <circle
                                    class="case-dot"
                                    cx=px(x)
                                    cy=px(y)
                                    r=px(d.layout.node_radius[i])
                                    class:tc=colours.is_some()
                                    style:--tc=colours.as_ref().map(|c| c.0.clone())
                                    style:--tc-dark=colours.as_ref().map(|c| c.1.clone())
                                />
                                {name_text(&shown, "case-name", d.layout.frame.font, title)}
                            </g>
                        }
                    })
                    .collect_view()
            })
        })
    };
    // An empty map says what to do first, in the middle of the circle.
    let empty = move || {
        (editable && map.with(|m| m.actors.is_empty())).then(|| {
            let (cx, cy) = drawing.with(|d| d.layout.centre());
            let lines = wrap(t.empty_map, 20);
            let step = frame.with(|f| f.font * 1.3);
            let top = cy - step * (lines.len() as f64 - 1.0) / 2.0;
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| view! { <tspan x=px(cx) y=px(top + step * i as f64)>{l}</tspan> })
                .collect_view();
            let size = frame.with(|f| format!("{}px", px(f.font)));
            view! { <text class="case-empty" text-anchor="middle" style:font-size=size>{lines}</text> }
        })
    };
    let kinds = RelationKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.name() selected=move || kind.get() == k>{kind_name(k)}</option> })
        .collect_view();
    let view_box = move || frame.with(|f| format!("0 0 {} {}", px(f.w), px(f.h)));
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
                class:has-focus=move || picked.with(Option::is_some)
                role="group"
                aria-label=t.canvas_label
                on:pointermove=pointer_move
                on:pointerup=pointer_up
                on:pointercancel=move |_| drag.set(None)
            >
                <defs>
                    <marker id="case-arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="case-arrow-head"/>
                    </marker>
                </defs>
                {tracks}
                {relations}
                {actors}
                {empty}
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
