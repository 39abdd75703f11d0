//! Native checks of the built-in content: it must be complete, consistent and
//! cited. Each validation rule is also shown to fire on a broken copy, so a
//! silently passing validator cannot hide a broken dataset.

mod common;
use common::{assert_problem, problems_of};
use multitrack::model::base::colour::contrast_hex;
use multitrack::model::base::date::HistDate;
use multitrack::model::content::{Citation, Dataset, FORMAT, VERSION};
use std::collections::HashSet;

/// The content as the views show it: the cases joined in.
fn builtin() -> Dataset {
    Dataset::builtin_full()
}

#[test]
fn builtin_dataset_is_valid() {
    let data = builtin();
    assert_eq!(data.format, FORMAT);
    assert_eq!(data.version, VERSION);
    assert_eq!(problems_of(&data), Vec::<String>::new());
}

#[test]
fn exactly_nine_tracks_numbered_in_order_with_their_phrases() {
    let data = builtin();
    let phrases: Vec<&str> = data.tracks.iter().map(|t| t.phrase.as_str()).collect();
    assert_eq!(
        phrases,
        [
            "peacemaking through diplomacy",
            "peacemaking through conflict resolution",
            "peacemaking through commerce",
            "peacemaking through personal involvement",
            "peacemaking through learning",
            "peacemaking through advocacy",
            "peacemaking through faith in action",
            "peacemaking through providing resources",
            "peacemaking through information",
        ]
    );
    let entered: Vec<i32> = data.tracks.iter().map(|t| t.entered.year).collect();
    assert_eq!(entered, [1981, 1981, 1989, 1989, 1991, 1991, 1991, 1991, 1989]);
}

#[test]
fn exactly_twelve_principles_as_the_article_lists_them() {
    let names: Vec<String> = builtin().principles.items.iter().map(|p| p.name.clone()).collect();
    assert_eq!(
        names,
        [
            "Relationship",
            "Long-term commitment",
            "Cultural synergy",
            "Partnership",
            "Multiple technologies",
            "Facilitation",
            "Empowerment",
            "Action research",
            "Invitation",
            "Trust",
            "Engagement",
            "Transformation",
        ]
    );
}

#[test]
fn events_are_in_date_order_and_dates_round_trip() {
    let data = builtin();
    let mut sorted = data.events.clone();
    sorted.sort_by_key(|e| e.date);
    assert_eq!(sorted.iter().map(|e| &e.id).collect::<Vec<_>>(), data.events.iter().map(|e| &e.id).collect::<Vec<_>>());
    for e in &data.events {
        assert_eq!(HistDate::parse(&e.date.canonical()).unwrap(), e.date, "{}", e.id);
    }
}

#[test]
fn the_disputes_the_sources_raise_are_all_carried() {
    let data = builtin();
    let about: Vec<String> =
        data.events.iter().flat_map(|e| e.disputes.iter().map(|d| d.about.to_lowercase())).collect();
    for needle in ["year the terms were coined", "four tracks or five", "who coined \"multi-track diplomacy\""] {
        assert!(about.iter().any(|a| a.contains(needle)), "missing dispute {needle:?} in {about:?}");
    }
    let coined = &data.event("1981-track-one-track-two").unwrap().disputes[0];
    let readings: Vec<&str> = coined.readings.iter().map(|r| r.says.as_str()).collect();
    assert!(readings.iter().any(|r| r.starts_with("1981")) && readings.iter().any(|r| r.starts_with("1982")));
}

#[test]
fn every_era_holds_an_event_and_the_model_grows_two_five_nine() {
    let data = builtin();
    for era in &data.eras {
        assert!(!data.events_in_era(era).is_empty(), "era {} is empty", era.id);
    }
    let tracks_in = |id: &str| data.event(id).unwrap().tracks.len();
    assert_eq!(tracks_in("1981-track-one-track-two"), 2);
    assert_eq!(tracks_in("1989-five-tracks"), 5);
    assert_eq!(tracks_in("1991-nine-tracks"), 9);
}

#[test]
fn every_reference_is_cited_and_backlinks_find_their_places() {
    let data = builtin();
    let cited: HashSet<&str> = data.citations().iter().map(|c| c.citation.reference.as_str()).collect();
    for r in &data.references {
        assert!(cited.contains(r.id.as_str()), "{} never cited", r.id);
    }
    let places: Vec<String> = data.cited_by("sutphin-2004").iter().map(|(route, _)| route.to_hash()).collect();
    assert_eq!(places, ["#/timeline/2004-iraq-briefing", "#/tracks?pair=1-2"]);
}

#[test]
fn every_pair_of_tracks_has_one_relation_and_sources_are_cited() {
    let data = builtin();
    assert_eq!(data.relations.items.len(), 36);
    for a in 1..=9u8 {
        for b in 1..=9u8 {
            let found = data.relation(a, b);
            assert_eq!(found.is_some(), a != b, "relation {a}-{b}");
            if let Some(r) = found {
                assert_eq!(r.tracks, [a.min(b), a.max(b)]);
            }
        }
    }
    // The pairs a source speaks to, each with its own citation.
    let sourced: Vec<[u8; 2]> = data.relations.items.iter().filter(|r| r.source.is_some()).map(|r| r.tracks).collect();
    assert_eq!(sourced, [[1, 2], [1, 3], [1, 4], [1, 9], [2, 4], [2, 9], [4, 9]]);
    assert!(data.relations.basis.contains("illustrations"));
}

#[test]
fn rejects_a_missing_a_repeated_and_a_reversed_pair() {
    let mut data = builtin();
    data.relations.items.pop();
    assert_problem(&data, "expected one relation for each of the 36 pairs of tracks, found 35");
    let mut data = builtin();
    data.relations.items[1].tracks = [1, 2];
    data.relations.items[2].tracks = [5, 4];
    assert_problem(&data, "relations.items[1].tracks: tracks 1 and 2 appear twice");
    assert_problem(&data, "relations.items[2].tracks: [5, 4] is not two known tracks, lower first");
    let mut data = builtin();
    data.relations.items[0].source.as_mut().unwrap().cite.clear();
    assert_problem(&data, "relations.items[0].source: a sourced statement needs a citation");
}

#[test]
fn principles_link_only_to_things_that_exist() {
    let data = builtin();
    let linked =
        data.principles.items.iter().filter(|p| !(p.tracks.is_empty() && p.events.is_empty() && p.concepts.is_empty()));
    assert!(linked.count() >= 6);
    let mut data = builtin();
    data.principles.items[0].concepts.push("nowhere".into());
    assert_problem(&data, "principles.items[0].concepts[1]: unknown concept \"nowhere\"");
}

#[test]
fn seed_article_facts_are_present() {
    // A sample of distinctive facts of the seed article, each of which must be
    // somewhere in the dataset's text.
    let text = Dataset::builtin_json().to_lowercase();
    for fact in [
        "foreign policy according to freud",
        "eighteen months",
        "arlington county",
        "hamas and kadima",
        "sutphin",
        "scientific and cultural exchanges",
        "rigid roles",
        "victimhood",
        "iowa peace institute",
        "united states institute of peace",
        "26 may 1992",
        "kumarian",
        "structural peacebuilding",
        "shared language of dialogue",
    ] {
        assert!(text.contains(fact), "missing fact: {fact}");
    }
}

#[test]
fn track_colours_carry_their_numbers_legibly() {
    for t in builtin().tracks {
        let white = contrast_hex(&t.colour, "#ffffff").unwrap();
        assert!(white >= 4.5, "{}: {white:.2}", t.colour);
        let dark = contrast_hex(&t.colour_dark, "#12161c").unwrap();
        assert!(dark >= 4.5, "{}: {dark:.2}", t.colour_dark);
    }
    assert!(contrast_hex("#ffff00", "#ffffff").unwrap() < 4.5, "the check must be able to fail");
    assert_eq!(contrast_hex("teal", "#ffffff"), None);
}

#[test]
fn references_keep_their_own_date_precision() {
    let data = builtin();
    let label = |id: &str| data.reference(id).unwrap().date_label();
    assert_eq!(label("montville-davidson-1981"), "Winter 1981-82");
    assert_eq!(label("sutphin-2004"), "29 July 2004");
    assert_eq!(label("mcdonald-2004"), "September 2003 to August 2004");
    assert_eq!(label("aa"), "undated");
}

#[test]
fn the_four_tours_walk_the_history_the_tracks_the_principles_and_the_cases() {
    let data = builtin();
    let titles: Vec<&str> = data.tours.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The history in ten steps", "Meet the nine tracks", "Principles in practice", "The tracks at work"]
    );
    let history = data.tour("history").unwrap();
    assert_eq!(history.steps.len(), 10);
    let years: Vec<i64> = history
        .steps
        .iter()
        .filter_map(|s| s.route().item)
        .filter_map(|id| data.event(&id).map(|e| e.date.year()))
        .collect();
    assert_eq!((years.first(), years.last()), (Some(&1981), Some(&2007)));
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "the history goes forward: {years:?}");
    assert!(history.steps.iter().any(|s| s.target == ".timeline-model"), "it drives the model diagram");
    let tracks = data.tour("nine-tracks").unwrap();
    let visited: Vec<String> = tracks.steps.iter().filter_map(|s| s.route().item).collect();
    assert_eq!(visited, (1..=9).map(|n| n.to_string()).collect::<Vec<_>>(), "one track at a time, in order");
    assert!(tracks.steps.last().unwrap().route.contains("pair="), "then the links");
}

#[test]
fn the_quiz_asks_every_kind_and_its_answers_hold() {
    use multitrack::model::content::quiz::QuestionKind;
    let data = builtin();
    for kind in [QuestionKind::MatchPhrases, QuestionKind::Order, QuestionKind::Track, QuestionKind::Principle] {
        assert!(data.quiz.iter().any(|q| q.kind == kind), "no {kind:?} question");
    }
    // Every built-in question is answerable: its own key passes and a blank start does not.
    for q in &data.quiz {
        assert!(q.check(&data, &q.key(&data)).correct, "{}", q.id);
        assert!(!q.check(&data, &q.blank(&data)).correct, "{} starts answered", q.id);
    }
    let actors: HashSet<&str> =
        data.quiz.iter().filter(|q| q.kind == QuestionKind::Track).map(|q| q.answer.as_str()).collect();
    assert!(actors.len() >= 6, "actor questions cover most tracks: {actors:?}");
}

#[test]
fn the_worked_case_is_invented_and_shows_gaps() {
    let data = builtin();
    let case = &data.case_example;
    assert!(case.invented && case.title.contains("invented"));
    let gaps = case.gaps();
    assert!(!gaps.missing.is_empty() && !gaps.unconnected.is_empty() && !gaps.tension_only.is_empty(), "{gaps:?}");
}

// Each rule, shown to fire on a broken copy.

#[test]
fn rejects_a_quiz_question_or_worked_case_that_does_not_hold() {
    use multitrack::model::content::quiz::QuestionKind;
    let mut data = builtin();
    let order = data.quiz.iter().position(|q| q.kind == QuestionKind::Order).unwrap();
    data.quiz[order].options[0] = "1999-nothing".into();
    let principle = data.quiz.iter().position(|q| q.kind == QuestionKind::Principle).unwrap();
    data.quiz[principle].answer = "patience".into();
    data.quiz[0].cite.clear();
    data.case_example.invented = false;
    data.case_example.relations[0].to = "ghost".into();
    assert_problem(&data, &format!("quiz[{order}].options[0]: unknown event \"1999-nothing\""));
    assert_problem(&data, &format!("quiz[{principle}].answer: \"patience\" is not one of the options"));
    assert_problem(&data, "quiz[0].cite: a question of the guide's own needs a citation");
    assert_problem(&data, "case_example.invented: the worked example must be labelled an invented scenario");
    assert_problem(&data, "case_example.relations[0].to: no actor \"ghost\" on this map");
}

#[test]
fn rejects_a_tour_step_that_leads_nowhere_or_cites_nothing() {
    let mut data = builtin();
    data.tours[0].steps[2].route = "#/timeline/1999-nothing".into();
    data.tours[1].steps[0].cite.clear();
    data.tours[2].id = data.tours[0].id.clone();
    assert_problem(&data, "tours[0].steps[2].route: #/timeline/1999-nothing selects something that does not exist");
    assert_problem(&data, "tours[1].steps[0].cite: a step of the guide's own tours needs a citation");
    assert_problem(&data, "tours[2].id: \"history\" is used twice");
}

#[test]
fn rejects_an_unknown_citation() {
    // The main dataset alone, where events[2] is a history event with one citation.
    let mut data = Dataset::builtin();
    data.events[2].cite.push(Citation { reference: "nobody-1999".into(), pages: None });
    assert_problem(&data, "events[2].cite[1]: cites unknown reference \"nobody-1999\"");
}

#[test]
fn rejects_duplicate_ids_across_kinds() {
    let mut data = builtin();
    data.principles.items[0].id = "1989-five-tracks".into();
    assert_problem(&data, "duplicate id");
}

#[test]
fn rejects_an_unknown_track() {
    let mut data = builtin();
    data.events[0].tracks.push(10);
    assert_problem(&data, "events[0].tracks[2]: no track 10");
}

#[test]
fn rejects_a_tenth_track_and_an_eleventh_principle() {
    let mut data = builtin();
    let mut extra = data.tracks[8].clone();
    extra.number = 10;
    extra.id = "extra".into();
    data.tracks.push(extra);
    data.principles.items.pop();
    assert_problem(&data, "expected exactly nine tracks, found 10");
    assert_problem(&data, "expected exactly twelve principles, found 11");
}

#[test]
fn rejects_events_out_of_order() {
    let mut data = builtin();
    data.events.swap(0, 4);
    assert_problem(&data, "is out of order");
}

#[test]
fn rejects_an_uncited_reference_and_a_one_sided_dispute() {
    let mut data = Dataset::builtin();
    let mut orphan = data.references[0].clone();
    orphan.id = "orphan".into();
    data.references.push(orphan);
    data.events[0].disputes[0].readings.truncate(1);
    assert_problem(&data, "\"orphan\" is never cited");
    assert_problem(&data, "a dispute needs two readings or more");
}

#[test]
fn rejects_a_reference_with_nothing_to_cite_and_an_undated_page_without_its_month() {
    let mut data = Dataset::builtin();
    let page = data.references.iter().position(|r| r.url.is_some()).unwrap();
    data.references[page].date = None;
    data.references[page].consulted = None;
    data.references[1].title = None;
    data.references[1].source = None;
    assert!(data.references[2].book, "McDonald & Bendahmane 1987 is a book");
    data.references[2].title = None;
    assert_problem(&data, &format!("references[{page}].consulted: an undated web page says when it was consulted"));
    assert_problem(&data, "references[1]: needs a title or a source");
    assert_problem(&data, "references[2].book: a book needs its title");
}

#[test]
fn rejects_a_wrong_entry_year_a_pale_colour_and_a_dim_dark_one() {
    let mut data = builtin();
    data.tracks[4].entered.year = 1989;
    data.tracks[2].colour = "#f0e68c".into();
    data.tracks[5].colour_dark = data.tracks[5].colour.clone();
    data.tracks[6].colour_dark = "pink".into();
    assert_problem(&data, "tracks[4].entered.event: event \"1991-nine-tracks\" is dated 1991, not 1989");
    assert_problem(&data, "tracks[2].colour: #ffffff text on #f0e68c has contrast 1.28, below 4.5");
    assert_problem(&data, "tracks[5].colour_dark: #12161c text on");
    assert_problem(&data, "tracks[6].colour_dark: \"pink\" is not #rrggbb");
}

#[test]
fn parse_errors_name_the_place() {
    let json = Dataset::builtin_json().replacen("\"date\": \"1989\"", "\"date\": \"1989-13\"", 1);
    let err = Dataset::from_json(&json).unwrap_err();
    assert!(err.starts_with("events[4].date: month 13 is out of range"), "{err}");
    let err = Dataset::from_json("{\"format\": 1}").unwrap_err();
    assert!(err.contains("format"), "{err}");
}

#[test]
fn the_embedded_encoding_reads_back_as_the_json() {
    // build.rs encodes dataset.json for the app; both readings must agree,
    // but for the quiz, which travels with the cases (tests/cases_dataset.rs).
    let mut from_json = Dataset::from_json(Dataset::builtin_json()).unwrap();
    from_json.quiz.clear();
    assert_eq!(Dataset::builtin(), from_json);
}

/// One name per track: the case-map circle's short form is made of the
/// words of the track's name, in every language, so the circle and every
/// list agree ("Media" for "Communications and the media").
#[test]
fn each_tracks_circle_name_is_its_name_shortened() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let files = [
        root.join("dataset.json"),
        root.join("i18n/fr/dataset.json"),
        root.join("i18n/es/dataset.json"),
        root.join("i18n/ar/dataset.json"),
    ];
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for file in files {
        let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for track in data["tracks"].as_array().unwrap() {
            let (name, short) = (track["name"].as_str().unwrap(), track["circle_name"].as_str().unwrap());
            assert!(!short.is_empty() && short.chars().count() <= name.chars().count(), "{}: {short}", file.display());
            let of_name = words(name);
            for word in words(short) {
                assert!(
                    of_name.contains(&word),
                    "{}: “{short}” is not a short form of “{name}” ({word})",
                    file.display()
                );
            }
        }
    }
}

/// The chart labels every event by its short title and always shows the
/// turning points; the validator holds both.
#[test]
fn every_event_has_a_short_title_and_the_turning_points_are_where_tracks_entered() {
    let data = builtin();
    let turning: Vec<&str> = data.events.iter().filter(|e| e.turning_point).map(|e| e.id.as_str()).collect();
    assert_eq!(turning, ["1981-track-one-track-two", "1989-five-tracks", "1991-nine-tracks"]);
    assert!(data.events.iter().all(|e| e.short_title.as_ref().is_some_and(|s| s.chars().count() <= 24)));

    let at = |data: &Dataset, id: &str| data.events.iter().position(|e| e.id == id).unwrap();
    let mut broken = builtin();
    let (pugwash, oslo, five, imtd) = (
        at(&broken, "1957-pugwash-first-conference"),
        at(&broken, "1992-oslo-back-channel"),
        at(&broken, "1989-five-tracks"),
        at(&broken, "1992-imtd-founded"),
    );
    broken.events[pugwash].short_title = None;
    broken.events[oslo].short_title = Some("The Oslo back channel, 1992-93".into());
    broken.events[five].turning_point = false;
    broken.events[imtd].turning_point = true;
    broken.events[0].turning_point = true;
    broken.eras[1].short_name = Some("Five tracks, split from two".into());
    assert_problem(
        &broken,
        &format!("events[{pugwash}].short_title: \"1957-pugwash-first-conference\" needs a short title"),
    );
    assert_problem(
        &broken,
        &format!("events[{oslo}].short_title: \"The Oslo back channel, 1992-93\" is 30 characters, over 24"),
    );
    assert_problem(
        &broken,
        &format!("events[{five}].turning_point: \"1989-five-tracks\" is where tracks entered the model"),
    );
    assert_problem(&broken, &format!("events[{imtd}].turning_point: \"1992-imtd-founded\" is marked a turning point"));
    assert_problem(&broken, "events[0].turning_point: \"1955-russell-einstein-manifesto\" is a case");
    assert_problem(&broken, "eras[1].short_name: \"Five tracks, split from two\" is not a shorter name");
}
