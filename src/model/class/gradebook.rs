//! The class as a CSV for a gradebook: one row per student, a column per
//! question (1 right, 0 wrong, empty unanswered), and the total right.
//!
//! Quoted as RFC 4180 says (a field with a comma, a quote or a line end in
//! quotes, its quotes doubled; lines end in CRLF), and a field starting with
//! `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet shows a name
//! like "=HYPERLINK(…)" as text instead of running it (CSV injection, as
//! OWASP describes it).

use crate::model::class::report::{AttemptRule, Names};
use crate::model::class::Class;
use crate::model::i18n::ui_text::{fill, ui};

/// One field, made safe for a spreadsheet and quoted if it must be.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn row(fields: impl IntoIterator<Item = String>) -> String {
    let mut line = fields.into_iter().map(|f| field(&f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

impl Class {
    /// The gradebook's CSV, students in the board's order.
    pub fn csv(&self, rule: AttemptRule, names: Names) -> String {
        let c = &ui().class;
        let mut header = vec![c.csv_student.to_string()];
        header.extend((1..=self.questions.len()).map(|n| fill(c.csv_question, &[("n", &n)])));
        header.push(c.csv_total.to_string());
        let mut out = row(header);
        for student in self.students(rule) {
            let mut fields = vec![student.shown(names)];
            fields.extend(self.questions.iter().map(|q| match student.counted.answer(q) {
                Some(a) if !a.response.is_empty() => u8::from(a.correct).to_string(),
                _ => String::new(),
            }));
            fields.push(student.counted.score(&self.questions).0.to_string());
            out.push_str(&row(fields));
        }
        out
    }

    /// The CSV's file name: the assignment's id, so two classes' files differ.
    pub fn csv_file_name(&self) -> String {
        format!("class-{}.csv", self.assignment.id)
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("Ada"), "Ada");
        assert_eq!(field("=1+2"), "'=1+2");
        assert_eq!(field("+44"), "'+44");
        assert_eq!(field("-3"), "'-3");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("Smith, Jo"), "\"Smith, Jo\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
    }
}
