//! How each pair of tracks can work together, as a 9x9 matrix.
//!
//! The matrix is a real table, so it is its own accessible alternative: row
//! and column headers name the two tracks of every cell. Each cell is a link
//! that selects the pair (`?pair=3-8`, in the URL like every selection), and
//! the pair's example and any sourced statement open under the table.

use crate::browser::page_focus::reveal;
use crate::model::base::route::{Page, Route};
use crate::model::content::Relation;
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

/// The 9x9 table; `track` (the selected track) lights its row and column.
#[component]
pub fn RelationMatrix(#[prop(into)] track: Signal<Option<u8>>) -> impl IntoView {
    let app = use_app();
    let content = app.content();
    let route = app.route;
    let t = &ui().diagram;
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
    let header = content
        .tracks
        .iter()
        .map(|col| {
            view! {
                <th scope="col" class:lit=move || track.get() == Some(col.number)>
                    <TrackBadge track=col/>
                    <span class="visually-hidden">{col.label()}</span>
                </th>
            }
        })
        .collect_view();
    let rows = content
        .tracks
        .iter()
        .map(|row| {
            let cells = content
                .tracks
                .iter()
                .map(|col| match content.relation(row.number, col.number) {
                    None => view! { <td class="same"><span aria-hidden="true">"\u{2014}"</span><span class="visually-hidden">{t.same_track}</span></td> }.into_any(),
                    Some(relation) => {
                        let key = relation.key();
                        let href = move || route.with(|r| r.with_param("pair", &key).to_hash());
                        let current = move || pair.get() == Some(relation.tracks);
                        let lit = move || track.get().is_some_and(|t| relation.tracks.contains(&t));
                        let real = !content.relation_cases_for(row.number, col.number).is_empty();
                        view! {
                            <td class:lit=lit class:current=current class:sourced=relation.source.is_some() || real>
                                <a href=href aria-current=move || current().then_some("true")>
                                    {relation.label.as_str()}
                                    {(relation.source.is_some() || real).then(|| view! { <span class="visually-hidden">{t.with_a_source}</span> })}
                                </a>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <tr class:lit=move || track.get() == Some(row.number)>
                    <th scope="row"><TrackBadge track=row/>{row.name.as_str()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let relations = &content.relations;
    view! {
        <CitedParagraph passage=&relations.intro/>
        <p class="basis">{relations.basis.as_str()} {t.dot_note}</p>
        <div class="matrix-scroll" role="region" aria-labelledby="relation-caption" tabindex="0">
            <table class="relation-matrix">
                <caption id="relation-caption">{t.matrix_caption}</caption>
                <thead><tr><td></td>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
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
