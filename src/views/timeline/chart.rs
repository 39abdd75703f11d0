//! The interactive timeline: an axis whose ticks follow the zoom, eras as
//! bands, and the events as links laid out in lanes so labels never overlap.
//!
//! All geometry comes from `model::geometry::timeline`; this component only measures
//! its width, turns input (buttons, wheel, drag, pinch, keys) into viewport
//! changes or route changes, and draws what is visible: each event's short
//! title in the box the model gives it, the turning points always, the era
//! names where the model puts them. Only the events in the window are in the
//! DOM, and events whose labels truly collide collapse into a counted
//! cluster, so thousands of events stay cheap.
//!
//! Keyboard: the events are one Tab stop (roving tabindex); the arrow keys
//! move to the previous and next event in the reading direction, Home and
//! End to the first and last, and a live region announces the new selection.
//!
//! Right to left (Arabic): time runs from right to left, earliest on the
//! right. Positions are measured from the edge where time begins (see
//! `model::geometry::timeline::Flow`), so the layout is the same in both directions:
//! the events are placed with `inset-inline-start`, the axis (SVG, physical
//! coordinates) is drawn mirrored, and the pointer's position is turned
//! round before it becomes a year. Text is never mirrored.

use crate::browser::hash_route::navigate;
use crate::browser::page_focus::focus_within;
use crate::model::base::date::HistDate;
use crate::model::content::{Era, Event};
use crate::model::geometry::timeline::{
    counted, era_bands, era_names, figure, lay_out_chart, step, ticks, ChartLabel, Flow, Layout, Viewport,
    AXIS_FONT_PX, ERA_NAME_PAD, ERA_ROWS, LABEL_FONT_PX, MAX_LANES,
};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::context::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the list of all events, the chart's text alternative.
pub const EVENT_LIST_ID: &str = "event-list";

/// The height of a row of era names.
const ERA_ROW: f64 = 20.0;
const ERA_BAND: f64 = ERA_ROW * ERA_ROWS as f64;
const TICK_BAND: f64 = 24.0;
const LANE_HEIGHT: f64 = 32.0;
/// A pointer must move this far before a press becomes a drag, so a click
/// on an event still selects it.
const DRAG_THRESHOLD: f64 = 4.0;

/// The event's accessible name: it begins with its year.
pub fn event_label(event: &Event) -> String {
    format!("{} {}", event.date.year(), event.title)
}

/// Whole pixels: coordinates need no fractions, and formatting floats would
/// add several kilobytes of code to the app.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// Focuses the element `selector` names in the chart on the next frame, or
/// on a later one if the chart has not drawn it yet (a selection pulled out
/// of a cluster is drawn once the layout catches up): a fast key press
/// after it must still reach the chart, not the page.
fn focus_when_drawn(area: NodeRef<leptos::html::Div>, selector: String, frames: u8) {
    request_animation_frame(move || {
        let done = focus_within(area.get_untracked().as_ref().map(AsRef::as_ref), &selector);
        if !done && frames > 1 {
            focus_when_drawn(area, selector, frames - 1);
        }
    });
}

/// Pointers currently pressed on the chart, for drag and pinch.
#[derive(Clone, Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    travelled: f64,
    dragging: bool,
}

#[component]
pub fn TimelineChart(
    /// The events to draw, in date order (already filtered).
    #[prop(into)]
    events: Signal<Vec<&'static Event>>,
    /// The timeline's eras, drawn as bands (the guide's, or a user timeline's own).
    #[prop(into)]
    eras: Signal<&'static [Era]>,
    /// The extent "Show all" returns to.
    #[prop(into)]
    bounds: Signal<Viewport>,
    /// The window the chart opens on (`Viewport::opening`): the history.
    #[prop(into)]
    opening: Signal<Viewport>,
) -> impl IntoView {
    let route = use_app().route;
    let t = &ui().timeline;
    let flow = Flow::current();
    let area = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(900.0_f64);
    let viewport = RwSignal::new(opening.get_untracked());
    let announcement = RwSignal::new(String::new());
    // The event a key moved to, to focus once the selection reaches it.
    let focus_selected = StoredValue::new(None::<usize>);
    let gesture = StoredValue::new(Gesture::default());

    // A new set of events (another dataset, another lane) opens afresh.
    Effect::new(move |_| viewport.set(opening.get()));
    let selected = Memo::new(move |_| route.with(|r| r.item.clone()));
    let years =
        Memo::new(move |_| events.with(|es| es.iter().map(|e| e.date.as_fractional_year()).collect::<Vec<_>>()));
    let labels = Memo::new(move |_| events.with(|es| es.iter().map(|e| ChartLabel::of(e)).collect::<Vec<_>>()));
    let selected_index =
        Memo::new(move |_| selected.get().and_then(|id| events.with(|es| es.iter().position(|e| e.id == id))));
    let layout = Memo::new(move |_| {
        let (v, w, keep) = (viewport.get(), width.get(), selected_index.get());
        years.with(|ys| labels.with(|ls| lay_out_chart(ys, ls, &v, w, keep)))
    });
    let axis = Memo::new(move |_| ticks(&viewport.get(), width.get()));
    // The one event reachable by Tab: the selected one if drawn, else the first drawn.
    let tab_stop = Memo::new(move |_| {
        layout.with(|l: &Layout| {
            let drawn = |i: usize| l.placed.iter().any(|p| p.index == i);
            selected_index.get().filter(|&i| drawn(i)).or_else(|| l.placed.first().map(|p| p.index))
        })
    });
    let height = move || ERA_BAND + TICK_BAND + LANE_HEIGHT * (MAX_LANES as f64 + 1.0) + 8.0;

    // Measure the drawing width now and whenever the window changes size.
    let measure = move || {
        if let Some(el) = area.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() > 0.5 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        area.track();
        measure();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // Keep the selected event in view, and announce and focus it.
    Effect::new(move |previous: Option<Option<usize>>| {
        let index = selected_index.get();
        if let Some(i) = index {
            let year = years.with_untracked(|ys| ys[i]);
            let v = viewport.get_untracked();
            if !v.contains(year) {
                let half = v.span() / 2.0;
                viewport.set(Viewport::new(year - half, year + half).within(&bounds.get_untracked()));
            }
            if previous.is_some() && previous != Some(index) {
                let total = years.with_untracked(Vec::len);
                let text = events.with_untracked(|es| event_label(es[i]));
                let (n, total) = (figure(i + 1), figure(total));
                announcement.set(fill(t.event_announcement, &[("label", &text), ("n", &n), ("total", &total)]));
            }
        }
        // Only once the selection is the one the key asked for: this may run
        // before the address has changed (another input changed first).
        if index.is_some() && focus_selected.get_value() == index {
            focus_selected.set_value(None);
            // The selected event itself, not "the Tab stop", whose attribute
            // may still be catching up with the selection.
            if let Some(i) = index {
                focus_when_drawn(area, format!(".chart-event[data-index='{i}']"), 12);
            }
        }
        index
    });

    let zoom_by = move |factor: f64| {
        let v = viewport.get_untracked();
        let anchor = selected_index
            .get_untracked()
            .map(|i| years.with_untracked(|ys| ys[i]))
            .filter(|y| v.contains(*y))
            .unwrap_or((v.start + v.end) / 2.0);
        viewport.set(v.zoom(factor, anchor).within(&bounds.get_untracked()));
    };
    // The pointer's distance from the area's left edge; a year from it
    // through `year_at_left`, which knows which way time runs.
    let x_in_area = move |client_x: i32| -> f64 {
        area.get_untracked().map_or(0.0, |el| f64::from(client_x) - el.get_bounding_client_rect().left())
    };

    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = (ev.delta_y() * 0.0015).clamp(-1.0, 1.0).exp();
        let v = viewport.get_untracked();
        let anchor = v.year_at_left(x_in_area(ev.client_x()), width.get_untracked(), flow);
        viewport.set(v.zoom(factor, anchor).within(&bounds.get_untracked()));
    };
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let x = x_in_area(ev.client_x());
        gesture.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), x));
            g.travelled = 0.0;
        });
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        let x = x_in_area(ev.client_x());
        let w = width.get_untracked();
        let mut change: Option<Viewport> = None;
        gesture.update_value(|g| {
            let Some(slot) = g.pointers.iter().position(|(id, _)| *id == ev.pointer_id()) else { return };
            let v = viewport.get_untracked();
            if g.pointers.len() >= 2 {
                let other = g.pointers[1 - slot.min(1)].1;
                let before = (g.pointers[slot].1 - other).abs().max(1.0);
                let after = (x - other).abs().max(1.0);
                change = Some(v.zoom(before / after, v.year_at_left((x + other) / 2.0, w, flow)));
                g.dragging = true;
            } else {
                let dx = x - g.pointers[slot].1;
                g.travelled += dx.abs();
                if g.travelled > DRAG_THRESHOLD {
                    if !g.dragging {
                        // Captured only once it is a drag, so a plain click reaches the link.
                        if let Some(el) = area.get_untracked() {
                            let _ = el.set_pointer_capture(ev.pointer_id());
                        }
                    }
                    g.dragging = true;
                    change = Some(v.dragged(dx, w, flow));
                }
            }
            g.pointers[slot].1 = x;
        });
        if let Some(v) = change {
            viewport.set(v.within(&bounds.get_untracked()));
        }
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            if g.pointers.is_empty() {
                g.dragging = false;
            }
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(how) = flow.step_for_key(&ev.key()) else { return };
        // Step from the focused event itself: the route may not have caught up
        // with a key pressed a moment ago. While the next event is being drawn
        // the drawing area holds the focus, and the step is from that event.
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let on_area = target.as_ref().is_some_and(|el| el.class_list().contains("chart-area"));
        let Some(current) = target
            .filter(|el| el.class_list().contains("chart-event"))
            .and_then(|el| el.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok())
            .or_else(|| on_area.then(|| focus_selected.get_value().or(selected_index.get_untracked())).flatten())
        else {
            return;
        };
        ev.prevent_default();
        let len = events.with_untracked(Vec::len);
        let Some(next) = step(len, Some(current), how) else { return };
        let id = events.with_untracked(|es| es[next].id.clone());
        navigate(&route.get_untracked().with_item(Some(&id)), true);
        // Focus it now if it is drawn, and again once the chart has caught up
        // (it may be off screen, or in a cluster until the selection opens it);
        // meanwhile the area keeps the focus, so the next key still arrives.
        let area_el = area.get_untracked();
        if !focus_within(area_el.as_ref().map(AsRef::as_ref), &format!(".chart-event[data-index='{next}']")) {
            if let Some(el) = area_el {
                let _ = el.focus();
            }
        }
        focus_selected.set_value(Some(next));
    };

    // The text alternative is the list under the chart; this takes keyboard
    // and screen-reader users straight to it.
    let to_list = move |_| {
        if focus_within(None, &format!("#{EVENT_LIST_ID}")) {
            if let Some(list) = document().get_element_by_id(EVENT_LIST_ID) {
                list.scroll_into_view();
            }
        }
    };

    let era_bands = move || {
        let (v, w) = (viewport.get(), width.get());
        let eras = eras.get();
        let bands = era_bands(eras, &v, w);
        let names = era_names(&bands, w);
        bands
            .iter()
            .map(|band| {
                // From the start edge; drawn from the left edge (see `Flow`).
                let (left, span) = flow.span(band.from, band.to, w);
                let name = names.iter().find(|n| n.era == band.era).map(|n| {
                    let text = if n.short { band.short_name.unwrap_or(band.name) } else { band.name };
                    let y = ERA_ROW * n.row as f64 + 15.0;
                    view! { <text x=px(flow.left(n.left + ERA_NAME_PAD, w)) y=px(y) data-row=n.row>{text}</text> }
                });
                view! {
                    <g class=format!("era-band era-band-{}", band.era % 4)>
                        <rect x=px(left) y=0 width=px(span) height=px(height())/>
                        {name}
                    </g>
                }
            })
            .collect_view()
    };
    let tick_marks = move || {
        let (v, w) = (viewport.get(), width.get());
        axis.get()
            .1
            .into_iter()
            .map(|t| {
                let x = v.x(t.at, w);
                let line = px(flow.left(x, w));
                view! {
                    <g class="tick">
                        <line x1=line x2=line y1=px(ERA_BAND) y2=px(height())/>
                        <text x=px(flow.left(x + 3.0, w)) y=px(ERA_BAND + 17.0)>{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    };
    // Keyed by event (and its place in the list, which changes only with the
    // filter): a link keeps its DOM node (and the focus on it) while it is
    // drawn, wherever the layout moves it; position, selection and Tab stop
    // are attributes.
    let top = |lane: usize| ERA_BAND + TICK_BAND + 6.0 + LANE_HEIGHT * lane as f64;
    let placed = move || layout.with(|l| l.placed.clone());
    // Where each drawn event is, by its index, so that a link that moves (a
    // cluster opening around the selection) moves in place and keeps the focus.
    let spots = Memo::new(move |_| {
        layout.with(|l| {
            let mut at = vec![None; events.with_untracked(Vec::len)];
            for p in &l.placed {
                if let Some(slot) = at.get_mut(p.index) {
                    *slot = Some((px(p.left), p.lane, px(p.width), p.anchor));
                }
            }
            at
        })
    });
    let placed_link = move |p: crate::model::geometry::timeline::Placed| {
        let index = p.index;
        let event = events.with_untracked(|es| es[index]);
        let label = labels.with_untracked(|ls| ls[index].clone());
        let href = move || route.with(|r| r.with_item(Some(&event.id)).to_hash());
        let spot = move || {
            spots.with(|s| s.get(index).copied().flatten()).unwrap_or((px(p.left), p.lane, px(p.width), p.anchor))
        };
        // The box the model measured: its width is the label's, so what the
        // model keeps apart the page keeps apart; the mark at the event's
        // moment is on the box's start edge, or its end edge near the chart's end.
        view! {
            <li class="chart-item" style:inset-inline-start=move || format!("{}px", spot().0) style:top=move || format!("{}px", px(top(spot().1)))>
                <a
                    class="chart-event"
                    class:chart-case=event.kind == crate::model::content::EventKind::Case
                    class:chart-turning=label.turning_point
                    data-anchor=move || spot().3.name()
                    style:width=move || format!("{}px", spot().2)
                    aria-label=label.name
                    href=href
                    data-index=index
                    tabindex=move || if tab_stop.get() == Some(index) { "0" } else { "-1" }
                    aria-current=move || (selected_index.get() == Some(index)).then_some("true")
                >
                    {label.text}
                </a>
            </li>
        }
    };
    let clusters = move || {
        let l = layout.get();
        let (v, w) = (viewport.get_untracked(), width.get_untracked());
        l.clusters
            .iter()
            .map(|c| {
                let (first, last) = years.with_untracked(|ys| (ys[c.members[0]], ys[*c.members.last().unwrap_or(&0)]));
                let n = c.members.len();
                let around = HistDate::from_fractional_year(v.year_at(c.x, w)).year();
                let zoom_to = move |_| viewport.set(Viewport::around(first, last).within(&bounds.get_untracked()));
                view! {
                    <li class="chart-item chart-cluster" style:inset-inline-start=format!("{}px", px(c.left)) style:top=format!("{}px", px(top(MAX_LANES)))>
                        <button type="button" on:click=zoom_to aria-label=counted(&t.show_more, n, &[("year", &around)])>
                            {format!("+{}", figure(n))}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let unit = move || axis.with(|(u, _)| u.name());
    let unit_label = move || axis.with(|(u, _)| fill(t.ticks, &[("unit", &u.label())]));

    view! {
        <div class="chart" on:keydown=on_key>
            <div class="chart-toolbar" role="group" aria-label=t.zoom_group>
                <button type="button" on:click=move |_| zoom_by(0.5)>{t.zoom_in}</button>
                <button type="button" on:click=move |_| zoom_by(2.0)>{t.zoom_out}</button>
                <button type="button" on:click=move |_| viewport.set(bounds.get_untracked())>{t.show_all}</button>
                <button type="button" on:click=to_list>{t.list_of_all_events}</button>
                <span class="chart-scale" data-unit=unit>{unit_label}</span>
                <span class="chart-hint">{t.chart_hint}</span>
            </div>
            <div
                class="chart-area"
                node_ref=area
                tabindex="-1"
                data-start-day=move || (viewport.get().start * 365.25).round() as i64
                data-end-day=move || (viewport.get().end * 365.25).round() as i64
                style:height=move || format!("{}px", px(height()))
                style:font-size=format!("{}px", px(LABEL_FONT_PX))
                on:wheel=on_wheel
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
            >
                // `direction` so that each label's start (text-anchor) is on the
                // side of its line or band that time moves towards.
                <svg class="chart-axis" aria-hidden="true" direction=flow.dir() style:font-size=format!("{}px", px(AXIS_FONT_PX)) width=move || px(width.get()) height=move || px(height())>
                    {era_bands}
                    {tick_marks}
                </svg>
                <ol class="chart-events" aria-label=t.events_on_timeline>
                    <For each=placed key=move |p| (p.index, events.with_untracked(|es| es.get(p.index).map(|e| std::ptr::from_ref::<Event>(e) as usize))) children=placed_link/>
                    {clusters}
                </ol>
            </div>
            <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
        </div>
    }
}
