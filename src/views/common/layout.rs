//! The building blocks every view is laid out with, so that headings,
//! landmarks and selection look and behave the same everywhere.

use crate::browser::page_focus::item_dom_id;
use crate::model::base::route::Page;
use crate::model::content::Track;
use leptos::prelude::*;

/// The view's main heading: the page's own title, as the document title
/// shows it. Focus moves here when the view changes.
#[component]
pub fn PageHeading(page: Page) -> impl IntoView {
    view! { <h1 tabindex="-1">{page.title()}</h1> }
}

/// A region named by its second-level heading.
#[component]
pub fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {children()}
        </section>
    }
}

/// The selected item as `(page, item)`, watched key by key: a change of
/// selection wakes the two cards it concerns, not every card on the page
/// (thousands, for a large timeline).
#[derive(Clone)]
pub struct ItemSelector(Selector<Option<(Page, String)>>);

impl ItemSelector {
    pub fn new(route: Signal<crate::model::base::route::Route>) -> ItemSelector {
        ItemSelector(Selector::new(move || route.with(|r| r.item.clone().map(|item| (r.page.clone(), item)))))
    }
}

/// Whether the current route selects `key` in `page`.
pub fn is_selected(page: Page, key: &str) -> Signal<bool> {
    let selector = expect_context::<ItemSelector>();
    let key = Some((page, key.to_string()));
    Signal::derive(move || selector.0.selected(&key))
}

/// A card that can be the selected item of a view: it carries the DOM id the
/// URL's item scrolls to and `aria-current` when selected.
#[component]
pub fn ItemCard(
    page: Page,
    key: String,
    #[prop(into)] selected: Signal<bool>,
    class: &'static str,
    /// A track whose colour the card's edge takes, always beside its label.
    #[prop(optional)]
    accent: Option<&'static Track>,
    children: Children,
) -> impl IntoView {
    view! {
        <article
            class=format!("card {class}")
            class:selected=selected
            id=item_dom_id(&page, &key)
            aria-current=move || selected.get().then_some("true")
            class:tc=accent.is_some()
            style:--tc=accent.map(|t| t.colour.as_str())
            style:--tc-dark=accent.map(|t| t.colour_dark.as_str())
        >
            {children()}
        </article>
    }
}

/// A labelled one-line text field bound to `value`, for the forms.
pub fn text_field(id: &'static str, label: &'static str, value: RwSignal<String>, hint: &'static str) -> impl IntoView {
    view! {
        <span class="field">
            <label for=id>{label}</label>
            <input id=id type="text" prop:value=value on:input=move |ev| value.set(event_target_value(&ev)) placeholder=hint/>
        </span>
    }
}

/// A labelled multi-line text field bound to `value`.
pub fn text_area(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <span class="field wide">
            <label for=id>{label}</label>
            <textarea id=id rows="3" prop:value=value on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </span>
    }
}

/// What a form's submission did: news, or the problem (naming the field).
#[component]
pub fn FormOutcome(#[prop(into)] outcome: Signal<Option<Result<String, String>>>) -> impl IntoView {
    view! {
        <div aria-live="polite">
            {move || outcome.get().map(|o| match o {
                Ok(news) => view! { <p class="import-news">{news}</p> }.into_any(),
                Err(problem) => view! { <p class="import-error" role="alert">{problem}</p> }.into_any(),
            })}
        </div>
    }
}

/// A labelled choice among the user's own things (timelines, tours) by id,
/// ending with "a new one" (the empty value), bound to `chosen`.
pub fn own_or_new_select(
    id: &'static str,
    label: &'static str,
    items: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    chosen: RwSignal<String>,
    new_label: &'static str,
) -> impl IntoView {
    let options = move || {
        items()
            .into_iter()
            .map(|(value, title)| {
                let selected = {
                    let value = value.clone();
                    move || chosen.with(|c| *c == value)
                };
                view! { <option value=value selected=selected>{title}</option> }
            })
            .collect_view()
    };
    view! {
        <span class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| chosen.set(event_target_value(&ev))>
                {options}
                <option value="" selected=move || chosen.with(String::is_empty)>{new_label}</option>
            </select>
        </span>
    }
}

/// "Reload the page": the way out when a part of the guide is missing (a new
/// version was published since the page was opened).
#[component]
pub fn ReloadButton() -> impl IntoView {
    view! {
        <button type="button" on:click=|_| { let _ = window().location().reload(); }>{crate::model::i18n::ui_text::ui().app.reload_page}</button>
    }
}
