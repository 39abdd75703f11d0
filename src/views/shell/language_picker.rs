//! The header's "Language" menu, and the note a translated page carries.
//!
//! Why links and not a `<select>`: choosing reopens the page in the other
//! language, and a select that navigates on change surprises keyboard and
//! screen-reader users (WCAG 3.2.2); a link says what it does, opens in a
//! new tab if asked, and works before any script has run.

use crate::browser::language::{remember, this_page_in};
use crate::model::base::lang::Lang;
use crate::model::i18n::ui_text::{lang as page_lang, ui};
use leptos::prelude::*;

/// A language link's click handler: remembers `chosen` in the reader's
/// settings and beside them (see `browser::language`), then lets the link
/// reopen the page in it (saved as the page is left).
fn chooser() -> impl Fn(Lang) + Copy {
    let user = crate::views::context::use_app().user;
    move |chosen: Lang| {
        remember(chosen);
        user.update(|d| d.settings.language = Some(chosen));
    }
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = page_lang();
    let route = crate::views::context::use_app().route;
    let choose = chooser();
    view! {
        <details class="language-menu">
            <summary>
                <span class="language-label">{ui().app.language}</span>
                ": "
                <span lang=current.code()>{current.native_name()}</span>
            </summary>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let href = move || this_page_in(other, &route.get().to_hash());
                        let here = (other == current).then_some("true");
                        view! {
                            <li>
                                <a
                                    href=href
                                    hreflang=other.code()
                                    lang=other.code()
                                    dir=other.dir()
                                    aria-current=here
                                    on:click=move |_| choose(other)
                                >
                                    {other.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// On a translated page: that it is one, and the English a click away.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let current = page_lang();
    let route = crate::views::context::use_app().route;
    (current != Lang::En).then(|| {
        let english = move || this_page_in(Lang::En, &route.get().to_hash());
        let choose = chooser();
        view! {
            <p class="translation-notice">
                // A phone shows the first sentence only: the header stays small.
                <span class="notice-short">{ui().app.translated_short}</span>
                <span class="notice-long">{ui().app.translated_notice}</span>
                " "
                <a href=english hreflang="en" on:click=move |_| choose(Lang::En)>
                    <span class="notice-short" lang="en">{Lang::En.native_name()}</span>
                    <span class="notice-long">{ui().app.read_in_english}</span>
                </a>
            </p>
        }
    })
}

/// The language the page could not load, if it fell back to English.
static FELL_BACK: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Records that `lang`'s part could not be loaded, so the page says why it is in English.
pub fn fell_back_from(lang: Lang) {
    let _ = FELL_BACK.set(lang);
}

#[component]
pub fn LanguageFailedNotice() -> impl IntoView {
    FELL_BACK.get().map(|failed| {
        let text = crate::model::i18n::ui_text::fill(ui().app.language_failed, &[("language", &failed.native_name())]);
        view! { <p class="storage-notice" role="alert">{text}</p> }
    })
}
