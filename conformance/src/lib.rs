//! The test kit of the conformance suite (test-only code, never shipped): where the corpus
//! is, whether the real `node` is required (it is under CI), the fault schedules and the
//! module graphs of the property tests ([`schedule`], [`module_graph`]) and the bodies of the
//! cargo fuzz targets ([`fuzzing`]).

pub mod fuzzing;
pub mod module_graph;
pub mod schedule;

use std::path::PathBuf;

/// The corpus scenarios folder.
pub fn scenarios_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus/scenarios")
}

/// Whether a missing `node` must fail the tests rather than skip them (`CI=true`).
pub fn node_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}
