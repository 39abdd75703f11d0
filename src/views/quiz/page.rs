//! The Quiz view ("Check yourself"): the guide's questions and any a teacher
//! added or shared, one a screen as a lesson runs (`question`), then the
//! results (`results`). Which screen is shown is in the address, so a
//! reload or a link returns to it; a bare `#/quiz` resumes after the last
//! answer given. Answers are saved in the student's browser, so the score
//! survives a reload without an account, and "Export results" hands the
//! teacher a JSON file. The questions, their checking and the flow through
//! them are the model's (`model::content::quiz`, `quiz_flow`).

use crate::browser::page_focus::focus_within;
use crate::model::base::route::{Page, Route};
use crate::model::content::quiz::{self, NewQuestion, QuizWords};
use crate::model::content::quiz_flow::{next_route, previous_route, results_route, screen_of, Screen};
use crate::model::i18n::ui_text::{fill, ui, QuizText};
use crate::model::user::DocError;
use crate::views::common::layout::{text_area, text_field, FormOutcome, PageHeading};
use crate::views::context::use_app;
use crate::views::quiz::question::{Place, QuestionScreen};
use crate::views::quiz::results::ResultsScreen;
use leptos::prelude::*;

/// The model's wording of answers, in the reader's language.
pub(crate) fn words() -> QuizWords<'static> {
    let t = &ui().quiz;
    QuizWords { pair: t.solution_pair }
}

/// What "Add your own question" found wrong, in the reader's language (a
/// message the model has no words for stays as it is).
fn problem_text(t: &QuizText, e: &DocError) -> String {
    let field = match e.path.as_str() {
        quiz::FIELD_QUESTION => t.question_label,
        quiz::FIELD_EXPLANATION => t.field_explanation,
        quiz::FIELD_OPTIONS => t.field_options,
        quiz::FIELD_ANSWER => t.field_answer,
        _ => return e.to_string(),
    };
    let message = match e.message.as_str() {
        quiz::NO_PROMPT => t.no_prompt,
        quiz::NO_EXPLANATION => t.no_explanation,
        quiz::FEW_OPTIONS => t.few_options,
        other => other,
    };
    fill(t.problem, &[("field", &field), ("message", &message)])
}

#[component]
pub fn QuizPage() -> impl IntoView {
    crate::browser::view_style::adopt_view_style!("quiz");
    let app = use_app();
    let user = app.user;
    let t = &ui().quiz;
    // The user's questions, changing only when they do: answering one must
    // not rebuild the screen (and lose the focus on "Check").
    let own = Memo::new(move |_| user.data.with(|d| d.questions.clone()));
    let ids = Memo::new(move |_| {
        let builtin = app.content().quiz.iter().map(|q| q.id.clone());
        own.with(|own| builtin.chain(own.iter().map(|q| q.id.clone())).collect::<Vec<String>>())
    });
    // The screen follows the address; a bare address resumes from the
    // answers as they were on arrival, so that checking an answer does not
    // move the student on before they have read the feedback.
    let screen = Memo::new(move |_| {
        let route = app.route.get();
        ids.with(|ids| {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            user.data.with_untracked(|d| screen_of(&route, &ids, &d.progress.quiz))
        })
    });
    // A new screen takes the focus to its heading, as a new page would.
    Effect::new(move |previous: Option<Screen>| {
        let now = screen.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| {
                focus_within(None, "#quiz-screen-title");
            });
        }
        now
    });
    let all = move || {
        let builtin = app.content().quiz.iter().map(|q| (q.clone(), false));
        own.with(|own| builtin.chain(own.iter().map(|q| (q.clone(), true))).collect::<Vec<_>>())
    };
    let body = move || match screen.get() {
        Screen::Question(i) => {
            let (question, own) = all().swap_remove(i);
            let place = ids.with(|ids| {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                Place {
                    number: i + 1,
                    total: ids.len(),
                    previous: previous_route(&ids, i).map(|r| r.to_hash()),
                    next: next_route(&ids, i).to_hash(),
                    last: i + 1 == ids.len(),
                    results: results_route().to_hash(),
                }
            });
            view! { <QuestionScreen question place own/> }.into_any()
        }
        Screen::Results => view! { <ResultsScreen questions=all()/> }.into_any(),
    };
    let own_count = move || own.with(Vec::len);
    view! {
        <PageHeading page=Page::Quiz/>
        <p class="lead">{t.lead}</p>
        {body}
        <details class="quiz-own" id="quiz-own">
            <summary>{t.own_title}</summary>
            <p class="hint">
                {move || t.own_count.count(own_count())}
                {t.own_hint_before}
                <a href=Route::page(Page::MyData).to_hash()>{ui().pages.nav_my_data}</a>
                {fill(t.own_hint_after, &[("share", &ui().my_data.section_share), ("option", &ui().share.option_questions)])}
            </p>
            <QuestionForm/>
        </details>
    }
}

/// "Add your own question": a teacher's question, checked by the model.
#[component]
fn QuestionForm() -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().quiz;
    let kind = RwSignal::new("track".to_string());
    let (prompt, answer, options, explanation) = (
        RwSignal::new(String::new()),
        RwSignal::new("1".to_string()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let principles: Vec<String> = content.principles.items.iter().map(|p| p.id.clone()).collect();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = NewQuestion {
            kind: kind.get_untracked(),
            prompt: prompt.get_untracked(),
            answer: answer.get_untracked(),
            options: options.get_untracked(),
            explanation: explanation.get_untracked(),
        };
        let mut result = Err(String::new());
        user.update(|d| result = d.add_question(new, &principles).map_err(|e| problem_text(t, &e)));
        let done = result.is_ok();
        outcome.set(Some(result.map(|_| t.added.to_string())));
        if done {
            for field in [prompt, options, explanation] {
                field.set(String::new());
            }
        }
    };
    let set_kind = move |ev| {
        let k = event_target_value(&ev);
        answer.set(match k.as_str() {
            "track" => "1".into(),
            "principle" => content.principles.items[0].id.clone(),
            _ => String::new(),
        });
        kind.set(k);
    };
    let answer_field = move || {
        match kind.get().as_str() {
        "choice" => view! {
            <span class="field wide">
                <label for="question-options">{t.options_label}</label>
                <textarea id="question-options" rows="4" prop:value=options on:input=move |ev| options.set(event_target_value(&ev))></textarea>
            </span>
        }
        .into_any(),
        k => {
            let choices: Vec<(String, String)> = if k == "track" {
                content.tracks.iter().map(|track| (track.number.to_string(), track.label())).collect()
            } else {
                content.principles.items.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
            };
            view! {
                <span class="field">
                    <label for="question-answer">{t.right_answer}</label>
                    <select id="question-answer" on:change=move |ev| answer.set(event_target_value(&ev))>
                        {choices.into_iter().map(|(value, label)| {
                            let selected = {
                                let value = value.clone();
                                move || answer.with(|a| *a == value)
                            };
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </span>
            }
            .into_any()
        }
    }
    };
    view! {
        <form class="event-form" on:submit=submit aria-label=t.add_own>
            <span class="field">
                <label for="question-kind">{t.kind}</label>
                <select id="question-kind" on:change=set_kind>
                    <option value="track">{t.kind_track}</option>
                    <option value="principle">{t.kind_principle}</option>
                    <option value="choice">{t.kind_choice}</option>
                </select>
            </span>
            {text_area("question-prompt", t.question_label, prompt)}
            {answer_field}
            {text_field("question-explanation", t.explanation_label, explanation, "")}
            <div class="actions"><button type="submit">{t.add_question}</button></div>
            <FormOutcome outcome/>
        </form>
    }
}
