//! What the views draw, computed without a DOM: the timeline's layout and
//! lists, the model diagrams, the case map's circle and its labels, and the
//! synthetic data the stress benchmarks draw.
//!
//! Plain numbers and strings in, positions out, so every layout rule is
//! tested natively.

pub mod case_labels;
pub mod case_layout;
pub mod diagram;
pub mod diagram_labels;
pub mod event_list;
pub mod relation_grid;
pub mod synthetic;
pub mod timeline;
