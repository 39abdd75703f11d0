//! The wasm part "quiz": the questions on the guide and the cases, the
//! reader's own questions, one a screen, and the results to hand in as a file.

pub mod page;
pub mod question;
pub mod results;
