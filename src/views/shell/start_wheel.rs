//! The start page's picture: the nine tracks in their circle, each named
//! beside its node and a link to its profile.
//!
//! Why not the Tracks view's diagram: that one morphs between the model's
//! stages, highlights links and goes round with the arrow keys, and all of
//! it would load with every start page, past the first load's budget. This
//! draws the same layout (`ModelState::layout`) once, with plain links.

use crate::model::base::route::{Page, Route};
use crate::model::geometry::diagram::{ModelState, CIRCLE_YEAR};
use crate::model::geometry::diagram_labels::{HEIGHT, NODE_R, WIDTH};
use crate::model::geometry::timeline::Flow;
use crate::views::context::use_app;
use leptos::prelude::*;

/// Whole units: formatting floats would add kilobytes of code.
fn px(v: f64) -> i32 {
    v.round() as i32
}

#[component]
pub fn StartWheel() -> impl IntoView {
    let content = use_app().content();
    let state = ModelState::in_year(content, CIRCLE_YEAR);
    let layout = state.layout(content, Flow::current());
    let at = |n: u8| layout.nodes[usize::from(n - 1)];
    let links = state
        .links()
        .into_iter()
        .filter_map(|(a, b)| Some((at(a)?, at(b)?)))
        .map(|((x1, y1), (x2, y2))| view! { <line class="link" x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2)/> })
        .collect_view();
    let nodes = content
        .tracks
        .iter()
        .filter_map(|track| {
            let i = usize::from(track.number - 1);
            let ((x, y), label) = (layout.nodes[i]?, layout.labels[i].clone()?);
            let lines = label
                .lines
                .iter()
                .enumerate()
                .map(|(k, line)| view! { <tspan x=px(label.x - x) y=px(label.line_y(k) - y)>{line.clone()}</tspan> })
                .collect_view();
            Some(view! {
                <a class="node-link" href=Route::item(Page::Tracks, track.number.to_string()).to_hash() aria-label=track.label()>
                    <g class="node" transform=format!("translate({} {})", px(x), px(y))>
                        <g class="tc" style:--tc=track.colour.clone() style:--tc-dark=track.colour_dark.clone()>
                            <circle r=px(NODE_R)/>
                            <text class="node-number" text-anchor="middle" dominant-baseline="central">{track.number}</text>
                            <text class="node-label" text-anchor=label.anchor.svg() direction="ltr" aria-hidden="true">{lines}</text>
                        </g>
                    </g>
                </a>
            })
        })
        .collect_view();
    view! {
        <figure class="model-diagram start-wheel">
            <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(HEIGHT)) role="group" aria-label=state.description(content)>
                <g class="links">{links}</g>
                <g class="nodes">{nodes}</g>
            </svg>
            <figcaption>{state.caption()}</figcaption>
        </figure>
    }
}
