//! Citations, quotations, disputes and cited passages: the small pieces every
//! view uses to show where a statement comes from.

use super::app::use_app;
use crate::model::content::{Citation, Dispute, Passage, Quote};
use crate::model::route::{Page, Route};
use leptos::prelude::*;

/// "Montville & Davidson 1981, p. 155"
pub fn citation_text(short: &str, pages: Option<&str>) -> String {
    match pages {
        Some(p) if p.contains('-') => format!("{short}, pp. {p}"),
        Some(p) => format!("{short}, p. {p}"),
        None => short.to_string(),
    }
}

/// A list of sources, each a link into the References view.
#[component]
pub fn Cites(cites: &'static [Citation]) -> impl IntoView {
    cites_view(cites)
}

/// [`Cites`] for citations that are not part of the built-in content (a
/// tour's step, which may be a teacher's own).
pub fn cites_view(cites: &[Citation]) -> impl IntoView {
    let app = use_app();
    let cites = cites.to_vec();
    // Drawn again once the cases arrive: a tour step may cite their sources.
    let items = move || {
        app.joined.track();
        let content = app.content();
        cites
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let short = content.reference(&c.reference).map_or(c.reference.as_str(), |r| r.short.as_str());
                let text = citation_text(short, c.pages.as_deref());
                let href = Route::item(Page::References, &c.reference).to_hash();
                view! { {(i > 0).then_some("; ")}<a href=href>{text}</a> }
            })
            .collect_view()
    };
    view! { <span class="cites">" (Sources: " {items} ")"</span> }
}

/// One source, as a single link (for quotations).
#[component]
pub fn Cite(cite: &'static Citation) -> impl IntoView {
    view! { <Cites cites=std::slice::from_ref(cite)/> }
}

#[component]
pub fn CitedParagraph(passage: &'static Passage) -> impl IntoView {
    view! { <p>{passage.text.as_str()} <Cites cites=&passage.cite/></p> }
}

#[component]
pub fn QuoteBlock(quote: &'static Quote) -> impl IntoView {
    view! {
        <figure class="quote">
            <blockquote><p>{format!("\u{201c}{}\u{201d}", quote.text)}</p></blockquote>
            <figcaption>
                "\u{2014} " {quote.by.as_str()} <Cite cite=&quote.cite/>
                {quote.note.as_deref().map(|n| view! { <span class="quote-note">" Note: " {n}</span> })}
            </figcaption>
        </figure>
    }
}

/// Where sources disagree, every reading with its sources.
#[component]
pub fn DisputeNote(dispute: &'static Dispute) -> impl IntoView {
    view! {
        <div class="dispute" role="note" aria-label=format!("Sources differ: {}", dispute.about)>
            <p class="dispute-title"><strong>"Sources differ: "</strong>{dispute.about.as_str()}</p>
            <ul>
                {dispute
                    .readings
                    .iter()
                    .map(|r| view! { <li>{r.says.as_str()} <Cites cites=&r.cite/></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}
