//! Resident memory per live idle instance: spawns N instances (default 1000) that idle on a
//! timer, holds them all alive at a start gate, reads VmRSS from /proc before and after, then
//! kills them. Prints the figures and writes them to target/criterion/density_memory.json for
//! `bench_report`.
//!
//!     cargo run --release -p bulkhead-benches --bin density_memory -- [N]

use std::sync::Arc;
use std::time::Duration;

fn main() {
    let n: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        None => 1000,
        Some(Ok(n)) if (1..=20_000).contains(&n) => n,
        Some(_) => {
            eprintln!("density_memory: N must be a number from 1 to 20000");
            std::process::exit(2);
        }
    };
    engine::init();
    let before = bulkhead_benches::resident_bytes().unwrap_or(0);
    let gate = Arc::new(engine::StartGate::new());
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let mut config = engine::InstanceConfig::new(engine::ScriptSource::new("setInterval(() => {}, 60000)", "/bench/idle.js"));
            config.start_gate = Some(gate.clone());
            engine::spawn(config).expect("spawn an idle instance")
        })
        .collect();
    let arrived = gate.wait_for_arrivals(n, Duration::from_secs(600));
    gate.open();
    std::thread::sleep(Duration::from_millis(500));
    let live = engine::live_instances();
    let after = bulkhead_benches::resident_bytes().unwrap_or(0);
    for h in &handles {
        h.kill();
    }
    for h in handles {
        h.join();
    }
    let per_instance = after.saturating_sub(before) as f64 / live.max(1) as f64;
    println!("{live} idle instances alive ({arrived} reached the gate): RSS {:.1} MiB before, {:.1} MiB after, {:.2} MiB per instance",
        before as f64 / 1048576.0, after as f64 / 1048576.0, per_instance / 1048576.0);
    let report = serde_json::json!({ "instances": live, "rss_before": before, "rss_after": after, "per_instance_bytes": per_instance });
    let path = bulkhead_benches::target_dir().join("criterion/density_memory.json");
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&path, report.to_string()) {
        eprintln!("density_memory: cannot write {}: {e}", path.display());
    }
}
