//! The Timeline view: every event by era, each with its sources, quotations
//! and the readings of sources that disagree.

use crate::browser::page_focus::EVENT_DETAILS_ID;
use crate::browser::reading_position::follow_reading;
use crate::model::base::route::{Page, Route};
use crate::model::content::{Era, Event, EventKind};
use crate::model::formats::drawing::Figure;
use crate::model::geometry::diagram::{model_year, reading_mark, shown_year};
use crate::model::geometry::event_list::{first_slice, group_by_era, next_slice, EraGroup};
use crate::model::geometry::timeline::{counted, group_names, EventFilter, Viewport};
use crate::model::i18n::ui_text::{fill, ui};
use crate::model::user::notes::NoteKey;
use crate::model::user::UserData;
use crate::views::common::drawing_downloads::DrawingDownloads;
use crate::views::common::event_card::{event_body, EventCard, TimelineOptions};
use crate::views::common::layout::{PageHeading, Section};
use crate::views::common::model_diagram::ModelDiagram;
use crate::views::common::notes_field::NotesField;
use crate::views::context::use_app;
use crate::views::timeline::chart::{TimelineChart, EVENT_LIST_ID};
use crate::views::timeline::filters::TimelineFilters;
use crate::views::timeline::own_timeline::{ImportTimeline, OwnTimelineHeading};
use leptos::prelude::*;

/// The generated events for `?stress=N`, made once per size for the visit
/// (capped, so a typo cannot freeze the tab).
fn generated_events(n: usize) -> &'static [Event] {
    let n = n.min(20_000);
    events_for(format!("stress:{n}"), || {
        (crate::model::geometry::synthetic::synthetic_events(n, 1981, 2007, "wikipedia-2007"), Vec::new())
    })
    .0
}

/// The built-in events, joined in date order by those of the user's
/// timelines that are to be shown in the history.
fn history_with(content: &'static crate::model::content::Dataset, data: &UserData) -> &'static [Event] {
    let key = data.history_key();
    if key.is_empty() {
        return content.events.as_slice();
    }
    events_for(format!("history:{key}"), || (data.history(&content.events).unwrap_or_default(), Vec::new())).0
}

/// One of the user's timelines as the view draws it.
#[derive(Clone, PartialEq)]
struct Mine {
    id: String,
    title: String,
    description: String,
    events: &'static [Event],
    /// Its own eras; empty when it has none.
    eras: &'static [Era],
}

/// The user's timeline `id`, if there is one.
fn user_timeline(data: &UserData, id: &str) -> Option<Mine> {
    let timeline = data.timeline(id)?;
    let key = format!("mine:{}:{}:{}:{}", timeline.id, timeline.updated, timeline.events.len(), timeline.eras.len());
    let (events, eras) = events_for(key, || (timeline.to_events(), timeline.to_eras()));
    Some(Mine {
        id: timeline.id.clone(),
        title: timeline.title.clone(),
        description: timeline.description.clone(),
        events,
        eras,
    })
}

/// Events (and eras) made for the visit and kept for it: the chart and
/// cards hold `&'static Event`s. Made once per key (a size, a timeline's
/// version), so an unchanged timeline is not copied again.
fn events_for(key: String, make: impl FnOnce() -> (Vec<Event>, Vec<Era>)) -> (&'static [Event], &'static [Era]) {
    use std::sync::Mutex;
    type Made = (&'static [Event], &'static [Era]);
    // A vector, not a map: a few keys per visit, and a map costs wasm.
    static CACHE: Mutex<Vec<(String, Made)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, made)) = cache.iter().find(|(k, _)| *k == key) {
        return *made;
    }
    let (events, eras) = make();
    let made: Made = (Box::leak(events.into_boxed_slice()), Box::leak(eras.into_boxed_slice()));
    cache.push((key, made));
    made
}

/// The selected event in full, right under the chart, so choosing an event
/// there shows its story without leaving the chart.
#[component]
fn EventDetails(#[prop(into)] event: Signal<Option<&'static Event>>) -> impl IntoView {
    let t = &ui().timeline;
    view! {
        <section class="event-details card" id=EVENT_DETAILS_ID aria-labelledby="event-details-heading">
            <h2 id="event-details-heading">
                {move || match event.get() {
                    Some(e) => fill(t.event_details_at, &[("date", &e.date_label())]),
                    None => t.event_details.to_string(),
                }}
            </h2>
            {move || match event.get() {
                Some(e) => view! {
                    <h3 class="details-title">{e.title.as_str()}</h3>
                    {event_body(e)}
                    <NotesField key=NoteKey::Event(e.id.clone()) placeholder=t.notes_placeholder/>
                }
                .into_any(),
                None => view! {
                    <p class="hint">{t.details_hint}</p>
                }
                .into_any(),
            }}
        </section>
    }
}

/// How many of `events` the list shows so far (see `model::geometry::event_list`):
/// a first slice at once, then a slice more each time the browser is free,
/// starting again when the events change (a filter, a search).
fn reveal_in_slices(events: Memo<Vec<&'static Event>>) -> ReadSignal<usize> {
    let (revealed, set_revealed) = signal(first_slice(events.with_untracked(Vec::len)));
    // Which filling is current: a change of events abandons the one before.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let total = events.with(Vec::len);
        let run = generation.get_value().wrapping_add(1);
        generation.set_value(run);
        let first = first_slice(total);
        set_revealed.set(first);
        fn step(run: u32, total: usize, generation: StoredValue<u32>, set: WriteSignal<usize>, shown: usize) {
            let Some(more) = next_slice(shown, total) else { return };
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(run) && set.try_set(more).is_none() {
                        step(run, total, generation, set, more);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
        step(run, total, generation, set_revealed, first);
    });
    revealed
}

/// One era's events as cards, those whose place in the whole list (from
/// `start`) is below `revealed`; keyed, so a new slice only adds cards.
#[component]
fn SlicedEventList(
    events: Vec<&'static Event>,
    start: usize,
    revealed: ReadSignal<usize>,
    options: TimelineOptions,
) -> impl IntoView {
    let shown = move || {
        let count = revealed.get().saturating_sub(start).min(events.len());
        events[..count].to_vec()
    };
    view! {
        <ol class="cards event-list">
            <For each=shown key=|event| event.id.clone() let:event>
                <li><EventCard event options compact=true/></li>
            </For>
        </ol>
    }
}

/// The guide's history beside the reader's own timelines: each one link away.
#[component]
fn TimelineChoice() -> impl IntoView {
    let app = use_app();
    let t = &ui().timeline;
    let current = Memo::new(move |_| app.route.with(|r| r.param("mine").map(str::to_string)));
    move || {
        let own =
            app.user.data.with(|d| d.timelines.iter().map(|t| (t.id.clone(), t.title.clone())).collect::<Vec<_>>());
        (!own.is_empty()).then(|| {
            let here = current.get();
            let history_current = here.is_none().then_some("page");
            view! {
                <nav class="timeline-choice" aria-label=t.timelines>
                    <ul>
                        <li><a href=Route::page(Page::Timeline).to_hash() aria-current=history_current>{t.guide_history}</a></li>
                        {own.into_iter().map(|(id, title)| {
                            let mark = (here.as_deref() == Some(id.as_str())).then_some("page");
                            view! { <li><a href=Route::page(Page::Timeline).with_param("mine", &id).to_hash() aria-current=mark>{title}</a></li> }
                        }).collect_view()}
                    </ul>
                </nav>
            }
        })
    }
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let content = app.content();
    let route = app.route;
    let t = &ui().timeline;
    // `?stress=N` swaps the history for N generated events, to measure scale.
    let stress = Memo::new(move |_| route.with(|r| r.param("stress").and_then(|n| n.parse::<usize>().ok())));
    // `?mine=<id>` shows one of the user's own timelines instead.
    let mine = Memo::new(move |_| {
        let id = route.with(|r| r.param("mine").map(str::to_string))?;
        app.user.data.with(|d| user_timeline(d, &id))
    });
    // The history, with the events of the user's timelines marked "show in the history".
    let history = Memo::new(move |_| app.user.data.with(|d| history_with(content, d)));
    let all_events = move || match (stress.get(), mine.get()) {
        (Some(n), _) => generated_events(n),
        (None, Some(mine)) => mine.events,
        (None, None) => history.get(),
    };
    // A timeline of the user's shows its own eras, or none: never the guide's.
    let eras = Memo::new(move |_| match (stress.get(), mine.get()) {
        (None, Some(mine)) => mine.eras,
        _ => content.eras.as_slice(),
    });
    let options = TimelineOptions(Memo::new(move |_| route.with(|r| r.params.clone())));
    let filter = Memo::new(move |_| route.with(EventFilter::from_route));
    let filtered = Memo::new(move |_| filter.with(|f| f.apply(all_events())));
    let bounds = Memo::new(move |_| Viewport::of_timeline(all_events(), eras.get()));
    // The chart opens on the history (with the lane chosen, on that lane).
    let lane = Memo::new(move |_| filter.with(|f| f.lane));
    let opening = Memo::new(move |_| {
        let lane = lane.get();
        Viewport::opening(all_events().iter().filter(|e| lane.is_none_or(|l| e.kind == l)), eras.get())
    });
    let selected_event =
        Memo::new(move |_| route.with(|r| r.item.clone()).and_then(|id| all_events().iter().find(|e| e.id == id)));
    // The model as it stands now, then at the date of the event picked or of
    // the era scrolled to in the list, whichever the reader did last.
    let latest = content.events.last().map_or(1991, |e| model_year(&e.date));
    let mark = RwSignal::new(String::new());
    follow_reading("#event-list section.era[data-at]", move |at| {
        if let Ok(year) = at.parse() {
            mark.set(reading_mark(year, selected_event.get_untracked().map(|e| e.id.as_str())));
        }
    });
    let year = Signal::derive(move || {
        let picked = selected_event.get().map(|e| (e.id.as_str(), model_year(&e.date)));
        mark.with(|m| shown_year(latest, picked, m))
    });
    let revealed = reveal_in_slices(filtered);
    let era_sections = move || {
        let shown = filtered.get();
        if shown.is_empty() {
            return view! { <p class="no-match">{t.no_match}</p> }.into_any();
        }
        group_by_era(&shown, eras.get())
            .into_iter()
            .map(|EraGroup { era, lane, start, events }| {
                let hidden = move || revealed.get() <= start;
                match era {
                    None if lane == EventKind::Case => view! {
                        <section class="era era-cases" aria-labelledby="era-cases" hidden=hidden>
                            <h2 id="era-cases">{t.cases_heading}</h2>
                            <p>{t.cases_intro}</p>
                            <SlicedEventList events start revealed options/>
                        </section>
                    }
                    .into_any(),
                    Some(era) => {
                        let heading = format!("era-{}", era.id);
                        let labelled_by = heading.clone();
                        view! {
                            <section class="era" aria-labelledby=labelled_by hidden=hidden data-at=model_year(&era.start)>
                                <h2 id=heading>{era.name.as_str()}" "<span class="era-span">{era.span_label()}</span></h2>
                                <p>{era.summary.as_str()}</p>
                                <SlicedEventList events start revealed options/>
                            </section>
                        }
                        .into_any()
                    }
                    // A timeline with no eras: one list, with no heading to say so.
                    None if eras.with(|e| e.is_empty()) => view! {
                        <section class="era" aria-label=t.list_of_all_events hidden=hidden>
                            <SlicedEventList events start revealed options/>
                        </section>
                    }
                    .into_any(),
                    // The user's events may fall outside the history's eras.
                    None => {
                        // Before the first era and after the last: two groups, two ids.
                        let heading = format!("era-outside-{start}");
                        let labelled_by = heading.clone();
                        view! {
                        <section class="era" aria-labelledby=labelled_by hidden=hidden>
                            <h2 id=heading>{t.other_dates}</h2>
                            <SlicedEventList events start revealed options/>
                        </section>
                        }
                        .into_any()
                    }
                }
            })
            .collect_view()
            .into_any()
    };
    let own =
        Memo::new(move |_| mine.with(|m| m.as_ref().map(|m| (m.id.clone(), m.title.clone(), m.description.clone()))));
    view! {
        {move || match own.get() {
            Some((id, title, description)) => view! { <OwnTimelineHeading id title description/> }.into_any(),
            None => view! { <PageHeading page=Page::Timeline/><p class="lead">{t.lead}</p> }.into_any(),
        }}
        {move || stress.get().map(|n| view! {
            <p class="stress-note" role="note">
                {counted(&t.stress_note, n, &[])}
                <a href=Route::page(Page::Timeline).to_hash()>{t.back_to_history}</a>
            </p>
        })}
        <TimelineChoice/>
        <TimelineFilters
            filter
            shown=Signal::derive(move || filtered.with(Vec::len))
            total=Signal::derive(move || all_events().len())
            groups=Memo::new(move |_| group_names(all_events()))
        />
        <section class="chart-section" aria-label=t.chart_section>
            <TimelineChart events=filtered eras bounds opening/>
            <DrawingDownloads figure=Figure::Timeline/>
        </section>
        // Below the chart: on a projector the chart comes first, and bringing a
        // timeline in is the rarer task.
        <ImportTimeline/>
        <EventDetails event=selected_event/>
        <div class="timeline-layout">
            <div class="timeline-events" id=EVENT_LIST_ID tabindex="-1" role="region" aria-label=t.list_of_all_events>
                {era_sections}
            </div>
            // The model's history beside the guide's events; a reader's own
            // timeline is not about it.
            {move || mine.with(Option::is_none).then(|| view! {
                <div class="timeline-model">
                    <Section id="timeline-model" title=t.model_at_date>
                        <ModelDiagram year/>
                    </Section>
                </div>
            })}
        </div>
    }
}
