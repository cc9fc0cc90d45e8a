//! bulkhead's harness: scenarios as data ([`scenario`]), running them in the engine with
//! injected faults ([`runner`]), the real `node` as an oracle ([`node`]), and the judgement
//! of each outcome against the oracles ([`judge`]).
//!
//! Not here: the engine's semantics (bulkhead-engine) or the test entry points
//! (bulkhead-conformance).

pub mod campaign;
pub mod judge;
pub mod mutants;
pub mod node;
pub mod report;
pub mod runner;
pub mod scenario;
