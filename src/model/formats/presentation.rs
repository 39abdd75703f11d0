//! What the presenting window and its speaker-notes window say to each other
//! over a `BroadcastChannel`, as short text so no JSON is needed for it.
//!
//! The notes window asks where the presentation is (`Hello`), the presenting
//! window answers and then reports every step (`At`, or `Closed` when no tour
//! is open), and the notes window's own Previous and Next ask for a step (`Go`).

/// The channel both windows open; same-origin only, by the browser's rules.
pub const CHANNEL: &str = "multitrack-presentation";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Hello,
    At { tour: String, step: usize },
    Closed,
    Go(usize),
}

impl Message {
    pub fn to_text(&self) -> String {
        match self {
            Message::Hello => "hello".into(),
            Message::At { tour, step } => format!("at {step} {tour}"),
            Message::Closed => "closed".into(),
            Message::Go(step) => format!("go {step}"),
        }
    }

    /// Reads a message; anything else on the channel is ignored.
    pub fn parse(text: &str) -> Option<Message> {
        let mut words = text.splitn(3, ' ');
        match (words.next()?, words.next(), words.next()) {
            ("hello", None, None) => Some(Message::Hello),
            ("closed", None, None) => Some(Message::Closed),
            ("go", Some(step), None) => step.parse().ok().map(Message::Go),
            ("at", Some(step), Some(tour)) if !tour.is_empty() => {
                Some(Message::At { tour: tour.to_string(), step: step.parse().ok()? })
            }
            _ => None,
        }
    }
}

/// A presenter's clock: "4:05" for 245 seconds, "1:02:03" past the hour.
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_back_and_noise_is_ignored() {
        for m in [
            Message::Hello,
            Message::Closed,
            Message::Go(4),
            Message::At { tour: "history".into(), step: 9 },
            Message::At { tour: "a tour id with spaces".into(), step: 0 },
        ] {
            assert_eq!(Message::parse(&m.to_text()), Some(m));
        }
        for noise in ["", "go", "go x", "at 3", "at x history", "hello there", "{\"go\":1}"] {
            assert_eq!(Message::parse(noise), None, "{noise:?}");
        }
    }

    #[test]
    fn the_clock_reads_like_a_stopwatch() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(245), "4:05");
        assert_eq!(clock(3723), "1:02:03");
    }
}
