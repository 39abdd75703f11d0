//! Writes documents of three sizes, each as JSON and as a share link payload,
//! for `bench/share_links.mjs` to compare with lz-string. The texts are
//! sentences of the seed article (`../shared/seed/`), English on the subject
//! as a teacher's notes would be, but not the guide's own wording (which the
//! share codec uses as its dictionary, so it would flatter the figures).

use multitrack::model::content::Dataset;
use multitrack::model::formats::share;
use multitrack::model::user::notes::NoteKey;
use multitrack::model::user::{UserData, UserEvent, UserTimeline};

fn sentences() -> Vec<String> {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/multi-track-diplomacy-article.txt"
    ))
    .expect("the seed article beside the repository");
    article
        .split(". ")
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| s.len() > 60 && !s.contains('|'))
        .collect()
}

fn document(notes: usize, timelines: usize, events_each: usize) -> UserData {
    let content = Dataset::builtin();
    let text = sentences();
    let mut data = UserData::default();
    for i in 0..notes {
        let event = &content.events[i % content.events.len()];
        let key = match i % 3 {
            0 => NoteKey::Track((i % 9) as u8 + 1),
            1 => NoteKey::Event(event.id.clone()),
            _ => NoteKey::Principle(content.principles.items[i % 12].id.clone()),
        };
        data.notes.set(&key, &format!("{}.", text[i % text.len()]), 1_700_000_000_000 + i as u64);
    }
    for t in 0..timelines {
        let events = (0..events_each)
            .map(|i| {
                let source = &content.events[(i + t) % content.events.len()];
                UserEvent {
                    id: format!("e{i}"),
                    date: source.date,
                    end: None,
                    title: text[(i * 7 + t) % text.len()].split_whitespace().take(6).collect::<Vec<_>>().join(" "),
                    text: format!("{}.", text[(i * 3 + t) % text.len()]),
                    tracks: source.tracks.clone(),
                    group: String::new(),
                    link: None,
                    link_label: String::new(),
                    display_date: None,
                }
            })
            .collect();
        data.timelines.push(UserTimeline {
            id: format!("lesson-{t}"),
            title: format!("Lesson {t}: how the tracks grew"),
            description: String::new(),
            with_history: false,
            events,
            eras: Vec::new(),
            updated: 1_700_000_000_000,
            extra: Vec::new(),
        });
    }
    data
}

fn main() {
    let out = std::env::args().nth(1).expect("usage: share_lengths <output folder>");
    std::fs::create_dir_all(&out).expect("make the output folder");
    for (name, data) in [("small", document(5, 0, 0)), ("medium", document(20, 1, 30)), ("large", document(60, 3, 150))]
    {
        std::fs::write(format!("{out}/{name}.json"), data.to_compact_json()).expect("write JSON");
        std::fs::write(format!("{out}/{name}.link"), share::encode(&data, share::Dictionary::builtin()))
            .expect("write link");
    }
}
