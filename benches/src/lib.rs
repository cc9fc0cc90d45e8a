//! Shared fixtures for the criterion benches in `benches/benches/`: the trivial script every
//! spawn bench runs, so that each strategy is measured doing the same work.

/// The script each spawned instance (or process) runs: prints one line and ends.
pub const TRIVIAL_SCRIPT: &str = "console.log('ready')";

/// A ready-made instance configuration running [`TRIVIAL_SCRIPT`].
pub fn trivial_instance() -> engine::InstanceConfig {
    engine::InstanceConfig::new(engine::ScriptSource::new(TRIVIAL_SCRIPT, "/bench/trivial.js"))
}
