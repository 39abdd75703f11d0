//! The wasm part "timeline": the Timeline view, its chart and its filters.

pub mod chart;
pub mod filters;
pub mod own_timeline;
pub mod page;
