//! The head of one of the reader's own timelines: its title and
//! introduction where the guide's would be, a rename, and the way back.
//!
//! Why its own head: an imported timeline (a class's Northern Ireland
//! timeline, say) is not part of the guide, and drawn under the guide's
//! heading and introduction it read as if it were.

use crate::model::base::route::{Page, Route};
use crate::model::i18n::ui_text::ui;
use crate::views::context::use_app;
use leptos::prelude::*;

#[component]
pub fn OwnTimelineHeading(
    #[prop(into)] id: String,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    let user = use_app().user;
    let t = &ui().timeline;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(title.clone());
    let refused = RwSignal::new(false);
    let id = StoredValue::new(id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = js_sys::Date::now() as u64;
        let mut renamed = false;
        user.data.update(|d| renamed = id.with_value(|id| d.rename_timeline(id, &draft.get_untracked(), now)));
        refused.set(!renamed);
        renaming.set(!renamed);
    };
    let lead = (!description.is_empty()).then(|| view! { <p class="lead">{description}</p> });
    view! {
        <h1 tabindex="-1">{title.clone()}</h1>
        {lead}
        <p class="stress-note" role="note">
            {t.own_timeline_note}" "
            <a href=Route::page(Page::Timeline).to_hash()>{t.back_to_history}</a>" "
            <button type="button" on:click=move |_| renaming.update(|r| *r = !*r) aria-expanded=move || renaming.get().to_string()>
                {t.rename}
            </button>
        </p>
        {move || renaming.get().then(|| view! {
            <form class="rename-timeline actions" on:submit=save>
                <label for="rename-timeline">{t.new_title}</label>
                <input id="rename-timeline" type="text" required prop:value=draft on:input=move |ev| draft.set(event_target_value(&ev))/>
                <button type="submit">{t.save_title}</button>
            </form>
        })}
        {move || refused.get().then(|| view! { <p class="import-error" role="alert">{t.title_needed}</p> })}
    }
}

/// "Import a timeline": a TimelineJS3 file or sheet, or this guide's own,
/// confirmed on "Your data" as a dropped file is.
#[component]
pub fn ImportTimeline() -> impl IntoView {
    let state = crate::views::common::import::use_import();
    let route = use_app().route;
    let t = &ui().timeline;
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            crate::views::common::import::import_and_confirm(file, state, route);
        }
        input.set_value("");
    };
    view! {
        <p class="import-timeline">
            <label class="file-button">
                {t.import_timeline}
                <input type="file" accept=".json,.csv,.js,application/json,text/csv" on:change=chosen/>
            </label>
            " "<span class="hint">{t.import_timeline_hint}</span>
        </p>
    }
}
