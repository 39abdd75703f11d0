//! The JSON path ("timelines[0].events[3].date") at a line and column of a
//! JSON text.
//!
//! serde_json reports where in the text an error is, not where in the
//! document; the crate that tracks paths while parsing wraps every type's
//! parser and roughly doubles their code in the wasm. Errors are rare, so this
//! scans the text once, only when there is one.

enum Frame {
    Object { key: Option<String>, expecting_key: bool },
    Array { index: usize },
}

/// The path of the value being read at `line` and `column` (1-based, as
/// serde_json counts them); "" at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let (mut at_line, mut at_column) = (1, 0);
    let mut bytes = text.bytes().peekable();
    let before_target = |l: usize, c: usize| l < line || (l == line && c < column);
    while let Some(b) = bytes.next() {
        if !before_target(at_line, at_column) {
            break;
        }
        if b == b'\n' {
            at_line += 1;
            at_column = 0;
            continue;
        }
        at_column += 1;
        match b {
            b'{' => stack.push(Frame::Object { key: None, expecting_key: true }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                let mut s = Vec::new();
                while let Some(c) = bytes.next() {
                    at_column += 1;
                    match c {
                        b'\\' => {
                            if let Some(escaped) = bytes.next() {
                                at_column += 1;
                                s.push(escaped);
                            }
                        }
                        b'"' => break,
                        c => s.push(c),
                    }
                }
                if let Some(Frame::Object { key, expecting_key: true }) = stack.last_mut() {
                    *key = Some(String::from_utf8_lossy(&s).into_owned());
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of the first occurrence of `needle`.
    fn path_after(text: &str, needle: &str) -> String {
        let end = text.find(needle).unwrap() + needle.len();
        let line = text[..end].matches('\n').count() + 1;
        let column = end - text[..end].rfind('\n').map_or(0, |i| i + 1);
        path_at(text, line, column)
    }

    #[test]
    fn finds_keys_and_indexes_across_lines() {
        let text = "{\n  \"timelines\": [\n    {\"id\": \"a\", \"events\": [{\"date\": \"1\"}, {\"date\": \"1997-13\"}]}\n  ]\n}";
        assert_eq!(path_after(text, "\"1997-13\""), "timelines[0].events[1].date");
        assert_eq!(path_after(text, "\"a\""), "timelines[0].id");
        assert_eq!(path_after(text, "{\n"), "");
    }

    #[test]
    fn escaped_quotes_do_not_end_strings() {
        let text = r#"{"notes": [{"text": "say \"hi\", then", "about": "x"}]}"#;
        assert_eq!(path_after(text, r#""about": "x""#), "notes[0].about");
    }
}
