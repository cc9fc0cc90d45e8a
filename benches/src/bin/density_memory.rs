//! Resident memory per live idle instance: spawns N instances (default 1000) that idle on a
//! timer, holds them all alive at a start gate, reads VmRSS from /proc before and after, then
//! kills them. Then the V8 floor, measured the same way in a fresh process of its own (this
//! binary again, with `--floor`): N threads, each holding a bare isolate (V8's own startup
//! blob) with one context, which is what an instance is before its runtime. Prints the
//! figures and writes them to target/criterion/density_memory.json for `bench_report`.
//!
//!     cargo run --release -p bulkhead-benches --bin density_memory -- [N]

use std::sync::{mpsc, Arc};
use std::time::Duration;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let floor = args.first().is_some_and(|a| a == "--floor");
    if floor {
        args.remove(0);
    }
    let n: usize = match args.first().map(|a| a.parse()) {
        None => 1000,
        Some(Ok(n)) if (1..=20_000).contains(&n) => n,
        Some(_) => {
            eprintln!("density_memory: N must be a number from 1 to 20000");
            std::process::exit(2);
        }
    };
    engine::init();
    if floor {
        // One line for the parent: the floor's bytes per isolate.
        println!("{}", bare_isolates(n));
        return;
    }
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
    let floor = std::env::current_exe()
        .ok()
        .and_then(|exe| std::process::Command::new(exe).arg("--floor").arg(n.to_string()).stderr(std::process::Stdio::inherit()).output().ok())
        .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse::<f64>().ok());
    match floor {
        Some(floor) => println!(
            "the V8 floor, {n} bare isolates with a context each, one per thread: {:.2} MiB per isolate (an instance is {:.2}x it)",
            floor / 1048576.0,
            per_instance / floor.max(1.0)
        ),
        None => eprintln!("density_memory: the floor's process gave no figure"),
    }
    let report = serde_json::json!({
        "instances": live, "rss_before": before, "rss_after": after, "per_instance_bytes": per_instance,
        "floor_per_isolate_bytes": floor,
    });
    let path = bulkhead_benches::target_dir().join("criterion/density_memory.json");
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&path, report.to_string()) {
        eprintln!("density_memory: cannot write {}: {e}", path.display());
    }
}

/// RSS bytes per bare isolate+context, with `n` of them alive at once, each on its own thread
/// (as instances are), measured as for instances.
fn bare_isolates(n: usize) -> f64 {
    let before = bulkhead_benches::resident_bytes().unwrap_or(0);
    let (ready_tx, ready_rx) = mpsc::channel();
    let mut releases = Vec::with_capacity(n);
    let mut threads = Vec::with_capacity(n);
    for _ in 0..n {
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let ready = ready_tx.clone();
        releases.push(release_tx);
        threads.push(std::thread::spawn(move || {
            let mut isolate = v8::Isolate::new(Default::default());
            {
                v8::scope!(let scope, &mut isolate);
                let _context = v8::Context::new(scope, Default::default());
                let _ = ready.send(());
                let _ = release_rx.recv();
            }
        }));
    }
    // Only the threads hold senders now: a thread that dies before it is ready ends the wait.
    drop(ready_tx);
    let mut ready = 0;
    while ready < n && ready_rx.recv_timeout(Duration::from_secs(600)).is_ok() {
        ready += 1;
    }
    std::thread::sleep(Duration::from_millis(500));
    let after = bulkhead_benches::resident_bytes().unwrap_or(0);
    drop(releases);
    for t in threads {
        let _ = t.join();
    }
    after.saturating_sub(before) as f64 / ready.max(1) as f64
}
