//! The wasm part "concepts": the principles, and the concepts with their
//! methods and criticism; apart from the tracks so that neither view's first
//! load carries the other's code.

pub mod concepts;
pub mod methods;
pub mod principles;
pub mod triad_figure;
