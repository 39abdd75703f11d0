//! What the dataset tests share: the validator's findings as text, and the
//! check that a broken copy is caught for the right reason.

use multitrack::model::content::Dataset;

pub fn problems_of(data: &Dataset) -> Vec<String> {
    data.validate().iter().map(ToString::to_string).collect()
}

pub fn assert_problem(data: &Dataset, needle: &str) {
    let problems = problems_of(data);
    assert!(problems.iter().any(|p| p.contains(needle)), "expected a problem containing {needle:?}, got {problems:#?}");
}
