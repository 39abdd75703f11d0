//! The wasm part "tracks": the nine tracks on their circle, with its stages,
//! and the relations between them.

pub mod page;
pub mod relations;
pub mod stages;
