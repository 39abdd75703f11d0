//! The start page: the nine-track wheel, one sentence and three ways in
//! (teach, learn, map a conflict), then what the model says.
//!
//! Why this order: a class sees the first screen for a few seconds before
//! anyone scrolls, so it carries the picture and the choices; the cited
//! paragraphs follow, their sources behind markers.

use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::ui;
use crate::views::common::cite::MarkedParagraph;
use crate::views::common::layout::{PageHeading, Section};
use crate::views::common::track_wheel::TrackWheel;
use crate::views::context::use_app;
use crate::views::tours::tour::use_tours;
use leptos::prelude::*;

/// The tour "Teach a lesson" starts: the history in ten steps.
const LESSON_TOUR: &str = "history";

/// One way in: a large target with its title and what it gives (`main`,
/// a link or a button), then a second, smaller way.
#[component]
fn Entry(main: AnyView, more: &'static str, more_href: String) -> impl IntoView {
    view! {
        <li class="entry">
            {main}
            <a class="entry-more" href=more_href>{more}</a>
        </li>
    }
}

/// The words inside an entry's main target.
fn entry_words(title: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <span class="entry-title">{title}</span>
        <span class="entry-text">{text}</span>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_app().content();
    let tours = use_tours();
    let t = &ui().home;
    let teach = view! {
        <button type="button" class="entry-main" on:click=move |_| tours.start(LESSON_TOUR, 0)>
            {entry_words(t.teach_title, t.teach_text)}
        </button>
    }
    .into_any();
    let link = |page: Page, title: &'static str, text: &'static str| {
        view! { <a class="entry-main" href=Route::page(page).to_hash()>{entry_words(title, text)}</a> }.into_any()
    };
    view! {
        <div class="home-hero">
            <div class="home-head">
                <PageHeading page=Page::Home/>
                <p class="tagline">{t.tagline}</p>
            </div>
            <div class="home-wheel">
                <TrackWheel/>
                <p class="hint">{t.wheel_hint}</p>
            </div>
            <ul class="entries" aria-label=t.entries_label>
                <Entry main=teach more=t.teach_more more_href=Route::page(Page::Handout).to_hash()/>
                <Entry main=link(Page::Timeline, t.learn_title, t.learn_text)
                    more=t.learn_more more_href=Route::page(Page::Quiz).to_hash()/>
                <Entry main=link(Page::Cases, t.map_title, t.map_text)
                    more=t.map_more more_href=Route::page(Page::Tracks).to_hash()/>
            </ul>
        </div>
        <Section id="home-what" title=t.home_what_title>
            {content.overview.iter().map(|p| view! { <MarkedParagraph passage=p/> }).collect_view()}
        </Section>
    }
}
