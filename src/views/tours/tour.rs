//! Guided tours: "Start tour" and "Resume tour" in the header, the places
//! the menu and the step panel are drawn once the classroom part has
//! arrived (`tour_views`), and the effects that move the guide to each
//! step's view and spotlight what it talks about.
//!
//! The tours themselves are data: the guide's own in the content dataset, a
//! teacher's own in their document. This file only drives them.

use crate::browser::hash_route::navigate;
use crate::browser::{spotlight, step_keys};
use crate::model::content::tour::{StepKey, Tour};
use crate::model::i18n::ui_text::{fill, lang, number, ui};
use crate::views::context::{use_app, AppContext};
use crate::views::tours::classroom::classroom_view;
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
    /// Whether the classroom part (the menu, the step panel and their
    /// stylesheet) has arrived (`classroom`).
    pub classroom: RwSignal<bool>,
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
            classroom: RwSignal::new(false),
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

/// The list of tours "Start tour" opens, drawn by the classroom part
/// (`classroom::tour_menu`) once it has arrived.
#[component]
pub fn TourMenu() -> impl IntoView {
    let tours = use_tours();
    move || tours.menu.get().then(|| classroom_view(tours.classroom, |part| part.menu))
}

/// The open tour's current step, drawn by the classroom part
/// (`classroom::tour_panel`) once it has arrived.
#[component]
pub fn TourPanel() -> impl IntoView {
    let tours = use_tours();
    move || tours.open.with(Option::is_some).then(|| classroom_view(tours.classroom, |part| part.panel))
}
