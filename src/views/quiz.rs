//! The Quiz view ("Check yourself"): the guide's questions and any a teacher
//! added or shared, each checked at once with an explanation and its
//! sources. Answers are saved in the student's browser, so the score
//! survives a reload without an account, and "Export results" hands the
//! teacher a JSON file. The questions and their checking are the model's
//! (`crate::model::quiz`).

use super::app::use_app;
use super::cite::cites_view;
use super::layout::{text_area, text_field, FormOutcome, PageHeading, Section};
use crate::browser::download::{describe, save_text, today};
use crate::browser::page_focus::{focus_within, item_dom_id};
use crate::model::quiz::{results_json, NewQuestion, Question, QuestionKind, QuizResult};
use crate::model::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn QuizPage() -> impl IntoView {
    let app = use_app();
    let user = app.user;
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
            (results_json(&d.progress.quiz, &questions, app.content(), &today()), d.progress.quiz.name.clone())
        });
        let stem = crate::model::ids::fresh_id(&format!("quiz results {name}"), &[]);
        export_status.set(match save_text(&json, "application/json", &format!("{stem}-{}.json", today())) {
            Ok(()) => "Exported your results.".into(),
            Err(e) => format!("Could not export: {}", describe(&e)),
        });
    };
    let restart = move |_| {
        if window().confirm_with_message("Clear all your answers and start again?").unwrap_or(false) {
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
        <p class="lead">
            "Check what you know about the tracks, the history and the principles. Each answer is checked at once, with the reason and its sources. "
            "Your answers are saved in this browser only: no account, and nothing is sent anywhere."
        </p>
        <div class="quiz-score card">
            <p id="quiz-score" role="status">
                {move || {
                    let s = score();
                    format!("Score: {} right of {} answered ({} questions).", s.right, s.answered, s.questions)
                }}
            </p>
            <div class="actions">
                <label for="quiz-name">"Your name on exported results (optional)"</label>
                <input id="quiz-name" type="text" prop:value=name on:change=set_name/>
                <button type="button" on:click=export>"Export results"</button>
                <button type="button" on:click=restart>"Start again"</button>
                <span class="filter-count" role="status">{move || export_status.get()}</span>
            </div>
        </div>
        <Section id="quiz-questions" title="Questions">
            {app.content().quiz.iter().enumerate().map(|(i, question)| {
                view! { <QuestionCard question=question.clone() number=i + 1 own=false/> }
            }).collect_view()}
            {move || own.get().into_iter().enumerate().map(|(i, question)| {
                view! { <QuestionCard question number=builtin + i + 1 own=true/> }
            }).collect_view()}
        </Section>
        <Section id="quiz-own" title="Your own questions">
            <p class="hint">
                {move || format!("{} question{} of your own. ", own_count(), if own_count() == 1 { "" } else { "s" })}
                "Teachers can add questions here; they join the quiz above. To send them to a class, use "
                <a href=Route::page(Page::MyData).to_hash()>"Your data"</a>
                ", Share by link, and choose \u{201c}Quiz: your questions\u{201d}."
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
            problem.set(Some("Choose an answer first."));
            return;
        }
        problem.set(None);
        let verdict = q.with_value(|q| q.check(content, &given));
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
        let verdict = q.with_value(|q| q.check(content, &result.answer));
        Some(q.with_value(|q| feedback_view(q, verdict)))
    };
    let remove = {
        let id = id.clone();
        move |_| {
            if window().confirm_with_message("Delete this question of yours?").unwrap_or(false) {
                user.update(|d| {
                    d.remove_question(&id);
                });
            }
        }
    };
    let (heading_id, labelled_by) = (format!("q-{id}-title"), format!("q-{id}-title"));
    view! {
        <article class="card quiz-question" id=item_dom_id(&Page::Quiz, &id) aria-labelledby=labelled_by>
            <h3 id=heading_id>{format!("Question {number}")}{own.then_some(" (your own)")}</h3>
            <form on:submit=check>
                {inputs(&question, answer)}
                <div class="actions">
                    <button type="submit">"Check"</button>
                    {own.then(|| view! { <button type="button" on:click=remove>"Delete this question"</button> })}
                </div>
            </form>
            <div class="quiz-feedback-slot" aria-live="polite">
                {move || problem.get().map(|p| view! { <p class="import-error">{p}</p> })}
                {feedback}
            </div>
        </article>
    }
}

fn feedback_view(q: &Question, verdict: crate::model::quiz::Verdict) -> impl IntoView {
    let (class, head) = match (verdict.correct, verdict.of) {
        (true, _) => ("quiz-feedback right", "Right.".to_string()),
        (false, 1) => ("quiz-feedback wrong", "Not quite.".to_string()),
        (false, of) => ("quiz-feedback wrong", format!("Not quite: {} of {of} right.", verdict.right)),
    };
    let label = if verdict.solution.len() == 1 { "The answer: " } else { "The answer:" };
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
    match q.kind {
        QuestionKind::MatchPhrases => {
            let choices = q.choices(content);
            let rows = content.tracks.iter().enumerate().map(|(i, t)| {
                let select_id = format!("q-{}-{}", q.id, t.number);
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
                        <label for=select_id.clone()>{t.label()}</label>
                        <select id=select_id on:change=change>
                            <option value="" selected=move || answer.with(|a| a.get(i).is_none_or(String::is_empty))>"Choose\u{2026}"</option>
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
            let radios = q.choices(content).into_iter().map(|(value, label)| {
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
                        <button type="button" id=up_id disabled=i == 0 on:click=up aria-label=format!("Move \u{201c}{title}\u{201d} up")>"\u{2191}"</button>
                        <button type="button" id=down_id disabled=i + 1 == n on:click=down aria-label=format!("Move \u{201c}{title}\u{201d} down")>"\u{2193}"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <p class="quiz-prompt" id=format!("q-{}-prompt", q.id)>{q.prompt.clone()}</p>
        <p class="hint">"Drag the events, or use the arrow buttons beside each. Earliest first."</p>
        <ol class="quiz-order" aria-labelledby=format!("q-{}-prompt", q.id)>{items}</ol>
    }
    .into_any()
}

/// "Add your own question": a teacher's question, checked by the model.
#[component]
fn QuestionForm() -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
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
        user.update(|d| result = d.add_question(new, &principles).map_err(|e| e.to_string()));
        let done = result.is_ok();
        outcome.set(Some(result.map(|_| "Added your question to the quiz.".to_string())));
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
                <label for="question-options">"Options, one per line, the right one first (they are shuffled when shown)"</label>
                <textarea id="question-options" rows="4" prop:value=options on:input=move |ev| options.set(event_target_value(&ev))></textarea>
            </span>
        }
        .into_any(),
        k => {
            let choices: Vec<(String, String)> = if k == "track" {
                content.tracks.iter().map(|t| (t.number.to_string(), t.label())).collect()
            } else {
                content.principles.items.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
            };
            view! {
                <span class="field">
                    <label for="question-answer">"Right answer"</label>
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
        <form class="event-form" on:submit=submit aria-label="Add your own question">
            <span class="field">
                <label for="question-kind">"Kind"</label>
                <select id="question-kind" on:change=set_kind>
                    <option value="track">"Which track is this actor on?"</option>
                    <option value="principle">"Which principle is this?"</option>
                    <option value="choice">"Your own options"</option>
                </select>
            </span>
            {text_area("question-prompt", "Question", prompt)}
            {answer_field}
            {text_field("question-explanation", "Explanation (shown after answering; give your source here)", explanation, "")}
            <div class="actions"><button type="submit">"Add question"</button></div>
            <FormOutcome outcome/>
        </form>
    }
}
