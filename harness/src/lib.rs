//! bulkhead's harness: scenarios, the runner that executes many instances at once, the
//! oracles that judge outcomes, and reports.
