//! One question on its own screen: where it stands in the quiz, its answer
//! tiles (real radio buttons and selects, each a whole tile to tap),
//! "Check", the tiles marked right and wrong in words and symbols once
//! checked, the explanation with its sources, and Previous / Next. The
//! marks and the steps are the model's (`model::content::quiz_flow`).

use crate::browser::page_focus::{focus_within, item_dom_id};
use crate::model::base::route::Page;
use crate::model::content::quiz::{Question, QuestionKind, QuizResult, Verdict};
use crate::model::content::quiz_flow::{choice_mark, choice_track, part_right, percent, Mark};
use crate::model::i18n::ui_text::{fill, grouped as num, ui};
use crate::views::common::cite::cites_view;
use crate::views::common::track_links::TrackBadge;
use crate::views::context::use_app;
use crate::views::quiz::page::words;
use leptos::prelude::*;

/// Where the question stands and where its steps lead.
pub struct Place {
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub previous: Option<String>,
    pub next: String,
    pub last: bool,
    pub results: String,
}

/// The mark a checked part carries: a symbol for the eye, words for everyone.
fn mark_view(mark: Mark) -> Option<impl IntoView> {
    let t = &ui().quiz;
    let (class, icon, text) = match mark {
        Mark::Plain => return None,
        Mark::ChosenRight => ("quiz-mark right", "\u{2713}", t.mark_chosen_right),
        Mark::ChosenWrong => ("quiz-mark wrong", "\u{2717}", t.mark_chosen_wrong),
        Mark::Answer => ("quiz-mark right", "\u{2713}", t.mark_answer),
    };
    Some(view! { <span class=class><span aria-hidden="true">{icon}" "</span>{text}</span> })
}

/// The mark on one part of a matching or ordering answer.
fn part_view(right: Option<bool>) -> Option<impl IntoView> {
    let t = &ui().quiz;
    right.map(|right| {
        let (class, icon, text) = if right {
            ("quiz-mark right", "\u{2713}", t.status_right)
        } else {
            ("quiz-mark wrong", "\u{2717}", t.status_wrong)
        };
        view! { <span class=class><span aria-hidden="true">{icon}" "</span>{text}</span> }
    })
}

/// The stylesheet's hook for a checked tile or part (`data-mark`).
fn mark_attr(mark: Mark) -> Option<&'static str> {
    match mark {
        Mark::Plain => None,
        Mark::ChosenRight => Some("right"),
        Mark::ChosenWrong => Some("wrong"),
        Mark::Answer => Some("answer"),
    }
}

fn part_attr(right: Option<bool>) -> Option<&'static str> {
    right.map(|r| if r { "right" } else { "wrong" })
}

#[component]
pub fn QuestionScreen(question: Question, place: Place, own: bool) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().quiz;
    let id = question.id.clone();
    let saved = {
        let id = id.clone();
        Memo::new(move |_| user.data.with(|d| d.progress.quiz.result(&id).cloned()))
    };
    let answer = RwSignal::new(saved.get_untracked().map_or_else(|| question.blank(content), |r| r.answer));
    // The answer as checked: the marks and the feedback stand for it; a
    // changed answer hides them until it is checked again.
    let checked = move || saved.get().map(|r| r.answer).filter(|a| answer.with(|now| now == a));
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
    let feedback = move || {
        let given = checked()?;
        let verdict = q.with_value(|q| q.check_in(content, &given, &words()));
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
    let number = place.number;
    let heading = fill(t.progress, &[("k", &num(number)), ("n", &num(place.total))]);
    let next_label = if place.last { t.see_results } else { t.next };
    view! {
        <section class="card quiz-screen quiz-question" id=item_dom_id(&Page::Quiz, &id) aria-labelledby="quiz-screen-title">
            <div class="quiz-progress">
                <h2 id="quiz-screen-title" tabindex="-1">{heading}{own.then_some(t.your_own)}</h2>
                <a class="quiz-results-link" href=place.results>{t.see_results}</a>
                <div class="quiz-bar" aria-hidden="true"><span style:inline-size=format!("{}%", percent(number - 1, place.total))></span></div>
            </div>
            <form on:submit=check>
                {inputs(&question, answer, checked)}
                <div class="quiz-check">
                    <button type="submit" class="quiz-button primary">{t.check}</button>
                    // Named by its question: several "Delete this question" read alike.
                    {own.then(|| view! {
                        <button type="button" class="quiz-button" on:click=remove aria-label=fill(t.delete_question_n, &[("n", &num(number))])>{t.delete_question}</button>
                    })}
                </div>
            </form>
            <div class="quiz-feedback-slot" aria-live="polite">
                {move || problem.get().map(|p| view! { <p class="import-error">{p}</p> })}
                {feedback}
            </div>
            <nav class="quiz-nav" aria-label=t.quiz_nav>
                {place.previous.map(|href| view! {
                    <a class="quiz-button quiz-prev" href=href rel="prev"><span class="quiz-arrow" aria-hidden="true">"\u{2190}"</span>{t.previous}</a>
                })}
                <a class="quiz-button quiz-next" class:primary=move || checked().is_some() href=place.next rel="next">
                    {next_label}<span class="quiz-arrow" aria-hidden="true">"\u{2192}"</span>
                </a>
            </nav>
        </section>
    }
}

fn feedback_view(q: &Question, verdict: Verdict) -> impl IntoView {
    let t = &ui().quiz;
    let (class, icon, head) = match (verdict.correct, verdict.of) {
        (true, _) => ("quiz-feedback right", "\u{2713}", t.right.to_string()),
        (false, 1) => ("quiz-feedback wrong", "\u{2717}", t.not_quite.to_string()),
        (false, of) => (
            "quiz-feedback wrong",
            "\u{2717}",
            fill(t.not_quite_some, &[("right", &num(verdict.right)), ("of", &num(of))]),
        ),
    };
    let label = if verdict.solution.len() == 1 { t.answer_one } else { t.answer_list };
    view! {
        <div class=class>
            <p class="quiz-verdict"><span class="quiz-icon" aria-hidden="true">{icon}</span><strong>{head}</strong></p>
            {if verdict.solution.len() == 1 {
                view! { <p>{label}{verdict.solution[0].clone()}</p> }.into_any()
            } else {
                view! { <p>{label}</p><ol class="quiz-solution">{verdict.solution.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol> }.into_any()
            }}
            <p>{q.explanation.clone()} {(!q.cite.is_empty()).then(|| cites_view(&q.cite))}</p>
        </div>
    }
}

/// The inputs for a question's kind, bound to `answer`, marked once `checked`.
fn inputs(
    q: &Question,
    answer: RwSignal<Vec<String>>,
    checked: impl Fn() -> Option<Vec<String>> + Copy + Send + Sync + 'static,
) -> AnyView {
    let content = use_app().content();
    let t = &ui().quiz;
    let key = StoredValue::new(q.key(content));
    let part = move |i: usize| key.with_value(|k| part_right(checked().as_deref(), k, i));
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
                let the_answer = key.with_value(|k| k.get(i).cloned().unwrap_or_default());
                view! {
                    <li class="quiz-match-row" data-mark=move || part_attr(part(i))>
                        <label for=select_id.clone()><TrackBadge track/>{track.label()}</label>
                        <select id=select_id on:change=change>
                            <option value="" selected=move || answer.with(|a| a.get(i).is_none_or(String::is_empty))>{t.choose}</option>
                            {options}
                        </select>
                        {move || part_view(part(i))}
                        {move || (part(i) == Some(false)).then(|| view! { <span class="quiz-part-answer">{t.answer_one}{the_answer.clone()}</span> })}
                    </li>
                }
            }).collect_view();
            view! {
                <p class="quiz-prompt">{q.prompt.clone()}</p>
                <ol class="quiz-match">{rows}</ol>
            }
            .into_any()
        }
        QuestionKind::Order => order_inputs(q, answer, part),
        _ => {
            let name = format!("q-{}", q.id);
            let tiles = q.choices_in(content, &words()).into_iter().map(|(value, label)| {
                let track = choice_track(q, &value).and_then(|n| content.track(n));
                let mark = {
                    let value = value.clone();
                    move || key.with_value(|k| choice_mark(&value, checked().as_deref(), k))
                };
                let is_chosen = {
                    let value = value.clone();
                    move || answer.with(|a| a.first() == Some(&value))
                };
                let chosen = value.clone();
                let attr = mark.clone();
                view! {
                    <label class="quiz-tile" data-mark=move || mark_attr(attr())>
                        <input type="radio" name=name.clone() value=value prop:checked=is_chosen on:change=move |_| answer.set(vec![chosen.clone()])/>
                        {track.map(|track| view! { <TrackBadge track/> })}
                        <span class="quiz-tile-text">{label}</span>
                        {move || mark_view(mark())}
                    </label>
                }
            }).collect_view();
            view! {
                <fieldset class="quiz-choices">
                    <legend class="quiz-prompt">{q.prompt.clone()}</legend>
                    {tiles}
                </fieldset>
            }
            .into_any()
        }
    }
}

/// Events to put in order: dragged with a pointer, or moved with the "Move
/// up" and "Move down" buttons, which keep focus as the item moves.
fn order_inputs(
    q: &Question,
    answer: RwSignal<Vec<String>>,
    part: impl Fn(usize) -> Option<bool> + Copy + Send + Sync + 'static,
) -> AnyView {
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
                        data-mark=move || part_attr(part(i))
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
                        {move || part_view(part(i))}
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
