//! Shared fixtures for the criterion benches in `benches/benches/` and the two tools in
//! `benches/src/bin/`: the trivial script every spawn bench runs (so each strategy does the
//! same work), and where to find the `bulkhead` and `node` binaries; the figures a run leaves
//! and the regression gate over them (`figures`); the SVG charts of BENCHMARKS.md (`chart`).

use std::path::PathBuf;

pub mod chart;
pub mod figures;

/// The script each spawned instance (or process) runs: prints one line and ends.
pub const TRIVIAL_SCRIPT: &str = "console.log('ready')";

/// A ready-made instance configuration running [`TRIVIAL_SCRIPT`].
pub fn trivial_instance() -> engine::InstanceConfig {
    engine::InstanceConfig::new(engine::ScriptSource::new(TRIVIAL_SCRIPT, "/bench/trivial.js"))
}

/// The `bulkhead` binary of the same build profile as the running bench, if it was built.
pub fn bulkhead_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    // target/<profile>/deps/<bench> → target/<profile>/bulkhead
    let candidate = exe.parent()?.parent()?.join("bulkhead");
    candidate.is_file().then_some(candidate)
}

/// The `node` to compare with: the harness's choice (`$BULKHEAD_NODE`, else `node` on PATH).
pub fn node_binary() -> Option<PathBuf> {
    harness::node::node_binary()
}

/// The workspace's target folder, where criterion keeps its estimates.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// Resident set size of this process in bytes, from /proc/self/status.
pub fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
