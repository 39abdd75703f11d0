//! The "Notes" textbox: the user's own note on a track, event or principle,
//! saved with the rest of their data.

use crate::model::i18n::ui_text::ui;
use crate::model::user::notes::NoteKey;
use crate::views::context::use_app;
use leptos::prelude::*;

#[component]
pub fn NotesField(key: NoteKey, #[prop(optional)] placeholder: &'static str) -> impl IntoView {
    let user = use_app().user;
    let id = format!("notes-{}", key.as_key().replace(':', "-"));
    let value = {
        let key = key.clone();
        move || user.data.with(|d| d.notes.get(&key).to_string())
    };
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        user.update(|d| d.notes.set(&key, &text, js_sys::Date::now() as u64));
    };
    view! {
        <div class="notes-field">
            <label for=id.clone()>{ui().my_data.notes_label}</label>
            <textarea id=id rows="3" prop:value=value on:input=on_input placeholder=placeholder></textarea>
        </div>
    }
}
