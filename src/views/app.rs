//! The shell: header with the main navigation, the current view, the footer.

use super::deferred::Deferred;
use super::home::HomePage;
use super::language_picker::{LanguageFailedNotice, LanguagePicker, TranslationNotice};
use super::layout::{ItemSelector, PageHeading};
use super::my_data::{accept_dropped_files, ImportState, StorageNotice};
use super::presentation::{provide_presenter, PresentButtons};
use super::tour::{TourButtons, TourMenu, TourPanel, Tours};
use super::update_notice::UpdateNotice;
use crate::browser::display_settings::apply_display_settings;
use crate::browser::page_focus::{focus_within, manage_page_focus};
use crate::browser::storage::UserStore;
use crate::model::content::Dataset;
use crate::model::route::{Page, Route};
use crate::model::ui_text::ui;
use leptos::prelude::*;

/// What every view may read: the content and where the user is, and the
/// user's own data.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The content the start module carries (see [`AppContext::content`]).
    base: &'static Dataset,
    pub route: Signal<Route>,
    pub user: UserStore,
    /// Set once the cases have been joined to the content, for what the
    /// start module drew before they arrived (a tour step's sources).
    pub joined: RwSignal<bool>,
}

impl AppContext {
    /// The content: with the cases joined in once they have arrived (every
    /// view drawn by a part: see `parts::load`), else the start module's own.
    pub fn content(self) -> &'static Dataset {
        super::parts::full_content().unwrap_or(self.base)
    }

    /// The content the start module drew with, in the page's language.
    pub(crate) fn start_content(self) -> &'static Dataset {
        self.base
    }
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

#[component]
pub fn App(content: &'static Dataset, #[prop(into)] route: Signal<Route>) -> impl IntoView {
    let user = UserStore::start();
    provide_context(AppContext { base: content, route, user, joined: RwSignal::new(false) });
    accept_dropped_files(ImportState::provide(content));
    apply_display_settings(Signal::derive(move || user.data.with(|d| d.settings.clone())));
    provide_context(ItemSelector::new(route));
    manage_page_focus(route);
    provide_presenter(Tours::provide());
    let page = Memo::new(move |_| route.get().page);
    let t = &ui().app;

    view! {
        <header class="site-header">
            <a class="skip-link" href="#/" on:click=skip_to_main>{t.skip_to_content}</a>
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"9"</span>
                <span>"multitrack"</span>
            </a>
            <nav aria-label=t.main_navigation>
                <ul>
                    {Page::NAV
                        .into_iter()
                        .map(|target| {
                            let name = target.nav_name();
                            let href = Route::page(target.clone()).to_hash();
                            let current = move || (page.get() == target).then_some("page");
                            view! { <li><a href=href aria-current=current>{name}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <div class="header-actions">
                <LanguagePicker/>
                <TourButtons/>
                <PresentButtons/>
            </div>
            // In the banner landmark, as a line of its own under the navigation.
            <TranslationNotice/>
            <LanguageFailedNotice/>
        </header>
        <TourMenu/>
        <StorageNotice/>
        <UpdateNotice/>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Home => view! { <HomePage/> }.into_any(),
                Page::NotFound(path) => view! { <NotFound path/> }.into_any(),
                other => view! { <Deferred page=other/> }.into_any(),
            }}
        </main>
        <TourPanel/>
        <footer class="site-footer">
            <p>
                {t.footer_sources_before}
                <a href=Route::page(Page::References).to_hash()>{Page::References.nav_name()}</a>
                {t.footer_sources_after}
                <a href=Route::page(Page::Handout).to_hash()>{t.footer_handout}</a>
            </p>
            <OfflineEdition/>
        </footer>
    }
}

/// The one-file edition (`multitrack-offline.html`, written by
/// `scripts/one-file.mjs`): for a USB stick or a learning platform, where the
/// guide cannot be served. Not offered from inside that edition itself.
#[component]
fn OfflineEdition() -> impl IntoView {
    (!cfg!(feature = "one-file")).then(|| {
        let t = &ui().app;
        view! {
            <p class="offline-edition">
                <a href=ONE_FILE download=ONE_FILE>{t.offline_download}</a>
                {t.offline_explained}
            </p>
        }
    })
}

/// Where the build puts the one-file edition, beside `index.html`.
const ONE_FILE: &str = "multitrack-offline.html";

/// Moves focus to the main region without touching the URL fragment, which
/// the router owns.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_within(None, "#main");
}

#[component]
fn NotFound(path: String) -> impl IntoView {
    let t = &ui().app;
    view! {
        <PageHeading page=Page::NotFound(path.clone())/>
        <p>
            {t.not_found_before} <bdi>{path}</bdi> {t.not_found_after}
            <a href=Route::page(Page::Home).to_hash()>{t.go_to_start}</a> "."
        </p>
    }
}
