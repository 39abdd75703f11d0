//! The Quiz view ("Check yourself"): the guide's questions and any a teacher
//! added or shared, each checked at once with an explanation and its
//! sources. Answers are saved in the student's browser, so the score
//! survives a reload without an account, and "Export results" hands the
//! teacher a JSON file. The questions and their checking are the model's
//! (`crate::model::content::quiz`).

use crate::browser::download::{describe, save_text, today};
use crate::browser::page_focus::{focus_within, item_dom_id};
use crate::model::base::route::{Page, Route};
use crate::model::content::quiz::{self, results_json, NewQuestion, Question, QuestionKind, QuizResult, QuizWords};
use crate::model::i18n::ui_text::{fill, lang, ui, QuizText};
use crate::model::user::DocError;
use crate::views::common::cite::cites_view;
use crate::views::common::layout::{text_area, text_field, FormOutcome, PageHeading, Section};
use crate::views::context::use_app;
use leptos::prelude::*;

/// The model's wording of answers, in the reader's language.
fn words() -> QuizWords<'static> {
    let t = &ui().quiz;
    QuizWords { pair: t.solution_pair }
}

use crate::model::i18n::ui_text::grouped as num;

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
    let app = use_app();
    let user = app.user;
    let t = &ui().quiz;
    let score = move || {
        user.data.with(|d| {
            let ids = app.content().quiz.iter().map(|q| q.id.as_str()).chain(d.questions.iter().map(|q| q.id.as_str()));
            d.progress.quiz.score(ids)
        })
    };
    // The user's questions, changing only when they do: answering one must
    // not rebuild the cards (and lose the focus on "Check").
    let own = Memo::new(move |_| user.data.with(|d| d.questions.clone()));
    let export_status = RwSignal::new(String::new());
    let export = move |_| {
        let (json, name) = user.data.with_untracked(|d| {
            let questions: Vec<&Question> = app.content().quiz.iter().chain(d.questions.iter()).collect();
            (
                results_json(&d.progress.quiz, &questions, app.content(), &today(), &words()),
                d.progress.quiz.name.clone(),
            )
        });
        let stem = crate::model::base::ids::fresh_id(&format!("quiz results {name}"), &[]);
        export_status.set(match save_text(&json, "application/json", &format!("{stem}-{}.json", today())) {
            Ok(()) => t.exported.into(),
            Err(e) => fill(t.export_failed, &[("reason", &describe(&e))]),
        });
    };
    let restart = move |_| {
        if window().confirm_with_message(t.confirm_restart).unwrap_or(false) {
            user.update(|d| d.progress.quiz.results.clear());
        }
    };
    let name = move || user.data.with(|d| d.progress.quiz.name.clone());
    let set_name = move |ev| {
        let value = event_target_value(&ev);
        user.update(|d| d.progress.quiz.name = value);
    };
    let own_count = move || own.with(Vec::len);
    let builtin = app.content().quiz.len();
    view! {
        <PageHeading page=Page::Quiz/>
        <p class="lead">{t.lead}</p>
        <div class="quiz-score card">
            <p id="quiz-score" role="status">
                {move || {
                    let s = score();
                    let template = t.score.form(lang(), s.questions as u64);
                    fill(template, &[("right", &num(s.right)), ("answered", &num(s.answered)), ("n", &num(s.questions))])
                }}
            </p>
            <div class="actions">
                <label for="quiz-name">{t.name_label}</label>
                <input id="quiz-name" type="text" prop:value=name on:change=set_name/>
                <button type="button" on:click=export>{t.export_results}</button>
                <button type="button" on:click=restart>{t.start_again}</button>
                <span class="filter-count" role="status">{move || export_status.get()}</span>
            </div>
        </div>
        <Section id="quiz-questions" title=t.questions_title>
            {app.content().quiz.iter().enumerate().map(|(i, question)| {
                view! { <QuestionCard question=question.clone() number=i + 1 own=false/> }
            }).collect_view()}
            {move || own.get().into_iter().enumerate().map(|(i, question)| {
                view! { <QuestionCard question number=builtin + i + 1 own=true/> }
            }).collect_view()}
        </Section>
        <Section id="quiz-own" title=t.own_title>
            <p class="hint">
                {move || t.own_count.count(own_count())}
                {t.own_hint_before}
                <a href=Route::page(Page::MyData).to_hash()>{ui().pages.nav_my_data}</a>
                {fill(t.own_hint_after, &[("share", &ui().my_data.section_share), ("option", &ui().share.option_questions)])}
            </p>
            <QuestionForm/>
        </Section>
    }
}

/// One question: its inputs, "Check", and the feedback once checked.
#[component]
fn QuestionCard(question: Question, number: usize, own: bool) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().quiz;
    let id = question.id.clone();
    let saved = {
        let id = id.clone();
        Memo::new(move |_| user.data.with(|d| d.progress.quiz.result(&id).cloned()))
    };
    let answer = RwSignal::new(saved.get_untracked().map_or_else(|| question.blank(content), |r| r.answer));
    let problem = RwSignal::new(None::<&'static str>);
    let q = StoredValue::new(question.clone());
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given = answer.get_untracked();
        if given.iter().all(String::is_empty) {
            problem.set(Some(t.choose_first));
            return;
        }
        problem.set(None);
        let verdict = q.with_value(|q| q.check_in(content, &given, &words()));
        let result = QuizResult {
            question: q.with_value(|q| q.id.clone()),
            answer: given,
            correct: verdict.correct,
            at: js_sys::Date::now() as u64,
        };
        user.update(|d| d.progress.quiz.record(result));
    };
    // Feedback stands for the answer as checked; changing the answer hides it until checked again.
    let feedback = move || {
        let result = saved.get().filter(|r| r.answer == answer.get())?;
        let verdict = q.with_value(|q| q.check_in(content, &result.answer, &words()));
        Some(q.with_value(|q| feedback_view(q, verdict)))
    };
    let remove = {
        let id = id.clone();
        move |_| {
            if window().confirm_with_message(t.confirm_delete).unwrap_or(false) {
                user.update(|d| {
                    d.remove_question(&id);
                });
            }
        }
    };
    let (heading_id, labelled_by) = (format!("q-{id}-title"), format!("q-{id}-title"));
    view! {
        <article class="card quiz-question" id=item_dom_id(&Page::Quiz, &id) aria-labelledby=labelled_by>
            <h3 id=heading_id>{fill(t.question_number, &[("n", &num(number))])}{own.then_some(t.your_own)}</h3>
            <form on:submit=check>
                {inputs(&question, answer)}
                <div class="actions">
                    <button type="submit">{t.check}</button>
                    // Named by its question: a list of "Delete this question" buttons reads alike.
                    {own.then(|| view! {
                        <button type="button" on:click=remove aria-label=fill(t.delete_question_n, &[("n", &num(number))])>{t.delete_question}</button>
                    })}
                </div>
            </form>
            <div class="quiz-feedback-slot" aria-live="polite">
                {move || problem.get().map(|p| view! { <p class="import-error">{p}</p> })}
                {feedback}
            </div>
        </article>
    }
}

fn feedback_view(q: &Question, verdict: crate::model::content::quiz::Verdict) -> impl IntoView {
    let t = &ui().quiz;
    let (class, head) = match (verdict.correct, verdict.of) {
        (true, _) => ("quiz-feedback right", t.right.to_string()),
        (false, 1) => ("quiz-feedback wrong", t.not_quite.to_string()),
        (false, of) => {
            ("quiz-feedback wrong", fill(t.not_quite_some, &[("right", &num(verdict.right)), ("of", &num(of))]))
        }
    };
    let label = if verdict.solution.len() == 1 { t.answer_one } else { t.answer_list };
    view! {
        <div class=class>
            <p><strong>{head}</strong></p>
            {if verdict.solution.len() == 1 {
                view! { <p>{label}{verdict.solution[0].clone()}</p> }.into_any()
            } else {
                view! { <p>{label}</p><ol class="quiz-solution">{verdict.solution.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol> }.into_any()
            }}
            <p>{q.explanation.clone()} {(!q.cite.is_empty()).then(|| cites_view(&q.cite))}</p>
        </div>
    }
}

/// The inputs for a question's kind, bound to `answer`.
fn inputs(q: &Question, answer: RwSignal<Vec<String>>) -> AnyView {
    let content = use_app().content();
    let t = &ui().quiz;
    match q.kind {
        QuestionKind::MatchPhrases => {
            let choices = q.choices(content);
            let rows = content.tracks.iter().enumerate().map(|(i, track)| {
                let select_id = format!("q-{}-{}", q.id, track.number);
                let options = choices.iter().map(|(value, label)| {
                    let value = value.clone();
                    let selected = {
                        let value = value.clone();
                        move || answer.with(|a| a.get(i) == Some(&value))
                    };
                    view! { <option value=value selected=selected>{label.clone()}</option> }
                }).collect_view();
                let change = move |ev| {
                    let value = event_target_value(&ev);
                    answer.update(|a| if let Some(slot) = a.get_mut(i) { *slot = value });
                };
                view! {
                    <li>
                        <label for=select_id.clone()>{track.label()}</label>
                        <select id=select_id on:change=change>
                            <option value="" selected=move || answer.with(|a| a.get(i).is_none_or(String::is_empty))>{t.choose}</option>
                            {options}
                        </select>
                    </li>
                }
            }).collect_view();
            view! {
                <p class="quiz-prompt">{q.prompt.clone()}</p>
                <ol class="quiz-match">{rows}</ol>
            }
            .into_any()
        }
        QuestionKind::Order => order_inputs(q, answer),
        _ => {
            let name = format!("q-{}", q.id);
            let radios = q.choices_in(content, &words()).into_iter().map(|(value, label)| {
                let checked = {
                    let value = value.clone();
                    move || answer.with(|a| a.first() == Some(&value))
                };
                let chosen = value.clone();
                view! {
                    <label class="check">
                        <input type="radio" name=name.clone() value=value prop:checked=checked on:change=move |_| answer.set(vec![chosen.clone()])/>
                        " " {label}
                    </label>
                }
            }).collect_view();
            view! {
                <fieldset class="quiz-choices">
                    <legend>{q.prompt.clone()}</legend>
                    {radios}
                </fieldset>
            }
            .into_any()
        }
    }
}

/// Events to put in order: dragged with a pointer, or moved with the "Move
/// up" and "Move down" buttons, which keep focus as the item moves.
fn order_inputs(q: &Question, answer: RwSignal<Vec<String>>) -> AnyView {
    let content = use_app().content();
    let t = &ui().quiz;
    let qid = q.id.clone();
    let dragged = RwSignal::new(None::<usize>);
    let move_item = move |from: usize, to: usize| {
        answer.update(|a| {
            if from < a.len() && to < a.len() {
                let item = a.remove(from);
                a.insert(to, item);
            }
        });
    };
    let items = move || {
        let order = answer.get();
        let n = order.len();
        order
            .into_iter()
            .enumerate()
            .map(|(i, event_id)| {
                let title = content.event(&event_id).map_or_else(|| event_id.clone(), |e| e.title.clone());
                let (up_id, down_id) = (format!("q-{qid}-up-{i}"), format!("q-{qid}-down-{i}"));
                let step = move |to: usize, focus: String| {
                    move_item(i, to);
                    request_animation_frame(move || {
                        focus_within(None, &format!("#{focus}"));
                    });
                };
                // Focus follows the item; at either end, to the button still enabled.
                let (qa, qb) = (qid.clone(), qid.clone());
                let up = move |_| {
                    let to = i.saturating_sub(1);
                    step(to, format!("q-{qa}-{}-{to}", if to == 0 { "down" } else { "up" }));
                };
                let down = move |_| {
                    let to = (i + 1).min(n - 1);
                    step(to, format!("q-{qb}-{}-{to}", if to + 1 == n { "up" } else { "down" }));
                };
                let drop = move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    if let Some(from) = dragged.get_untracked() {
                        move_item(from, i);
                    }
                    dragged.set(None);
                };
                view! {
                    <li
                        draggable="true"
                        class="quiz-order-item"
                        on:dragstart=move |ev: leptos::ev::DragEvent| {
                            if let Some(dt) = ev.data_transfer() {
                                let _ = dt.set_data("text/plain", &i.to_string());
                            }
                            dragged.set(Some(i));
                        }
                        on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                        on:drop=drop
                    >
                        <span class="drag-handle" aria-hidden="true">"\u{2630}"</span>
                        <span class="quiz-order-title">{title.clone()}</span>
                        <button type="button" id=up_id disabled=i == 0 on:click=up aria-label=fill(t.move_up, &[("title", &title)])>"\u{2191}"</button>
                        <button type="button" id=down_id disabled=i + 1 == n on:click=down aria-label=fill(t.move_down, &[("title", &title)])>"\u{2193}"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <p class="quiz-prompt" id=format!("q-{}-prompt", q.id)>{q.prompt.clone()}</p>
        <p class="hint">{t.order_hint}</p>
        <ol class="quiz-order" aria-labelledby=format!("q-{}-prompt", q.id)>{items}</ol>
    }
    .into_any()
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
