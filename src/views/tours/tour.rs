//! Guided tours: "Start tour" and "Resume tour" in the header, the step panel
//! ("Step k of n", a progress bar, Previous and Next), and the effects that
//! move the guide to each step's view and spotlight what it talks about.
//!
//! The tours themselves are data: the guide's own in the content dataset, a
//! teacher's own in their document. This file only drives them.

use crate::browser::hash_route::navigate;
use crate::browser::{spotlight, step_keys};
use crate::model::content::tour::{StepKey, Tour};
use crate::model::i18n::ui_text::{fill, lang, number, ui};
use crate::views::common::cite::cites_view;
use crate::views::context::{use_app, AppContext};
use crate::views::tours::classroom_style::load_classroom_style;
use crate::views::tours::tour_editor::TourEditor;
use leptos::prelude::*;

/// "Step k of n" in the reader's language.
pub fn step_label(tour: &Tour, step: usize) -> String {
    let (k, n) = tour.step_place(step);
    let lang = lang();
    fill(ui().tours.step_of, &[("k", &number(lang, k as u64)), ("n", &number(lang, n as u64))])
}

/// Which tour is open and at which step (zero-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenTour {
    pub tour: String,
    pub step: usize,
}

/// The tour controls every view may reach: what is open, whether the tour
/// menu shows, whether the guide is presenting.
#[derive(Clone, Copy)]
pub struct Tours {
    app: AppContext,
    pub open: RwSignal<Option<OpenTour>>,
    pub menu: RwSignal<bool>,
    pub presenting: RwSignal<bool>,
}

pub fn use_tours() -> Tours {
    expect_context::<Tours>()
}

impl Tours {
    /// Provides the controls and starts the effects that follow them.
    pub fn provide() -> Tours {
        let tours = Tours {
            app: use_app(),
            open: RwSignal::new(None),
            menu: RwSignal::new(false),
            presenting: RwSignal::new(false),
        };
        provide_context(tours);
        tours.follow_steps();
        step_keys::on_step_keys(move |key| tours.on_key(key));
        tours
    }

    /// A tour by id: the guide's own first, then the user's.
    pub fn find(self, id: &str) -> Option<Tour> {
        let app = self.app;
        app.content().tour(id).cloned().or_else(|| app.user.data.with_untracked(|d| d.tour(id).cloned()))
    }

    /// Every tour on offer: the guide's, then the user's own.
    pub fn all(self) -> Vec<Tour> {
        let app = self.app;
        let mut all = app.content().tours.clone();
        app.user.data.with(|d| all.extend(d.tours.iter().cloned()));
        all
    }

    pub fn start(self, tour: &str, step: usize) {
        self.menu.set(false);
        self.open.set(Some(OpenTour { tour: tour.to_string(), step }));
    }

    pub fn go_to(self, step: usize) {
        self.open.update(|open| {
            if let Some(open) = open {
                open.step = step;
            }
        });
    }

    pub fn leave(self) {
        self.open.set(None);
        spotlight::clear();
    }

    fn on_key(self, key: StepKey) -> bool {
        let Some(open) = self.open.get_untracked() else { return false };
        if key == StepKey::Leave {
            self.leave();
            return true;
        }
        let Some(tour) = self.find(&open.tour) else { return false };
        if let Some(step) = tour.step_after(open.step, key) {
            self.go_to(step);
        }
        true
    }

    /// On each step: save the place, go to its view, then spotlight its
    /// element once the view shows.
    fn follow_steps(self) {
        let app = self.app;
        Effect::new(move |_| {
            let Some(open) = self.open.get() else { return };
            let Some(tour) = self.find(&open.tour) else { return self.leave() };
            let Some(step) = tour.steps.get(open.step) else { return self.go_to(tour.steps.len().saturating_sub(1)) };
            let now = js_sys::Date::now() as u64;
            app.user.update(|d| d.progress.tours.record(&tour, open.step, now));
            let route = step.route();
            if app.route.get_untracked() != route {
                navigate(&route, true);
            }
        });
        Effect::new(move |_| {
            let open = self.open.get();
            let route = app.route.get();
            spotlight::clear();
            let Some(open) = open else { return };
            let Some(step) = self.find(&open.tour).and_then(|t| t.steps.get(open.step).cloned()) else { return };
            if step.route() != route {
                return;
            }
            let still_wanted = move || self.open.get_untracked().as_ref() == Some(&open);
            spotlight::light(step.target, still_wanted);
        });
    }
}

/// "Start tour" (with its menu of tours) and "Resume tour", for the header.
#[component]
pub fn TourButtons() -> impl IntoView {
    let tours = use_tours();
    let user = tours.app.user;
    let t = &ui().tours;
    let resume = Memo::new(move |_| {
        let place = user.data.with(|d| d.progress.tours.to_resume().cloned())?;
        let tour = tours.find(&place.tour)?;
        Some((
            place.tour,
            place.step,
            fill(t.resume_what, &[("tour", &tour.title), ("step", &step_label(&tour, place.step))]),
        ))
    });
    let offer_resume = move || tours.open.with(Option::is_none) && resume.with(Option::is_some);
    view! {
        <div class="tour-buttons">
            <button
                type="button"
                aria-expanded=move || tours.menu.get().to_string()
                aria-controls="tour-menu"
                on:click=move |_| tours.menu.update(|m| *m = !*m)
            >
                {t.start_tour}
            </button>
            <Show when=offer_resume>
                <button
                    type="button"
                    aria-describedby="resume-what"
                    on:click=move |_| {
                        if let Some((id, step, _)) = resume.get_untracked() {
                            tours.start(&id, step);
                        }
                    }
                >
                    {t.resume_tour}
                </button>
                <span id="resume-what" class="resume-what">{move || resume.get().map(|r| r.2)}</span>
            </Show>
        </div>
    }
}

/// The list of tours "Start tour" opens.
#[component]
pub fn TourMenu() -> impl IntoView {
    let tours = use_tours();
    let t = &ui().tours;
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            tours.menu.set(false);
        }
    };
    view! {
        <Show when=move || tours.menu.get()>
            {load_classroom_style()}
            <section id="tour-menu" class="tour-menu" aria-labelledby="tour-menu-title" on:keydown=close_on_escape>
                <h2 id="tour-menu-title">{t.guided_tours}</h2>
                <ul>
                    {move || tours.all().into_iter().map(|tour| {
                        let id = tour.id.clone();
                        view! {
                            <li>
                                <button type="button" on:click=move |_| tours.start(&id, 0)>{tour.title.clone()}</button>
                                <span class="tour-summary">
                                    {fill(
                                        t.tour_steps.form(lang(), tour.steps.len() as u64),
                                        &[("n", &number(lang(), tour.steps.len() as u64)), ("summary", &tour.summary)],
                                    )}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="hint">{t.keys_hint}</p>
                <TourEditor/>
            </section>
        </Show>
    }
}

/// The open tour's current step.
#[component]
pub fn TourPanel() -> impl IntoView {
    let tours = use_tours();
    let t = &ui().tours;
    let current = Memo::new(move |_| {
        let open = tours.open.get()?;
        let tour = tours.find(&open.tour)?;
        let step = tour.steps.get(open.step)?.clone();
        Some((tour, open.step, step))
    });
    move || {
        current.get().map(|(tour, k, step)| {
            load_classroom_style();
            let n = tour.steps.len();
            let last = tour.next(k).is_none();
            let previous = tour.previous(k);
            view! {
                <section class="tour-panel" aria-labelledby="tour-step-title">
                    <p class="tour-place">
                        <span class="tour-name">{tour.title.clone()}</span>
                        " \u{b7} "
                        <span class="tour-count">{step_label(&tour, k)}</span>
                    </p>
                    <progress max=n value=k + 1 aria-label=t.progress></progress>
                    <h2 id="tour-step-title">{step.title.clone()}</h2>
                    <p class="tour-text" aria-live="polite">
                        {step.text.clone()}
                        {(!step.cite.is_empty()).then(|| cites_view(&step.cite))}
                    </p>
                    <div class="tour-actions">
                        <button type="button" disabled=previous.is_none() on:click=move |_| {
                            if let Some(p) = previous {
                                tours.go_to(p);
                            }
                        }>{t.previous}</button>
                        {if last {
                            view! { <button type="button" class="primary" on:click=move |_| tours.leave()>{t.finish}</button> }.into_any()
                        } else {
                            view! { <button type="button" class="primary" on:click=move |_| tours.go_to(k + 1)>{t.next}</button> }.into_any()
                        }}
                        <button type="button" class="tour-leave link-button" on:click=move |_| tours.leave()>{t.leave}</button>
                    </div>
                </section>
            }
        })
    }
}
