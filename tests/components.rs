//! Components mounted in a real browser (headless Chromium via
//! wasm-bindgen-test): they render the dataset and react to the route.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use multitrack::browser::hash_route::use_hash_route;
use multitrack::model::base::route::{Page, Route};
use multitrack::model::content::Dataset;
use multitrack::views::shell::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What the views show once the cases have joined the content (every view
/// drawn by a part), for the tests' expectations.
fn content() -> &'static Dataset {
    Box::leak(Box::new(Dataset::builtin_full()))
}

/// Mounts the app in its own element, driven by a signal the test controls.
fn mount(route: RwSignal<Route>) -> web_sys::Element {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    // The app starts, as in the browser, from the start module's content alone.
    let content: &'static Dataset = Box::leak(Box::new(Dataset::builtin()));
    leptos::mount::mount_to(host.clone().unchecked_into(), move || view! { <App content route/> }).forget();
    host
}

/// Lets Leptos run its scheduled DOM updates.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn text(host: &web_sys::Element, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn count(host: &web_sys::Element, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
fn mounts_with_nav_landmark_and_required_links() {
    let host = mount(RwSignal::new(Route::page(Page::Home)));
    let links: Vec<String> = (0..count(&host, "nav a"))
        .map(|i| host.query_selector_all("nav a").unwrap().item(i).unwrap().text_content().unwrap())
        .collect();
    for name in ["Timeline", "Tracks", "Principles", "References"] {
        assert!(links.iter().any(|l| l == name), "{name} missing from {links:?}");
    }
    assert_eq!(text(&host, "main h1"), "Multi-track diplomacy");
}

#[wasm_bindgen_test]
async fn switches_view_when_the_route_changes() {
    let route = RwSignal::new(Route::page(Page::Home));
    let host = mount(route);
    route.set(Route::page(Page::Tracks));
    settle().await;
    assert_eq!(text(&host, "main h1"), "The nine tracks");
    assert_eq!(count(&host, ".track-card"), 9);
    assert_eq!(text(&host, "nav a[aria-current=page]"), "Tracks");

    route.set(Route::page(Page::Principles));
    settle().await;
    assert_eq!(text(&host, "main h1"), "Twelve principles");
    assert_eq!(count(&host, ".principle-card"), 12);
    assert_eq!(count(&host, ".track-card"), 0, "the old view is gone");
}

#[wasm_bindgen_test]
async fn marks_exactly_the_selected_item() {
    let route = RwSignal::new(Route::item(Page::Tracks, "7"));
    let host = mount(route);
    settle().await;
    assert_eq!(count(&host, ".card[aria-current=true]"), 1);
    assert!(text(&host, ".card[aria-current=true] h3").contains("Track 7: Religion"));

    // Selecting by id works as well as by number.
    route.set(Route::item(Page::Tracks, "media"));
    settle().await;
    assert_eq!(count(&host, ".card[aria-current=true]"), 1);
    assert!(text(&host, ".card[aria-current=true] h3").contains("Track 9"));

    route.set(Route::page(Page::Tracks));
    settle().await;
    assert_eq!(count(&host, ".card[aria-current=true]"), 0);
}

#[wasm_bindgen_test]
async fn timeline_shows_every_event_eras_and_disputes() {
    let content = content();
    let route = RwSignal::new(Route::page(Page::Timeline));
    let host = mount(route);
    settle().await;
    assert_eq!(count(&host, ".event-card") as usize, content.events.len());
    // The history's eras, and the cases' own section after them.
    assert_eq!(count(&host, "section.era") as usize, content.eras.len() + 1);
    assert_eq!(count(&host, "section.era-cases .event-card") as usize, content.cases().count());
    let disputes: usize = content.events.iter().map(|e| e.disputes.len()).sum();
    assert_eq!(count(&host, ".dispute") as usize, disputes);
    let first = text(&host, ".event-card h3");
    assert!(first.starts_with("1981"), "an event's name begins with its year: {first}");
}

#[wasm_bindgen_test]
async fn read_all_holds_the_whole_content() {
    let content = content();
    let host = mount(RwSignal::new(Route::page(Page::ReadAll)));
    settle().await;
    let body = host.text_content().unwrap();
    for e in &content.events {
        assert!(body.contains(&e.title), "missing event {}", e.id);
    }
    for t in &content.tracks {
        assert!(body.contains(&t.label()), "missing track {}", t.number);
    }
    for p in &content.principles.items {
        assert!(body.contains(&p.meaning), "missing principle {}", p.id);
    }
    for r in &content.references {
        let words = r.title.as_deref().or(r.source.as_deref()).unwrap_or_default();
        assert!(body.contains(words), "missing reference {}", r.id);
    }
}

#[wasm_bindgen_test]
async fn hash_route_follows_the_address_bar() {
    let owner = Owner::new();
    let route = owner.with(use_hash_route);
    window().location().set_hash("#/references/op7").unwrap();
    settle().await;
    assert_eq!(route.get_untracked(), Route::item(Page::References, "op7"));
    window().location().set_hash("#/concepts").unwrap();
    settle().await;
    assert_eq!(route.get_untracked(), Route::page(Page::Concepts));
    window().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn model_diagram_follows_the_selected_event() {
    let route = RwSignal::new(Route::item(Page::Timeline, "1981-track-one-track-two"));
    let host = mount(route);
    settle().await;
    let label = || host.query_selector("svg[role=img]").unwrap().unwrap().get_attribute("aria-label").unwrap();
    assert!(label().contains("2 tracks in a hierarchy"), "{}", label());
    assert!(label().contains("Track One, official government diplomacy on top"), "{}", label());
    assert_eq!(count(&host, ".diagram-legend li"), 2);
    assert_eq!(count(&host, ".node.absent"), 7);
    assert_eq!(count(&host, "line.link-up"), 1);

    route.set(Route::item(Page::Timeline, "1989-five-tracks"));
    settle().await;
    assert!(label().contains("5 tracks in a hierarchy"), "{}", label());
    assert_eq!(count(&host, "line.link-up"), 4);

    route.set(Route::item(Page::Timeline, "1991-nine-tracks"));
    settle().await;
    assert!(label().contains("9 tracks in a circle"), "{}", label());
    assert_eq!(count(&host, ".node.absent"), 0);
    assert_eq!(count(&host, "line.link"), 36);
}

#[wasm_bindgen_test]
async fn tracks_circle_highlights_the_selected_tracks_links() {
    let route = RwSignal::new(Route::page(Page::Tracks));
    let host = mount(route);
    settle().await;
    assert_eq!(count(&host, ".model-diagram a.node-link"), 9);
    assert_eq!(count(&host, ".model-diagram line.active"), 0, "quiet until a track is chosen");
    route.set(Route::item(Page::Tracks, "religion"));
    settle().await;
    assert_eq!(count(&host, ".model-diagram line.active"), 8);
    assert_eq!(count(&host, ".model-diagram line.faded"), 28);
    assert_eq!(count(&host, ".model-diagram a[aria-current=true]"), 1);
    assert!(text(&host, "#track-details h3").contains("Track 7: Religion"));
}

/// The centre of each track's node on the circle, from its inline transform.
fn node_centres(host: &web_sys::Element) -> Vec<(f64, f64)> {
    let nodes = host.query_selector_all(".model-diagram g.node").unwrap();
    (0..nodes.length())
        .map(|i| {
            let el: web_sys::HtmlElement = nodes.item(i).unwrap().unchecked_into();
            let transform = el.style().get_property_value("transform").unwrap();
            let numbers: Vec<f64> = transform
                .trim_start_matches("translate(")
                .trim_end_matches(')')
                .split(',')
                .map(|n| n.trim().trim_end_matches("px").parse().unwrap())
                .collect();
            (numbers[0], numbers[1])
        })
        .collect()
}

fn line_ends(line: &web_sys::Element) -> [(f64, f64); 2] {
    let at = |name: &str| line.get_attribute(name).unwrap().parse::<f64>().unwrap();
    [(at("x1"), at("y1")), (at("x2"), at("y2"))]
}

#[wasm_bindgen_test]
async fn circle_geometry_nine_nodes_evenly_round_with_track_one_on_top() {
    let host = mount(RwSignal::new(Route::page(Page::Tracks)));
    settle().await;
    let centres = node_centres(&host);
    assert_eq!(centres.len(), 9);
    let (cx, cy) = (centres.iter().map(|c| c.0).sum::<f64>() / 9.0, centres.iter().map(|c| c.1).sum::<f64>() / 9.0);
    let radii: Vec<f64> = centres.iter().map(|(x, y)| (x - cx).hypot(y - cy)).collect();
    for r in &radii {
        assert!((r - radii[0]).abs() <= 1.5, "every node on one circle: {radii:?}");
    }
    assert!(radii[0] > 80.0, "a real circle, radius {}", radii[0]);
    // Track 1 straight above the centre, then clockwise 40 degrees apart.
    assert!((centres[0].0 - cx).abs() <= 1.0 && centres[0].1 < cy);
    for i in 0..9 {
        let angle = |(x, y): (f64, f64)| (y - cy).atan2(x - cx);
        let step = (angle(centres[(i + 1) % 9]) - angle(centres[i])).rem_euclid(std::f64::consts::TAU).to_degrees();
        assert!((step - 40.0).abs() < 1.0, "track {} to {}: {step} degrees", i + 1, (i + 1) % 9 + 1);
    }
    // 36 links, each joining two node centres.
    let lines = host.query_selector_all(".model-diagram line.link").unwrap();
    assert_eq!(lines.length(), 36);
    let near = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() <= 1.0 && (a.1 - b.1).abs() <= 1.0;
    for i in 0..lines.length() {
        let ends = line_ends(&lines.item(i).unwrap().unchecked_into());
        for end in ends {
            assert!(centres.iter().any(|c| near(*c, end)), "link end {end:?} is at a node");
        }
    }
}

#[wasm_bindgen_test]
async fn highlighted_links_are_exactly_the_selected_tracks_and_follow_focus() {
    let route = RwSignal::new(Route::item(Page::Tracks, "3"));
    let host = mount(route);
    settle().await;
    let centres = node_centres(&host);
    let touches = |line: &web_sys::Element, track: usize| {
        let c = centres[track - 1];
        line_ends(line).iter().any(|e| (e.0 - c.0).abs() <= 1.0 && (e.1 - c.1).abs() <= 1.0)
    };
    let links_of = |class: &str| {
        let lines = host.query_selector_all(&format!(".model-diagram line.{class}")).unwrap();
        (0..lines.length()).map(|i| lines.item(i).unwrap().unchecked_into::<web_sys::Element>()).collect::<Vec<_>>()
    };
    assert_eq!(links_of("active").len(), 8);
    assert!(links_of("active").iter().all(|l| touches(l, 3)), "every highlighted link joins track 3");
    assert!(links_of("faded").iter().all(|l| !touches(l, 3)), "no faded link joins track 3");
    // Focus outranks selection: focusing track 8 lights track 8's links.
    let node: web_sys::SvgElement =
        host.query_selector(".model-diagram a[data-track='8']").unwrap().unwrap().unchecked_into();
    node.focus().unwrap();
    settle().await;
    assert!(links_of("active").iter().all(|l| touches(l, 8)));
    assert_eq!(links_of("active").len(), 8);
    // The half matrix lights the selected track's row, column and its eight pairs.
    assert_eq!(count(&host, ".relation-matrix tbody td"), 36);
    assert_eq!(count(&host, ".relation-matrix td.lit"), 8);
    assert_eq!(count(&host, ".relation-matrix tbody tr.lit"), 1);
    assert_eq!(count(&host, ".relation-matrix thead th.lit"), 1);
}

#[wasm_bindgen_test]
async fn the_worked_case_draws_every_actor_and_relation_and_marks_missing_tracks() {
    let data = content();
    let host = mount(RwSignal::new(Route::item(Page::Cases, &data.case_example.id)));
    settle().await;
    let case = &data.case_example;
    assert_eq!(count(&host, ".case-track"), 9);
    assert_eq!(count(&host, ".case-actor"), case.actors.len() as u32);
    assert_eq!(count(&host, ".case-svg .case-relation"), case.relations.len() as u32);
    assert_eq!(count(&host, ".case-track.track-missing"), case.gaps().missing.len() as u32);
    let missing = text(&host, "#case-missing");
    for n in case.gaps().missing {
        assert!(missing.contains(&data.track(n).unwrap().label()), "{missing}");
    }
}

#[wasm_bindgen_test]
async fn the_quiz_shows_one_question_a_screen_with_the_inputs_its_kind_needs_then_the_results() {
    use multitrack::model::content::quiz::QuestionKind;
    let data = content();
    let route = RwSignal::new(Route::page(Page::Quiz));
    let host = mount(route);
    settle().await;
    assert_eq!(count(&host, ".quiz-question"), 1, "one question at a time");
    assert_eq!(text(&host, "#quiz-screen-title"), format!("Question 1 of {}", data.quiz.len()));
    assert_eq!(count(&host, ".quiz-match select"), 9, "one choice per track");
    assert_eq!(count(&host, ".quiz-prev"), 0, "nothing before the first question");
    let order = data.quiz.iter().find(|q| q.kind == QuestionKind::Order).unwrap();
    route.set(Route::item(Page::Quiz, &order.id));
    settle().await;
    assert_eq!(count(&host, ".quiz-question"), 1);
    assert_eq!(count(&host, ".quiz-order-item") as usize, order.options.len(), "the question's events, to arrange");
    let track = data.quiz.iter().find(|q| q.kind == QuestionKind::Track).unwrap();
    route.set(Route::item(Page::Quiz, &track.id));
    settle().await;
    assert_eq!(count(&host, ".quiz-tile input[type=radio]"), 9, "a tile for each track");
    assert_eq!(count(&host, ".quiz-tile .track-badge.tc"), 9, "each with its track's chip");
    route.set(Route::page(Page::Quiz).with_param("show", "results"));
    settle().await;
    assert_eq!(count(&host, ".quiz-question"), 0);
    assert!(text(&host, "#quiz-score").starts_with("Score: 0 right of 0 answered"));
    assert_eq!(count(&host, ".quiz-review li") as usize, data.quiz.len(), "every question listed");
}

#[wasm_bindgen_test]
async fn a_waiting_version_is_offered_and_taken_only_when_asked() {
    use std::cell::Cell;
    use std::rc::Rc;
    let host = mount(RwSignal::new(Route::page(Page::Home)));
    settle().await;
    assert_eq!(count(&host, ".update-notice"), 0, "nothing waits yet");
    let taken = Rc::new(Cell::new(0));
    let seen = taken.clone();
    let handle = window_event_listener_untyped("multitrack:take-update", move |_| seen.set(seen.get() + 1));
    window().dispatch_event(&web_sys::Event::new("multitrack:update").unwrap()).unwrap();
    settle().await;
    assert!(text(&host, ".update-notice").contains("A new version is available"));
    assert_eq!(taken.get(), 0, "offering is not taking");
    host.query_selector(".update-notice button").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(taken.get(), 1, "Reload asks the service worker's script once");
    handle.remove();
}

/// The header's Language menu: each language named in itself and marked with
/// its own `lang`, each link the current view and selection in that language.
#[wasm_bindgen_test]
async fn the_language_menu_links_the_same_view_in_each_language() {
    let route = RwSignal::new(Route::item(Page::Tracks, "5"));
    let host = mount(route);
    settle().await;
    let links = host.query_selector_all(".language-menu a").unwrap();
    let mut seen = Vec::new();
    for i in 0..links.length() {
        let a: web_sys::Element = links.item(i).unwrap().unchecked_into();
        let (lang, href) = (a.get_attribute("lang").unwrap(), a.get_attribute("href").unwrap());
        assert!(href.contains(&format!("lang={lang}")) && href.ends_with("#/tracks/5"), "{href}");
        seen.push((a.text_content().unwrap(), lang));
    }
    let expected: Vec<(String, String)> = multitrack::model::base::lang::Lang::ALL
        .iter()
        .map(|l| (l.native_name().to_string(), l.code().to_string()))
        .collect();
    assert_eq!(seen, expected);
    // The English page has no "translated" note.
    assert_eq!(count(&host, ".translation-notice"), 0);
    route.set(Route::page(Page::Principles));
    settle().await;
    let first: web_sys::Element = host.query_selector(".language-menu a").unwrap().unwrap();
    assert!(first.get_attribute("href").unwrap().ends_with("#/principles"), "the links follow the view");
}
