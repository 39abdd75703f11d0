//! The model as it stood in a given year, drawn: a hierarchy aimed at track
//! one before 1991, nine linked tracks in a circle after.
//!
//! Every track is always in the SVG, so a change of year moves the nodes
//! (a CSS transition, none under reduced motion) instead of redrawing them;
//! tracks not yet in the model are hidden. The figure's accessible name is
//! [`ModelState::description`], the same story in words.

use super::app::use_app;
use crate::model::diagram::{Arrangement, ModelState};
use leptos::prelude::*;

use std::sync::atomic::{AtomicUsize, Ordering};

/// Gives each diagram its own marker id: several may share a page.
static DIAGRAMS: AtomicUsize = AtomicUsize::new(0);

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 300.0;
const NODE_R: f64 = 17.0;

/// Whole units: the drawing needs no fractions, and formatting floats would
/// add several kilobytes of code.
fn px(v: f64) -> i32 {
    v.round() as i32
}

#[component]
pub fn ModelDiagram(#[prop(into)] year: Signal<i32>) -> impl IntoView {
    let content = use_app().content;
    let marker_id = format!("arrowhead-{}", DIAGRAMS.fetch_add(1, Ordering::Relaxed));
    let marker_ref = format!("url(#{marker_id})");
    let state = Memo::new(move |_| ModelState::in_year(content, year.get()));
    let layout = Memo::new(move |_| state.with(|s| s.positions(WIDTH, HEIGHT)));
    let label = move || state.with(|s| s.description(content));
    let links = move || {
        let marker_ref = marker_ref.clone();
        let s = state.get();
        let at = layout.get();
        let hierarchy = s.arrangement == Arrangement::Hierarchy;
        s.links()
            .into_iter()
            .filter_map(|(a, b)| Some((at[usize::from(a - 1)]?, at[usize::from(b - 1)]?)))
            .map(|((x1, y1), (x2, y2))| {
                // Stop short of the target node so an arrowhead stays visible.
                let (dx, dy) = (x2 - x1, y2 - y1);
                let len = dx.hypot(dy).max(1.0);
                let (x2, y2) = if hierarchy { (x2 - dx / len * NODE_R, y2 - dy / len * NODE_R) } else { (x2, y2) };
                view! {
                    <line
                        x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2)
                        class=if hierarchy { "link link-up" } else { "link" }
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
            let place = move || layout.with(|l| l[index]);
            let transform = move || {
                let (x, y) = place().unwrap_or((WIDTH / 2.0, HEIGHT / 2.0));
                format!("translate({}px, {}px)", px(x), px(y))
            };
            view! {
                <g class="node" class:absent=move || place().is_none() style:transform=transform>
                    <circle r=px(NODE_R) fill=track.colour.as_str()/>
                    <text text-anchor="middle" dominant-baseline="central">{track.number}</text>
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

    view! {
        <figure class="model-diagram">
            <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(HEIGHT)) role="img" aria-label=label>
                <defs>
                    <marker id=marker_id viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/>
                    </marker>
                </defs>
                <g class="links">{links}</g>
                <g class="nodes">{nodes}</g>
            </svg>
            <figcaption>
                <strong>{caption}</strong>
                <ol class="diagram-legend" aria-label="Tracks shown">{legend}</ol>
            </figcaption>
        </figure>
    }
}
