//! The start page: what multi-track diplomacy is, its eras, and where to go next.

use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::common::cite::CitedParagraph;
use crate::views::common::layout::{PageHeading, Section};
use crate::views::context::use_app;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_app().content();
    let (t, p) = (&ui().home, &ui().pages);
    view! {
        <PageHeading page=Page::Home/>
        <Section id="home-what" title=t.home_what_title>
            {content.overview.iter().map(|p| view! { <CitedParagraph passage=p/> }).collect_view()}
        </Section>
        <Section id="home-eras" title=t.home_eras_title>
            <ol class="cards era-cards">
                {content.eras.iter().map(|era| {
                    let first = content.events_in_era(era).into_iter().next();
                    view! {
                        <li class="card">
                            <h3>{era.name.as_str()}" "<span class="era-span">{era.span_label()}</span></h3>
                            <p>{era.summary.as_str()}</p>
                            {first.map(|e| view! {
                                <p><a href=Route::item(Page::Timeline, &e.id).to_hash()>{fill(t.start_at, &[("date", &e.date_label()), ("title", &e.title)])}</a></p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Section>
        <Section id="home-explore" title=t.explore_title>
            <ul class="explore">
                <li><a href=Route::page(Page::Timeline).to_hash()>{p.title_timeline}</a>{t.explore_timeline_after}</li>
                <li><a href=Route::page(Page::Tracks).to_hash()>{p.title_tracks}</a>{t.explore_tracks_after}</li>
                <li><a href=Route::page(Page::Principles).to_hash()>{p.title_principles}</a>{t.explore_principles_after}</li>
                <li><a href=Route::page(Page::Concepts).to_hash()>{p.title_concepts}</a>{t.explore_concepts_after}</li>
                <li><a href=Route::page(Page::ReadAll).to_hash()>{p.title_read_all}</a>{t.explore_read_all_after}</li>
            </ul>
        </Section>
    }
}
