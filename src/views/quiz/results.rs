//! The quiz's last screen: the score, the score by topic, every question
//! right, wrong or not answered (each a link back to it), and what a
//! teacher collects: the student's name on a results file, "Export
//! results". "Try again" clears the answers and starts over. The summary
//! is the model's (`quiz_flow::summary`).

use crate::browser::download::{describe, save_text, today};
use crate::browser::hash_route::navigate;
use crate::model::content::quiz::{results_json, Question};
use crate::model::content::quiz_flow::{question_route, summary, Status, Topic};
use crate::model::i18n::ui_text::{fill, grouped as num, lang, ui};
use crate::views::context::use_app;
use crate::views::quiz::page::words;
use leptos::prelude::*;

fn topic_name(topic: Topic) -> &'static str {
    let t = &ui().quiz;
    match topic {
        Topic::Tracks => t.topic_tracks,
        Topic::History => t.topic_history,
        Topic::Principles => t.topic_principles,
        Topic::Cases => t.topic_cases,
        Topic::Own => t.topic_own,
    }
}

/// `questions`: the whole quiz in order, each with whether it is a teacher's own.
#[component]
pub fn ResultsScreen(questions: Vec<(Question, bool)>) -> impl IntoView {
    let app = use_app();
    let (content, user) = (app.content(), app.user);
    let t = &ui().quiz;
    let questions = StoredValue::new(questions);
    let summary = move || {
        questions.with_value(|qs| {
            let refs: Vec<(&Question, bool)> = qs.iter().map(|(q, own)| (q, *own)).collect();
            user.data.with(|d| summary(&refs, &d.progress.quiz))
        })
    };
    let score_text = move || {
        let s = summary().score;
        fill(
            t.score.form(lang(), s.questions as u64),
            &[("right", &num(s.right)), ("answered", &num(s.answered)), ("n", &num(s.questions))],
        )
    };
    let topics = move || {
        summary()
            .topics
            .iter()
                .map(|ts| {
                    let sc = ts.score;
                    let share = if sc.questions == 0 { 0 } else { sc.right * 100 / sc.questions };
                    view! {
                        <li>
                            <span class="quiz-topic-name">{topic_name(ts.topic)}</span>
                            <span class="quiz-topic-score">{fill(t.topic_score, &[("right", &num(sc.right)), ("n", &num(sc.questions))])}</span>
                            <span class="quiz-bar" aria-hidden="true"><span style:inline-size=format!("{share}%")></span></span>
                        </li>
                    }
                })
                .collect_view()
    };
    let review = move || {
        let statuses = summary().statuses;
        questions.with_value(|qs| {
            qs.iter()
                .zip(statuses)
                .enumerate()
                .map(|(i, ((q, _), status))| {
                    let (class, icon, word) = match status {
                        Status::Right => ("right", "\u{2713}", t.status_right),
                        Status::Wrong => ("wrong", "\u{2717}", t.status_wrong),
                        Status::Unanswered => ("unanswered", "\u{2013}", t.status_unanswered),
                    };
                    view! {
                        <li class=class>
                            <a href=question_route(&q.id).to_hash()>
                                <span class="quiz-status"><span aria-hidden="true">{icon}" "</span>{word}</span>
                                <span class="quiz-review-q">{fill(t.question_number, &[("n", &num(i + 1))])}": "{q.prompt.clone()}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let export_status = RwSignal::new(String::new());
    let export = move |_| {
        let (json, name) = user.data.with_untracked(|d| {
            questions.with_value(|qs| {
                let refs: Vec<&Question> = qs.iter().map(|(q, _)| q).collect();
                (results_json(&d.progress.quiz, &refs, content, &today(), &words()), d.progress.quiz.name.clone())
            })
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
            if let Some(first) = questions.with_value(|qs| qs.first().map(|(q, _)| q.id.clone())) {
                navigate(&question_route(&first), false);
            }
        }
    };
    let name = move || user.data.with(|d| d.progress.quiz.name.clone());
    let set_name = move |ev| {
        let value = event_target_value(&ev);
        user.update(|d| d.progress.quiz.name = value);
    };
    view! {
        <section class="card quiz-screen quiz-results" aria-labelledby="quiz-screen-title">
            <h2 id="quiz-screen-title" tabindex="-1">{t.results_title}</h2>
            <p id="quiz-score" class="quiz-score" role="status">{score_text}</p>
            <div class="quiz-check">
                <button type="button" class="quiz-button primary" on:click=restart>{t.try_again}</button>
            </div>
            <h3>{t.topics_title}</h3>
            <ul class="quiz-topics">{topics}</ul>
            <h3>{t.review_title}</h3>
            <ol class="quiz-review">{review}</ol>
            <h3>{t.hand_in_title}</h3>
            <div class="quiz-hand-in">
                <label for="quiz-name">{t.name_label}</label>
                <input id="quiz-name" type="text" prop:value=name on:change=set_name/>
                <button type="button" class="quiz-button" on:click=export>{t.export_results}</button>
                <span class="filter-count" role="status">{move || export_status.get()}</span>
            </div>
        </section>
    }
}
