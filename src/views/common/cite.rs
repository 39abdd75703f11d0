//! Citations, quotations, disputes and cited passages: the small pieces every
//! view uses to show where a statement comes from.

use crate::model::base::route::{Page, Route};
use crate::model::content::{Citation, Dataset, Dispute, Passage, Quote};
use crate::model::i18n::ui_text::{fill, ui};
use crate::views::context::use_app;
use leptos::prelude::*;

/// "Montville & Davidson 1981, p. 155"
pub fn citation_text(short: &str, pages: Option<&str>) -> String {
    let t = &ui().cite;
    match pages {
        Some(p) if p.contains('-') => fill(t.citation_pages, &[("short", &short), ("pages", &p)]),
        Some(p) => fill(t.citation_page, &[("short", &short), ("pages", &p)]),
        None => short.to_string(),
    }
}

/// A citation's words ("McDonald 2003, p. 4") and its link into the References view.
fn citation_link(content: &Dataset, c: &Citation) -> (String, String) {
    let short = content.reference(&c.reference).map_or(c.reference.as_str(), |r| r.short.as_str());
    (citation_text(short, c.pages.as_deref()), Route::item(Page::References, &c.reference).to_hash())
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
    let any = !cites.is_empty();
    let t = &ui().cite;
    // Drawn again once the cases arrive: a tour step may cite their sources.
    let items = move || {
        app.joined.track();
        let content = app.content();
        cites
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (text, href) = citation_link(content, c);
                view! { {(i > 0).then_some(t.separator)}<a href=href>{text}</a> }
            })
            .collect_view()
    };
    // No sources, no "(Sources: )": a reader's own event may cite none.
    any.then(|| view! { <span class="cites">{t.sources_before} {items} {t.sources_after}</span> })
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

/// A passage whose sources stand behind markers, for a page that must read
/// at a glance: each marker is the source's number in the References list,
/// a link to it, named in full for a screen reader and on hover.
#[component]
pub fn MarkedParagraph(passage: &'static Passage) -> impl IntoView {
    let content = use_app().content();
    let marks = passage
        .cite
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let number = content.references.iter().position(|r| r.id == c.reference).map_or(0, |i| i + 1);
            let (citation, href) = citation_link(content, c);
            let label = fill(ui().cite.marker_label, &[("n", &number), ("citation", &citation)]);
            view! { {(i > 0).then_some(",")}<a href=href title=label.clone() aria-label=label>{number}</a> }
        })
        .collect_view();
    view! { <p>{passage.text.as_str()}<sup class="cite-marks">{marks}</sup></p> }
}

/// A quotation in its original words; in a translated dataset, the
/// translation is the reading text and the original (English) stands beside it.
#[component]
pub fn QuoteBlock(quote: &'static Quote) -> impl IntoView {
    let t = &ui().cite;
    let words = match quote.translation.as_deref() {
        None => view! { <blockquote><p>{format!("\u{201c}{}\u{201d}", quote.text)}</p></blockquote> }.into_any(),
        Some(translation) => view! {
            <div class="quote-translation">
                <p class="quote-label">{ui().app.translation_label}</p>
                <blockquote><p>{fill(t.quoted, &[("text", &translation)])}</p></blockquote>
            </div>
            <div class="quote-original">
                <p class="quote-label">{t.original_label}</p>
                <blockquote lang="en" dir="ltr"><p>{format!("\u{201c}{}\u{201d}", quote.text)}</p></blockquote>
            </div>
        }
        .into_any(),
    };
    view! {
        <figure class="quote">
            {words}
            <figcaption>
                "\u{2014} " {quote.by.as_str()} <Cite cite=&quote.cite/>
                {quote.note.as_deref().map(|n| view! { <span class="quote-note">{t.quote_note} {n}</span> })}
            </figcaption>
        </figure>
    }
}

/// Where sources disagree, every reading with its sources.
#[component]
pub fn DisputeNote(dispute: &'static Dispute) -> impl IntoView {
    let t = &ui().cite;
    view! {
        <div class="dispute" role="note" aria-label=fill(t.sources_differ, &[("about", &dispute.about)])>
            <p class="dispute-title"><strong>{t.sources_differ_lead}</strong>{dispute.about.as_str()}</p>
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
