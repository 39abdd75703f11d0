//! The shell: header with the main navigation, the current view, the footer.

use crate::browser::display_settings::apply_display_settings;
use crate::browser::page_focus::{focus_within, manage_page_focus};
use crate::browser::storage::UserStore;
use crate::model::base::route::{Page, Route};
use crate::model::content::Dataset;
use crate::model::i18n::ui_text::ui;
use crate::views::common::import::{accept_dropped_files, ImportState};
use crate::views::common::layout::{ItemSelector, PageHeading};
use crate::views::common::storage_notice::StorageNotice;
use crate::views::context::AppContext;
use crate::views::shell::deferred::Deferred;
use crate::views::shell::home::HomePage;
use crate::views::shell::language_picker::{LanguageFailedNotice, LanguagePicker, TranslationNotice};
use crate::views::shell::update_notice::UpdateNotice;
use crate::views::tours::presentation::{provide_presenter, PresentButtons};
use crate::views::tours::tour::{TourButtons, TourMenu, TourPanel, Tours};
use leptos::prelude::*;

#[component]
pub fn App(content: &'static Dataset, #[prop(into)] route: Signal<Route>) -> impl IntoView {
    let user = UserStore::start();
    provide_context(AppContext::new(content, route, user));
    accept_dropped_files(ImportState::provide(content));
    apply_display_settings(Signal::derive(move || user.data.with(|d| d.settings.clone())));
    provide_context(ItemSelector::new(route));
    manage_page_focus(route);
    provide_presenter(Tours::provide());
    let page = Memo::new(move |_| route.get().page);
    let t = &ui().app;
    // On a phone the header's actions wait behind "Menu", so the header is
    // one row and the navigation strip; a new view closes the menu.
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        page.track();
        menu_open.set(false);
    });

    view! {
        <header class="site-header">
            <a class="skip-link" href="#/" on:click=skip_to_main>{t.skip_to_content}</a>
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"9"</span>
                <span>"multitrack"</span>
            </a>
            <button
                type="button"
                class="menu-button"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="header-actions"
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                {t.menu}
            </button>
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
            <div class="header-actions" id="header-actions" class:open=move || menu_open.get()>
                <LanguagePicker/>
                <TourButtons/>
                <span class="present-buttons">
                    <PresentButtons/>
                </span>
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
