//! The model as it stood in a given year, drawn: a hierarchy aimed at track
//! one before 1991, nine linked tracks in a circle after.
//!
//! Every track is always in the SVG, so a change of year moves the nodes
//! (a CSS transition of the `transform` set through the CSSOM, which CSS
//! could not do for the attribute; none under reduced motion) instead of
//! redrawing them, and the new links and names fade in; tracks not yet in
//! the model are hidden. The figure's accessible name is
//! [`ModelState::description`], the same story in words.
//!
//! Right to left (Arabic) the drawing is mirrored, so the tracks follow one
//! another in the reading direction (`ModelState::layout`), and Left and
//! Right go round it as drawn; the numbers are not mirrored.

use crate::browser::hash_route::navigate;
use crate::browser::page_focus::focus_within;
use crate::model::geometry::diagram::{circle_step, Arrangement, ModelState};
use crate::model::geometry::diagram_labels::{DiagramLayout, HEIGHT, NODE_R, WIDTH};
use crate::model::geometry::timeline::Flow;
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::track_links::TrackBadge;
use crate::views::context::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use std::sync::atomic::{AtomicUsize, Ordering};

/// Gives each diagram its own marker id: several may share a page.
static DIAGRAMS: AtomicUsize = AtomicUsize::new(0);

/// Whole units: the drawing needs no fractions, and formatting floats would
/// add several kilobytes of code.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The track after `from` among `present` (in order), going round in `step` direction.
fn round_the_circle(present: &[u8], from: u8, step: isize) -> u8 {
    let Some(i) = present.iter().position(|&t| t == from) else { return present.first().copied().unwrap_or(1) };
    let len = present.len() as isize;
    present[(i as isize + step).rem_euclid(len) as usize]
}

/// Where a track's node is (`None` while it is not in the model) and the
/// CSS transform that puts it, and its name, there.
fn node_place(
    layout: Memo<DiagramLayout>,
    index: usize,
) -> (impl Fn() -> Option<(f64, f64)> + Copy, impl Fn() -> String + Copy) {
    let place = move || layout.with(|l| l.nodes[index]);
    let transform = move || {
        let (x, y) = place().unwrap_or((WIDTH / 2.0, HEIGHT / 2.0));
        format!("translate({}px, {}px)", px(x), px(y))
    };
    (place, transform)
}

/// Under the circle, what each of the selected track's links is for: the
/// drawing's 36 lines carry meaning only once they are named.
fn link_meanings(state: &ModelState, track: u8) -> impl IntoView {
    let app = use_app();
    let meanings = state.link_meanings(app.content(), track);
    (!meanings.is_empty()).then(|| {
        let items = meanings
            .into_iter()
            .map(|(other, key, label)| {
                let href = app.route.with_untracked(|r| r.with_param("pair", &key).to_hash());
                view! {
                    <li>
                        <a href=href><TrackBadge track=other/>{other.circle_name.as_str()}</a>
                        ": " {label}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="links-for">{fill(ui().diagram.links_for, &[("n", &track)])}</p>
            <ul class="link-meanings">{items}</ul>
        }
    })
}

/// The model drawn for a year. With `selected` (the Tracks view) the nodes
/// are links to the tracks: one Tab stop, arrow keys go round the circle,
/// Enter selects, Escape clears; the focused or selected track's links are
/// highlighted and the others fade.
#[component]
pub fn ModelDiagram(
    #[prop(into)] year: Signal<i32>,
    #[prop(optional, into)] selected: Option<Signal<Option<u8>>>,
) -> impl IntoView {
    let content = use_app().content();
    let route = use_app().route;
    let flow = Flow::current();
    let interactive = selected.is_some();
    let selected = move || selected.and_then(|s| s.get());
    let focused = RwSignal::new(None::<u8>);
    let highlighted = move || focused.get().or_else(selected);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let announcement = RwSignal::new(String::new());
    let marker_id = format!("arrowhead-{}", DIAGRAMS.fetch_add(1, Ordering::Relaxed));
    let marker_ref = format!("url(#{marker_id})");
    let state = Memo::new(move |_| ModelState::in_year(content, year.get()));
    let layout = Memo::new(move |_| state.with(|s| s.layout(content, flow)));
    let label = move || state.with(|s| s.description(content));
    Effect::new(move |previous: Option<Option<u8>>| {
        let now = selected();
        if previous.is_some() && now != previous.flatten() {
            announcement.set(now.map(|n| state.with_untracked(|s| s.selection_text(content, n))).unwrap_or_default());
        }
        now
    });
    let links = move || {
        let marker_ref = marker_ref.clone();
        let s = state.get();
        let at = layout.with(|l| l.nodes.clone());
        let hierarchy = s.arrangement == Arrangement::Hierarchy;
        s.links()
            .into_iter()
            .filter_map(|(a, b)| Some((a, b, at[usize::from(a - 1)]?, at[usize::from(b - 1)]?)))
            .map(|(a, b, (x1, y1), (x2, y2))| {
                // Only the class follows the highlight: a line drawn anew
                // fades in (style/main.css), which a new stage's links should
                // and a focus change's should not.
                let class = move || match (hierarchy, highlighted()) {
                    (true, _) => "link link-up",
                    (false, Some(t)) if t == a || t == b => "link active",
                    (false, Some(_)) => "link faded",
                    (false, None) => "link",
                };
                // Stop short of the target node so an arrowhead stays visible.
                let (dx, dy) = (x2 - x1, y2 - y1);
                let len = dx.hypot(dy).max(1.0);
                let (x2, y2) = if hierarchy { (x2 - dx / len * NODE_R, y2 - dy / len * NODE_R) } else { (x2, y2) };
                view! {
                    <line
                        x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2)
                        class=class
                        marker-end=hierarchy.then(|| marker_ref.clone())
                    />
                }
            })
            .collect_view()
    };
    let nodes = content
        .tracks
        .iter()
        .map(|track| {
            let index = usize::from(track.number - 1);
            let (place, transform) = node_place(layout, index);
            let number = track.number;
            let node = view! {
                <g class="node" class:absent=move || place().is_none() style:transform=transform>
                    <g class="tc" style:--tc=track.colour.clone() style:--tc-dark=track.colour_dark.clone()>
                        <circle r=px(NODE_R)/>
                        <text class="node-number" text-anchor="middle" dominant-baseline="central">{number}</text>
                    </g>
                </g>
            };
            if !interactive {
                return node.into_any();
            }
            let href = move || route.with(|r| r.with_item(Some(&number.to_string())).to_hash());
            // One Tab stop: the selected track if shown, else track one; tracks
            // not yet in the model are out of reach.
            let present = move || place().is_some();
            let tab_stop = move || {
                let target = selected().filter(|n| state.with(|s| s.tracks.contains(n))).unwrap_or(1);
                if present() && target == number {
                    "0"
                } else {
                    "-1"
                }
            };
            // Inside a <g> in the same macro, <a> is the SVG link, not the HTML one.
            view! {
                <g>
                <a
                    class="node-link"
                    class:selected=move || selected() == Some(number)
                    href=href
                    data-track=number
                    tabindex=tab_stop
                    aria-label=track.label()
                    aria-hidden=move || (!present()).then_some("true")
                    aria-current=move || (selected() == Some(number)).then_some("true")
                    on:focus=move |_| focused.set(Some(number))
                    on:blur=move |_| focused.set(None)
                >
                    {node}
                </a>
                </g>
            }
            .into_any()
        })
        .collect_view();
    // Each name moves with its node, in a layer of its own outside the
    // links: a link's visible text must be part of its name ("Track 3:
    // Business"), and the number is. Its place beside the node changes with
    // the arrangement; `direction="ltr"` makes the anchor a side of the page,
    // as the layout means it, in Arabic too.
    let names = content
        .tracks
        .iter()
        .map(|track| {
            let index = usize::from(track.number - 1);
            let (place, transform) = node_place(layout, index);
            let name = move || {
                layout.with(|l| {
                    let (Some((x, y)), Some(label)) = (l.nodes[index], l.labels[index].as_ref()) else { return None };
                    let (lx, anchor) = (px(label.x - x), label.anchor.svg());
                    let lines = label
                        .lines
                        .iter()
                        .enumerate()
                        .map(|(i, line)| view! { <tspan x=lx y=px(label.line_y(i) - y)>{line.clone()}</tspan> })
                        .collect_view();
                    Some(view! { <text class="node-label" text-anchor=anchor direction="ltr">{lines}</text> })
                })
            };
            view! {
                <g class="node-name tc" class:absent=move || place().is_none() style:transform=transform
                    style:--tc=track.colour.clone() style:--tc-dark=track.colour_dark.clone()>
                    {name}
                </g>
            }
        })
        .collect_view();
    let caption = move || state.with(ModelState::caption);
    let legend = move || {
        state
            .get()
            .tracks
            .into_iter()
            .filter_map(|n| content.track(n))
            .map(|t| view! { <li>{t.label()}</li> })
            .collect_view()
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !interactive {
            return;
        }
        let Some(from) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-track]").ok().flatten())
            .and_then(|el| el.get_attribute("data-track"))
            .and_then(|n| n.parse::<u8>().ok())
        else {
            return;
        };
        let present = state.with_untracked(|s| s.tracks.clone());
        let key = ev.key();
        let to = match (circle_step(&key, flow), key.as_str()) {
            (Some(step), _) => round_the_circle(&present, from, step),
            (None, "Home") => present.first().copied().unwrap_or(1),
            (None, "End") => present.last().copied().unwrap_or(9),
            (None, "Escape") => {
                navigate(&route.get_untracked().with_item(None), false);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        focus_within(svg_ref.get_untracked().as_deref(), &format!("[data-track='{to}']"));
    };

    view! {
        <figure class="model-diagram" class:interactive=interactive>
            <svg
                node_ref=svg_ref
                viewBox=format!("0 0 {} {}", px(WIDTH), px(HEIGHT))
                role=if interactive { "group" } else { "img" }
                aria-label=label
                on:keydown=on_key
            >
                <defs>
                    <marker id=marker_id viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/>
                    </marker>
                </defs>
                <g class="links">{links}</g>
                <g class="nodes">{nodes}</g>
                <g class="names" aria-hidden="true">{names}</g>
            </svg>
            <figcaption>
                <strong>{caption}</strong>
                <ol class="diagram-legend" aria-label=ui().diagram.tracks_shown>{legend}</ol>
                {interactive.then(|| view! {
                    <p class="selection-text">
                        {move || selected().map(|n| state.with(|s| s.selection_text(content, n)))}
                    </p>
                    {move || selected().map(|n| link_meanings(&state.get(), n))}
                    <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
                })}
            </figcaption>
        </figure>
    }
}
