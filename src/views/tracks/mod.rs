//! The wasm part "tracks": the nine tracks, their relations, the principles,
//! and the concepts with their methods and criticism.

pub mod concepts;
pub mod methods;
pub mod page;
pub mod principles;
pub mod relations;
pub mod stages;
pub mod triad_figure;
