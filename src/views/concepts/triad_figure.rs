//! The systems triad drawn as three overlapping circles: what must change
//! (conflict transformation), how change happens (peacebuilding) and who acts
//! and where (multi-track diplomacy). The overlap is the point: one system
//! seen from three sides.
//!
//! Each circle is a link that selects its card (`#/concepts/peacebuilding`),
//! so the figure and the text below it stay one selection in the URL.
//!
//! Right to left (Arabic) the circles are mirrored, so the parts follow one
//! another in the reading direction; their words are not.

use crate::model::base::route::{Page, Route};
use crate::model::content::TriadPart;
use crate::model::geometry::timeline::Flow;
use crate::model::i18n::ui_text::ui;
use crate::views::common::layout::is_selected;
use crate::views::context::use_app;
use leptos::prelude::*;

/// The figure's width, in figure units (its `viewBox`).
const WIDTH: i32 = 300;
/// Centre of each circle and where its words go, in figure units, left to right.
const PLACES: [((i32, i32), (i32, i32)); 3] =
    [((150, 92), (150, 62)), ((100, 176), (74, 206)), ((200, 176), (226, 206))];
const RADIUS: i32 = 78;

/// Each line ends in a space so the link's accessible name (its text) reads
/// as words. Splits text longer than `max` characters at the space nearest its middle,
/// so it fits inside its circle.
fn two_lines(text: &str, max: usize) -> Vec<&str> {
    let middle = text.len() / 2;
    let split = text.match_indices(' ').map(|(i, _)| i).min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) if text.len() > max => vec![&text[..i], &text[i + 1..]],
        _ => vec![text],
    }
}

fn part(index: usize, t: &'static TriadPart) -> impl IntoView {
    let ((cx, cy), (tx, ty)) = PLACES[index % PLACES.len()];
    let flow = Flow::current();
    let (cx, tx) = (flow.left(cx.into(), WIDTH.into()) as i32, flow.left(tx.into(), WIDTH.into()) as i32);
    let selected = is_selected(Page::Concepts, &t.id);
    let name = two_lines(&t.concept, 14);
    let question = two_lines(&t.question, 14);
    let first_line = ty - 8 * (name.len() + question.len()) as i32;
    let tspans = move |lines: Vec<&'static str>, class: &'static str, gap: &'static str| {
        lines
            .into_iter()
            .enumerate()
            .map(move |(i, line)| view! { <tspan x=tx dy=if i == 0 { gap } else { "1.15em" } class=class>{format!("{line} ")}</tspan> })
            .collect_view()
    };
    view! {
        <g>
            <a
                class=format!("triad-part triad-{index}")
                class:selected=selected
                href=Route::item(Page::Concepts, &t.id).to_hash()
                aria-current=move || selected.get().then_some("true")
            >
                <circle cx=cx cy=cy r=RADIUS/>
                <text x=tx y=first_line text-anchor="middle">
                    {tspans(name, "triad-name", "0")}
                    {tspans(question, "triad-q", "1.4em")}
                </text>
            </a>
        </g>
    }
}

#[component]
pub fn TriadFigure() -> impl IntoView {
    let triad = &use_app().content().concepts.triad;
    view! {
        <figure class="triad-figure">
            <svg viewBox="0 0 300 262" role="group" aria-label=ui().diagram.triad_label>
                {triad.iter().enumerate().map(|(i, t)| part(i, t)).collect_view()}
            </svg>
            <figcaption>{ui().diagram.triad_caption}</figcaption>
        </figure>
    }
}
