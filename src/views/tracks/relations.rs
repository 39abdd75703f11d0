//! How each pair of tracks can work together: a half matrix, or on a phone
//! two tracks picked from nine chips.
//!
//! The matrix is a real table, so it is its own accessible alternative: row
//! and column headers name the two tracks of every cell. Each cell is a link
//! that selects the pair (`?pair=3-8`, in the URL like every selection), and
//! the pair's example and any sourced statement open under the table. The
//! stylesheet shows the matrix or the chips by the screen's width.

use crate::browser::hash_route::navigate;
use crate::browser::page_focus::reveal;
use crate::model::base::route::{Page, Route};
use crate::model::content::{Relation, Track};
use crate::model::geometry::relation_grid::{half_matrix, pick, RelationKind};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::cite::{CitedParagraph, Cites};
use crate::views::common::track_links::{TrackBadge, TrackLink};
use crate::views::context::use_app;
use leptos::prelude::*;

pub const RELATION_DETAILS_ID: &str = "relation-details";

/// The pair the URL selects, if any.
fn selected_pair() -> Memo<Option<[u8; 2]>> {
    let route = use_app().route;
    Memo::new(move |_| route.with(|r| r.param("pair").and_then(Relation::parse_key)))
}

/// One pair's example, marked as an illustration, what a source says of
/// it, and the real cases where the two tracks worked together.
#[component]
pub fn RelationBody(relation: &'static Relation) -> impl IntoView {
    let content = use_app().content();
    let cases = content.relation_cases_for(relation.tracks[0], relation.tracks[1]);
    let t = &ui().diagram;
    view! {
        <p class="illustrative">
            <strong class="tag">{t.illustrative_example}</strong>
            " " {relation.example.as_str()}
        </p>
        {relation.source.as_ref().map(|source| view! {
            <p class="sourced"><strong class="tag">{t.in_the_sources}</strong> " " {source.text.as_str()} <Cites cites=&source.cite/></p>
        })}
        {cases.into_iter().map(|case| {
            let event = content.event(&case.event);
            view! {
                <p class="sourced real-case">
                    <strong class="tag">{t.a_real_case}</strong> " " {case.text.as_str()} <Cites cites=&case.cite/>
                    {event.map(|e| view! { " " <a href=Route::item(Page::Timeline, &e.id).to_hash()>{fill(t.see_event, &[("date", &e.date_label()), ("title", &e.title)])}</a> })}
                </p>
            }
        }).collect_view()}
    }
}

fn pair_title(content: &'static crate::model::content::Dataset, relation: &Relation) -> String {
    let t = &ui().diagram;
    let name = |n: u8| content.track_label(n);
    fill(t.pair, &[("a", &name(relation.tracks[0])), ("b", &name(relation.tracks[1]))])
}

/// "Track 3: Business and Track 8: Funding: Resources for ventures".
fn pair_with_label(content: &'static crate::model::content::Dataset, relation: &Relation) -> String {
    fill(ui().diagram.pair_with_label, &[("pair", &pair_title(content, relation)), ("label", &relation.label)])
}

#[component]
fn RelationDetails(#[prop(into)] pair: Signal<Option<[u8; 2]>>) -> impl IntoView {
    let content = use_app().content();
    let t = &ui().diagram;
    view! {
        <section id=RELATION_DETAILS_ID class="relation-details card" aria-labelledby="relation-details-heading">
            <h3 id="relation-details-heading">{t.relation_details}</h3>
            {move || match pair.get().and_then(|[a, b]| content.relation(a, b)) {
                Some(relation) => view! {
                    <h4>{pair_with_label(content, relation)}</h4>
                    <RelationBody relation/>
                    <ul class="track-links">
                        {relation.tracks.iter().filter_map(|n| content.track(*n)).map(|track| view! { <li><TrackLink track/></li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! { <p class="hint">{t.relation_hint}</p> }.into_any(),
            }}
        </section>
    }
}

/// A track named by its number and short name on sight ("3 Business"),
/// and in full to a screen reader ("Track 3: Business").
fn short_track(track: &'static Track) -> impl IntoView {
    view! {
        <TrackBadge track/>
        " "
        <span aria-hidden="true">{track.circle_name.as_str()}</span>
        <span class="visually-hidden">{track.label()}</span>
    }
}

/// The half matrix: each pair once, below the diagonal; `track` (the
/// selected track) lights its row, its column and its cells.
#[component]
fn HalfMatrix(#[prop(into)] track: Signal<Option<u8>>, pair: Memo<Option<[u8; 2]>>) -> impl IntoView {
    let app = use_app();
    let content = app.content();
    let route = app.route;
    let t = &ui().diagram;
    let (columns, rows) = half_matrix(content);
    let header = columns
        .iter()
        .map(|col| view! { <th scope="col" class:lit=move || track.get() == Some(col.number)>{short_track(col)}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .flatten()
                .map(|(relation, kind)| {
                    let key = relation.key();
                    let href = move || route.with(|r| r.with_param("pair", &key).to_hash());
                    let current = move || pair.get() == Some(relation.tracks);
                    let lit = move || track.get().is_some_and(|t| relation.tracks.contains(&t));
                    view! {
                        <td class=kind.class() class:lit=lit class:current=current>
                            <a href=href aria-current=move || current().then_some("true")>
                                <span class="mark" aria-hidden="true">{kind.symbol()}</span>
                                " "
                                {relation.label.as_str()}
                                {(kind == RelationKind::Sourced).then_some(t.with_a_source).map(|w| view! { <span class="visually-hidden">{w}</span> })}
                            </a>
                        </td>
                    }
                })
                .collect_view();
            let number = row.track.number;
            view! {
                <tr class:lit=move || track.get() == Some(number)>
                    <th scope="row">{short_track(row.track)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="relation-grid">
            <table class="relation-matrix">
                <caption>{t.matrix_caption}</caption>
                <thead><tr><td></td>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <ul class="relation-legend">
                <li><span class="mark sourced" aria-hidden="true">{RelationKind::Sourced.symbol()}</span>{t.legend_sourced}</li>
                <li><span class="mark illustrative" aria-hidden="true">{RelationKind::Illustrative.symbol()}</span>{t.legend_illustrative}</li>
            </ul>
        </div>
    }
}

/// On a phone, in place of the matrix: nine chips, two of which make a
/// pair, shown in the same details as a cell of the matrix.
#[component]
fn PickTwo(pair: Memo<Option<[u8; 2]>>) -> impl IntoView {
    let app = use_app();
    let content = app.content();
    let t = &ui().diagram;
    let first = RwSignal::new(None::<u8>);
    let chips = content
        .tracks
        .iter()
        .map(|track| {
            let n = track.number;
            let pressed = move || first.get().map_or_else(|| pair.get().is_some_and(|p| p.contains(&n)), |a| a == n);
            let press = move |_| {
                let (next, made) = pick(first.get_untracked(), n);
                first.set(next);
                if let Some(relation) = made.and_then(|[a, b]| content.relation(a, b)) {
                    navigate(&app.route.get_untracked().with_param("pair", &relation.key()), false);
                }
            };
            view! {
                <li><button type="button" class="chip" aria-pressed=move || pressed().to_string() on:click=press>{short_track(track)}</button></li>
            }
        })
        .collect_view();
    let status = move || first.get().map(|n| fill(t.pick_second, &[("track", &content.track_label(n))]));
    view! {
        <div class="pick-two" role="group" aria-labelledby="pick-two-label">
            <p id="pick-two-label" class="pick-two-label">{t.pick_two}</p>
            <ul class="chips">{chips}</ul>
            <p class="hint" role="status">{status}</p>
        </div>
    }
}

/// The relations: the half matrix, or on a phone the chips, over the
/// selected pair's details.
#[component]
pub fn RelationMatrix(#[prop(into)] track: Signal<Option<u8>>) -> impl IntoView {
    let content = use_app().content();
    let pair = selected_pair();
    let announcement = RwSignal::new(String::new());
    Effect::new(move |previous: Option<Option<[u8; 2]>>| {
        let now = pair.get();
        if previous.is_some_and(|p| p != now) {
            let relation = now.and_then(|[a, b]| content.relation(a, b));
            announcement.set(relation.map(|r| pair_with_label(content, r)).unwrap_or_default());
            if now.is_some() {
                request_animation_frame(|| {
                    reveal(RELATION_DETAILS_ID);
                });
            }
        }
        now
    });
    let relations = &content.relations;
    view! {
        <CitedParagraph passage=&relations.intro/>
        <p class="basis">{relations.basis.as_str()}</p>
        <HalfMatrix track pair/>
        <PickTwo pair/>
        <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
        <RelationDetails pair/>
    }
}

/// Every relation as text, for the whole-content document.
#[component]
pub fn RelationList() -> impl IntoView {
    let content = use_app().content();
    view! {
        <p class="basis">{content.relations.basis.as_str()}</p>
        <dl class="relation-list">
            {content.relations.items.iter().map(|relation| view! {
                <dt>{pair_with_label(content, relation)}</dt>
                <dd><RelationBody relation/></dd>
            }).collect_view()}
        </dl>
    }
}
