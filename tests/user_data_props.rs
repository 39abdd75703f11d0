//! Property tests of the user's data: for any document, export then import
//! gives it back, and a share link decodes to exactly what was encoded.
#![cfg(not(target_arch = "wasm32"))]

use multitrack::model::base::date::HistDate;
use multitrack::model::formats::share;
use multitrack::model::user::notes::NoteKey;
use multitrack::model::user::{Theme, UserData, UserEvent, UserTimeline};
use proptest::prelude::*;

fn note_key() -> impl Strategy<Value = NoteKey> {
    prop_oneof![
        (1u8..=9).prop_map(NoteKey::Track),
        "[a-z0-9][a-z0-9-]{0,20}".prop_map(NoteKey::Event),
        "[a-z][a-z-]{0,15}".prop_map(NoteKey::Principle),
    ]
}

fn date() -> impl Strategy<Value = HistDate> {
    (1i32..=2100, proptest::option::of(1u32..=12), 1u32..=28).prop_map(|(y, m, d)| {
        let text = match m {
            Some(m) if d % 2 == 0 => format!("{y:04}-{m:02}-{d:02}"),
            Some(m) => format!("{y:04}-{m:02}"),
            None => format!("{y:04}"),
        };
        HistDate::parse(&text).unwrap()
    })
}

fn event(i: usize) -> impl Strategy<Value = UserEvent> {
    (
        date(),
        "\\PC{1,40}",
        "\\PC{0,200}",
        proptest::collection::vec(1u8..=9, 0..4),
        proptest::option::of("https://[a-z]{1,10}\\.org/[a-z]{0,8}"),
    )
        .prop_map(move |(date, title, text, tracks, link)| UserEvent {
            id: format!("e{i}"),
            date,
            end: None,
            title: format!("T{title}"),
            text,
            tracks,
            group: String::new(),
            link,
            link_label: String::new(),
            display_date: None,
        })
}

fn timeline(i: usize) -> impl Strategy<Value = UserTimeline> {
    ("\\PC{1,30}", any::<bool>(), (0usize..6).prop_flat_map(|n| (0..n).map(event).collect::<Vec<_>>()), any::<u32>())
        .prop_map(move |(title, with_history, events, updated)| UserTimeline {
            id: format!("t{i}"),
            title: format!("Timeline {title}"),
            description: String::new(),
            with_history,
            events,
            eras: Vec::new(),
            updated: u64::from(updated),
            extra: Vec::new(),
        })
}

fn document() -> impl Strategy<Value = UserData> {
    (
        proptest::collection::vec((note_key(), "\\PC{1,120}", any::<u32>()), 0..12),
        (0usize..4).prop_flat_map(|n| (0..n).map(timeline).collect::<Vec<_>>()),
        any::<u32>(),
        prop_oneof![Just(Theme::System), Just(Theme::Light), Just(Theme::Dark)],
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(notes, timelines, revision, theme, reduced_motion)| {
            let mut data = UserData { revision: u64::from(revision), timelines, ..UserData::default() };
            for (key, text, time) in notes {
                data.notes.set(&key, &text, u64::from(time));
            }
            data.settings.theme = theme;
            data.settings.reduced_motion = reduced_motion;
            data
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_then_import_gives_back_the_same_document(data in document()) {
        prop_assert_eq!(UserData::from_json(&data.to_json()), Ok(data));
    }

    #[test]
    fn a_share_link_decodes_to_exactly_what_was_encoded(data in document()) {
        let link = share::encode(&data, share::Dictionary::builtin());
        prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "only URL-safe characters");
        prop_assert_eq!(share::decode(&link, share::Dictionary::builtin()), Ok(data));
    }

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC{0,300}") {
        let _ = share::decode(&text, share::Dictionary::builtin());
        let _ = share::decode(&format!("{}{text}", share::PREFIX), share::Dictionary::builtin());
        let _ = UserData::from_json(&text);
    }
}
