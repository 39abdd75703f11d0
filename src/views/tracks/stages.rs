//! The buttons over the Tracks view's diagram that show the model as it
//! stood in 1981, 1989 or 1991, and "Play", which steps through the three.
//!
//! The stage lives in the URL (`?model=1981`), so playing is only a timer
//! that changes it; the diagram glides from one stage to the next by itself.
//! The timer lives here, not in the diagram, which the timeline's part
//! carries too.

use crate::browser::hash_route::navigate;
use crate::model::formats::drawing::MODEL_STAGES;
use crate::model::geometry::diagram::{ModelState, CIRCLE_YEAR};
use crate::model::i18n::ui_text::ui;
use crate::views::context::use_app;
use leptos::prelude::*;
use std::time::Duration;

/// How long "Play" shows each stage: time for the glide and a sentence.
const STAGE_TIME: Duration = Duration::from_secs(2);

/// A stage's button label: "1981: two tracks".
fn stage_label(year: i32) -> &'static str {
    let t = &ui().reading;
    match year {
        1981 => t.model_1981,
        1989 => t.model_1989,
        _ => t.model_1991,
    }
}

/// Buttons that morph the diagram between the hierarchy and the circle, and
/// "Play", which becomes "Stop" while it plays; each stage's caption is
/// read out politely as it comes.
#[component]
pub fn ModelStages(#[prop(into)] year: Signal<i32>) -> impl IntoView {
    let app = use_app();
    let route = app.route;
    let t = &ui().reading;
    let timer = StoredValue::new(None::<IntervalHandle>);
    let playing = RwSignal::new(false);
    let spoken = RwSignal::new(String::new());
    let show = move |y: i32| {
        let value = if y == CIRCLE_YEAR { String::new() } else { y.to_string() };
        navigate(&route.get_untracked().with_param("model", &value), true);
    };
    let clear = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let stop = move || {
        clear();
        playing.set(false);
    };
    let play = move || {
        let step = StoredValue::new(0);
        let at = move |i: usize| {
            show(MODEL_STAGES[i]);
            spoken.set(ModelState::in_year(app.content(), MODEL_STAGES[i]).caption());
        };
        at(0);
        playing.set(true);
        let handle = set_interval_with_handle(
            move || {
                step.update_value(|i| *i += 1);
                let i = step.get_value();
                at(i);
                if i + 1 == MODEL_STAGES.len() {
                    stop();
                }
            },
            STAGE_TIME,
        );
        timer.set_value(handle.ok());
    };
    on_cleanup(clear);
    view! {
        <div class="model-stages" role="group" aria-label=t.model_stages_label>
            {MODEL_STAGES.into_iter().map(|y| {
                let choose = move |_| {
                    stop();
                    show(y);
                };
                view! { <button type="button" aria-pressed=move || (year.get() == y).to_string() on:click=choose>{stage_label(y)}</button> }
            }).collect_view()}
            <button type="button" class="play-stages" on:click=move |_| if playing.get_untracked() { stop() } else { play() }>
                {move || if playing.get() { t.stop } else { t.play_stages }}
            </button>
            <p class="visually-hidden" aria-live="polite">{move || spoken.get()}</p>
        </div>
    }
}
