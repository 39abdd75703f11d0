//! The wasm part "case_maps": the systems workshop. The list of case maps, a
//! map's page (actors, relations, gaps, the questions they raise) and its
//! drawing on the nine-track circle.

pub mod canvas;
pub mod page;
