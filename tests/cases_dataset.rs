//! Native checks of the cases content (`src/content/cases.json`): real,
//! cited cases, their methods and criticism, three worked maps of real
//! cases, and the questions and tour on them. Each rule of its own is shown
//! firing on a broken copy.

mod common;
use common::assert_problem;
use multitrack::model::base::date::HistDate;
use multitrack::model::content::case_studies::{quiz_with_cases, Cases, CASES_FORMAT, CASES_VERSION};
use multitrack::model::content::{Dataset, EntryPart, EventKind, ReferenceWords};

fn full() -> Dataset {
    Dataset::builtin_full()
}

#[test]
fn the_cases_dataset_is_versioned_and_its_encoding_reads_back_as_the_json() {
    let from_json = Cases::from_json(Cases::builtin_json()).unwrap();
    assert_eq!((from_json.format.as_str(), from_json.version), (CASES_FORMAT, CASES_VERSION));
    // The encoding carries the built-in quiz too, in front of the cases' own.
    let content = Dataset::from_json(Dataset::builtin_json()).unwrap();
    let (encoded_content, expected) = quiz_with_cases(content.clone(), from_json);
    assert_eq!(Cases::builtin(), expected);
    assert_eq!(Dataset::builtin(), encoded_content);
}

#[test]
fn the_quiz_travels_with_the_cases_and_comes_back_in_its_order() {
    let content = Dataset::from_json(Dataset::builtin_json()).unwrap();
    let cases = Cases::from_json(Cases::builtin_json()).unwrap();
    assert!(Dataset::builtin().quiz.is_empty(), "the start module's content has no quiz to carry");
    let ids = |d: &Dataset| d.quiz.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    let in_order: Vec<String> = content.quiz.iter().chain(&cases.quiz).map(|q| q.id.clone()).collect();
    assert!(!content.quiz.is_empty() && !cases.quiz.is_empty());
    assert_eq!(ids(&full()), in_order);
    assert_eq!(full(), content.with_cases(cases), "the joined content is the content as written");
}

#[test]
fn at_least_eight_real_cases_each_cited_with_people_and_tracks() {
    let data = full();
    let cases: Vec<_> = data.cases().collect();
    assert!(cases.len() >= 8, "{} cases", cases.len());
    for id in [
        "1955-russell-einstein-manifesto",
        "1957-pugwash-first-conference",
        "1960-dartmouth-conference",
        "1990-rome-talks-mozambique",
        "1991-neemrana-dialogue",
        "1992-oslo-back-channel",
        "1993-inter-tajik-dialogue",
        "1994-carter-pyongyang",
    ] {
        let e = data.event(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(e.kind, EventKind::Case, "{id}");
        assert!(!e.cite.is_empty() && !e.people.is_empty() && !e.tracks.is_empty(), "{id}");
    }
    // Dates at their real precision, where the sources give the day.
    assert_eq!(data.event("1955-russell-einstein-manifesto").unwrap().date, HistDate::parse("1955-07-09").unwrap());
    assert_eq!(data.event("1990-rome-talks-mozambique").unwrap().end, Some(HistDate::parse("1992-10-04").unwrap()));
    assert_eq!(data.event("1992-oslo-back-channel").unwrap().end, Some(HistDate::parse("1993-09-13").unwrap()));
    // The history of the idea is still whole, and the two lanes interleave in date order.
    assert_eq!(data.events.iter().filter(|e| e.kind == EventKind::History).count(), Dataset::builtin().events.len());
    assert!(data.events.windows(2).all(|w| w[0].date <= w[1].date));
}

#[test]
fn sources_differ_is_shown_where_they_do() {
    let data = full();
    let dartmouth = data.event("1960-dartmouth-conference").unwrap();
    assert!(dartmouth
        .disputes
        .iter()
        .any(|d| d.about.contains("1960") || d.readings.iter().any(|r| r.says.contains("1961"))));
    let disputed = data.cases().filter(|e| !e.disputes.is_empty()).count();
    assert!(disputed >= 5, "{disputed} cases carry a dispute");
}

#[test]
fn three_worked_maps_of_real_cases_with_outcome_and_gaps_and_the_invented_one_kept() {
    let data = full();
    for id in ["oslo-1992-93", "mozambique-1990-92", "inter-tajik-dialogue"] {
        let study = data.case_study(id).unwrap_or_else(|| panic!("{id}"));
        assert!(!study.map.invented);
        assert!(study.map.actors.len() >= 6, "{id}: {} actors", study.map.actors.len());
        assert!(!study.map.relations.is_empty());
        assert!(!study.outcome.cite.is_empty() && !study.missing.text.is_empty());
        assert_eq!(data.event(&study.event).and_then(|e| e.case_map.as_deref()), Some(id));
        assert!(!study.map.gaps().missing.is_empty(), "{id}: the map shows what is missing");
    }
    let mozambique = data.case_study("mozambique-1990-92").unwrap();
    assert!(mozambique.map.actors.iter().any(|a| a.track == 7 && a.name.contains("Sant")), "Sant'Egidio on religion");
    let oslo = data.case_study("oslo-1992-93").unwrap();
    assert!(oslo.map.actors.iter().any(|a| a.track == 5 && a.name.contains("Fafo")), "Fafo on research");
    assert!(data.case_example.invented, "Lake Sarava stays, labelled invented");
}

#[test]
fn methods_neighbours_and_criticism_are_there_and_linked_to_cases() {
    let data = full();
    for id in [
        "problem-solving-workshops",
        "sustained-dialogue",
        "track-one-and-a-half",
        "lederach-pyramid",
        "chatham-house-rule",
    ] {
        assert!(data.method(id).is_some(), "{id}");
    }
    let pyramid = data.method("lederach-pyramid").unwrap();
    assert_eq!(pyramid.levels.len(), 3);
    assert!(pyramid.basis.is_some(), "the mapping to the tracks says what is the guide's reading");
    for id in ["not-diplomacy", "measuring-impact", "oslo-outcome", "numbering-differs"] {
        assert!(data.criticism_item(id).is_some(), "{id}");
    }
    let oslo = data.event("1992-oslo-back-channel").unwrap();
    assert!(data.criticism_for_event(oslo).iter().any(|c| c.id == "oslo-outcome"));
    let numbering = data.criticism_for_track(3);
    assert!(numbering.iter().any(|c| c.id == "numbering-differs"), "shown on the tracks it concerns");
    assert!(data.cases().any(|e| e.concepts.iter().any(|c| c == "sustained-dialogue")));
}

#[test]
fn a_tour_and_at_least_six_questions_on_the_cases() {
    let data = full();
    let tour = data.tour("tracks-at-work").unwrap();
    assert_eq!(tour.title, "The tracks at work");
    assert!(tour.steps.iter().filter(|s| s.route.contains("#/timeline/") || s.route.contains("#/cases/")).count() >= 6);
    let before = Dataset::builtin().quiz.len();
    let on_cases = data.quiz.len() - before;
    assert!(on_cases >= 6, "{on_cases} new questions");
    // Some ask which track acted; some what came first.
    use multitrack::model::content::quiz::QuestionKind;
    let kinds: Vec<QuestionKind> = data.quiz[before..].iter().map(|q| q.kind).collect();
    assert!(kinds.contains(&QuestionKind::Track) && kinds.contains(&QuestionKind::Order));
    assert!(data.quiz[before..].iter().all(|q| !q.cite.is_empty() && !q.explanation.is_empty()));
}

#[test]
fn real_cases_stand_beside_the_illustrative_examples_in_the_matrix() {
    let data = full();
    assert!(data.relation_cases.len() >= 5);
    assert!(!data.relation_cases_for(7, 1).is_empty(), "religion and government: Mozambique");
}

#[test]
fn rejects_a_case_that_points_at_what_does_not_exist() {
    let mut data = full();
    let i = data.events.iter().position(|e| e.id == "1992-oslo-back-channel").unwrap();
    data.events[i].concepts.push("no-such-method".into());
    data.events[i].criticism.push("no-such-criticism".into());
    data.events[i].case_map = Some("no-such-map".into());
    data.events[i].people.clear();
    assert_problem(&data, &format!("events[{i}].concepts"));
    assert_problem(&data, "unknown method \"no-such-method\"");
    assert_problem(&data, "unknown criticism \"no-such-criticism\"");
    assert_problem(&data, "unknown case map \"no-such-map\"");
    assert_problem(&data, "a case names the people in it");
}

#[test]
fn rejects_a_method_or_criticism_that_does_not_hold() {
    let mut data = full();
    data.methods[0].cases.push("1991-nine-tracks".into());
    data.methods[0].tracks.push(10);
    let pyramid = data.methods.iter().position(|m| !m.levels.is_empty()).unwrap();
    data.methods[pyramid].basis = None;
    data.criticism[0].applies_to.events.push("nowhere".into());
    data.criticism[0].applies_to.tracks.push(0);
    data.criticism[1].passages.clear();
    assert_problem(&data, "\"1991-nine-tracks\" is not a case event");
    assert_problem(&data, "no track 10");
    assert_problem(&data, "levels set against the tracks must say what the sources state");
    assert_problem(&data, "unknown event \"nowhere\"");
    assert_problem(&data, "no track 0");
    assert_problem(&data, "a criticism needs at least one cited passage");
}

#[test]
fn rejects_a_real_case_map_that_does_not_hold() {
    let mut data = full();
    data.case_studies[0].map.invented = true;
    data.case_studies[0].map.actors[0].track = 12;
    data.case_studies[0].labels.push(multitrack::model::content::case_studies::ShortLabel {
        actor: "nobody".into(),
        short: "A label far too long to fit".into(),
    });
    data.case_studies[1].outcome.cite.clear();
    data.case_studies[2].event = "1991-nine-tracks".into();
    data.relation_cases[0].tracks = [7, 1];
    assert_problem(&data, "a real case cannot be marked invented");
    assert_problem(&data, "case_studies[0].map.actors[0]");
    assert_problem(&data, "no actor \"nobody\"");
    assert_problem(&data, "must be 1 to 16 characters");
    assert_problem(&data, "a real case map cites its sources and its outcome's");
    assert_problem(&data, "\"1991-nine-tracks\" is not a case event");
    assert_problem(&data, "[7, 1] is not two known tracks, lower first");
}

#[test]
fn every_citation_of_the_cases_resolves_and_every_new_reference_is_cited() {
    let data = full();
    let mut broken = data.clone();
    broken.case_studies[0]
        .outcome
        .cite
        .push(multitrack::model::content::Citation { reference: "nobody-2020".into(), pages: None });
    assert_problem(&broken, "case_studies[0].outcome.cite");
    let cases = Cases::builtin();
    for r in &cases.references {
        assert!(!data.cited_by(&r.id).is_empty(), "{} is cited somewhere", r.id);
    }
}

/// A reference says where a source is and when it was consulted, never how
/// it was found: no dataset, in any language, speaks of the tools or copies
/// used to read its sources.
#[test]
fn no_dataset_speaks_of_how_its_sources_were_found() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let mut files = vec![root.join("dataset.json"), root.join("cases.json")];
    for lang in ["fr", "es", "ar"] {
        files.push(root.join("i18n").join(lang).join("dataset.json"));
        files.push(root.join("i18n").join(lang).join("cases.json"));
    }
    let words = [
        "search tool",
        "stored copy",
        "copy read",
        "read via",
        "file index",
        "mirrored snapshot",
        "abstract read",
        "opening read",
        "text read",
        "page read",
        "was read",
        "read at ",
        "not read on",
        "no author shown",
        "no author named",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())).to_lowercase();
        for word in words {
            assert!(!text.contains(word), "{} speaks of how its sources were found: \"{word}\"", file.display());
        }
    }
}

/// A web page without a date of its own says when it was consulted, in a
/// field of its own: the page's language words it ("Consulted December 2026",
/// "Consulté en décembre 2026"), never the dataset's prose.
#[test]
fn every_undated_web_page_says_when_it_was_consulted() {
    let data = full();
    for r in &data.references {
        if r.url.is_some() && r.date.is_none() {
            assert!(r.consulted.is_some(), "{} is an undated web page with no consulted date", r.id);
        }
        let text = format!("{} {}", r.author.as_deref().unwrap_or_default(), r.source.as_deref().unwrap_or_default())
            .to_lowercase();
        for word in ["read december", "consulted", "retrieved december"] {
            assert!(!text.contains(word), "{}: the consulted date belongs in `consulted`: {text}", r.id);
        }
    }
}

/// Author, title, source and consulted date, punctuated as a bibliography
/// is, the title quoted with the page language's marks unless it is a book's.
#[test]
fn a_citation_reads_as_a_scholar_writes_it() {
    let data = full();
    let words = ReferenceWords { quoted: "\u{201c}{title}\u{201d}", consulted: "Consulted {date}." };
    let cite = |id: &str| data.reference(id).unwrap().citation(&words);
    assert_eq!(
        cite("montville-davidson-1981"),
        "Montville, J. V., & Davidson, W. D. (1981). \u{201c}Foreign Policy According to Freud\u{201d}. Foreign Policy, Winter 1981-82, 145-157."
    );
    assert_eq!(
        cite("mcdonald-bendahmane-1987"),
        "McDonald, J. W., & Bendahmane, D. R. (1987). Conflict Resolution: Track Two Diplomacy. Washington, DC: US Government Printing Office."
    );
    assert_eq!(
        cite("wp-russell-einstein"),
        "\u{201c}Russell\u{2013}Einstein Manifesto\u{201d}. Wikipedia, the free encyclopedia. Consulted December 2026. https://en.wikipedia.org/wiki/Russell%E2%80%93Einstein_Manifesto"
    );
    assert!(
        cite("primakov-2010").starts_with("Primakov, Y. \u{201c}Reminiscing"),
        "an initial keeps its one full stop"
    );
    assert!(cite("sd-learn").starts_with(
        "International Institute for Sustained Dialogue. \u{201c}Learn about Sustained Dialogue\u{201d}. Consulted"
    ));
    assert!(
        cite("sup-jones-contents").contains("Theory and Practice: contents"),
        "a source that goes on the title's sentence follows it"
    );
    assert!(cite("waage-2000").contains("Middle East. Evaluation Report"));
    assert!(cite("nobel-committee-1995").contains("for 1995\u{201d} (announcement"));
    let french = ReferenceWords { quoted: "\u{ab}\u{a0}{title}\u{a0}\u{bb}", consulted: "Consulté en {date}." };
    assert!(
        data.reference("fe-2018").unwrap().entry(&french).contains("optics?\u{a0}\u{bb} Financial Express"),
        "a question mark needs no full stop"
    );
    // The title stands apart, without its marks, for the view to set off.
    let parts = data.reference("zaidi-2023").unwrap().entry_parts(&words);
    assert_eq!(parts[0], EntryPart::Text("Zaidi, W. H. (2023). \u{201c}".into()));
    assert!(matches!(&parts[1], EntryPart::Title(t) if t.starts_with("The Pugwash")));
    assert!(matches!(&parts[2], EntryPart::Text(t) if t.starts_with("\u{201d}. The British Journal")));
}

/// The Arabic entry joins its pieces with Arabic punctuation where its source
/// opens with it, and keeps the English title as published.
#[test]
fn an_arabic_entry_keeps_its_title_and_its_commas() {
    let read = |file: &str| {
        std::fs::read_to_string(format!("{}/src/content/i18n/ar/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    let arabic: Dataset = serde_json::from_str(&read("dataset.json")).unwrap();
    let arabic = arabic.with_cases(serde_json::from_str::<Cases>(&read("cases.json")).unwrap());
    let words = ReferenceWords { quoted: "\u{ab}{title}\u{bb}", consulted: "{date}" };
    let english = full();
    for r in &arabic.references {
        let en = english.reference(&r.id).unwrap();
        assert_eq!(r.title, en.title, "{}: a title stays as published", r.id);
        assert!(!r.entry(&words).contains(". \u{60c}"), "{}: {}", r.id, r.entry(&words));
    }
    let lederach = arabic.reference("lederach-levels-2023").unwrap().entry(&words);
    assert!(lederach.contains("\u{bb}\u{60c} "), "{lederach}");
}
