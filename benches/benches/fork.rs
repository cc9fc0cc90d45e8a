//! Forking a child, side by side in one run, each measured from the fork call to the first
//! message back in the parent: a child instance (`child_process.fork` inside a bulkhead
//! instance: a new isolate and thread in the same process), Node's own `child_process.fork`
//! (a new node process) and a node `worker_threads` Worker (a new isolate and thread inside
//! node). One driver script does all three: for N rounds it forks the child, times the fork
//! to its first message with `process.hrtime.bigint()`, then waits for the child to exit
//! before the next round (not timed), and prints the total. criterion's `iter_custom` takes
//! that total as the time of N iterations, so the driver's own start-up never counts. The
//! node cases are skipped with a printed reason when node is missing.

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};

/// The parent: `driver.js MODE ROUNDS`, MODE `fork` or `worker`; prints the summed
/// nanoseconds from each fork to its first message.
const DRIVER: &str = r#"'use strict';
const path = require('path');
const [mode, rounds] = [process.argv[2], Number(process.argv[3])];
const child = path.join(__dirname, 'bulkhead-bench-fork-child.js');
let total = 0n;
function round(left) {
  if (left === 0) return console.log(String(total));
  const started = process.hrtime.bigint();
  const c = mode === 'worker' ? new (require('worker_threads').Worker)(child) : require('child_process').fork(child);
  c.once('message', (m) => {
    total += process.hrtime.bigint() - started;
    if (m !== 'up') throw new Error(`unexpected first message ${m}`);
  });
  c.once('exit', () => round(left - 1));
}
round(rounds);
"#;

/// The child: says it is up, then ends (a forked child by closing its channel, a Worker by
/// running out of work).
const CHILD: &str = r#"'use strict';
if (process.send) {
  process.send('up', () => process.disconnect());
} else {
  require('worker_threads').parentPort.postMessage('up');
}
"#;

fn total_of(stdout: &[u8], what: &str) -> Duration {
    let text = String::from_utf8_lossy(stdout);
    let ns: u64 = text.trim().parse().unwrap_or_else(|_| panic!("{what}: the driver printed {text:?}, not a total in ns"));
    Duration::from_nanos(ns)
}

fn fork(c: &mut Criterion) {
    engine::init();
    let dir = std::env::temp_dir();
    let driver = dir.join("bulkhead-bench-fork-driver.js");
    std::fs::write(&driver, DRIVER).expect("write the fork driver");
    std::fs::write(dir.join("bulkhead-bench-fork-child.js"), CHILD).expect("write the fork child");

    let mut group = c.benchmark_group("fork");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("instance", |b| {
        b.iter_custom(|rounds| {
            let script = engine::ScriptSource::from_file(&driver).expect("read the fork driver");
            let config = engine::InstanceConfig::new(script).args(["fork".to_string(), rounds.to_string()]);
            let outcome = engine::spawn(config).expect("spawn the driver instance").join();
            assert_eq!(outcome.exit_code, 0, "the driver instance failed: {outcome:?}");
            total_of(outcome.stdout.as_bytes(), "instance")
        })
    });
    let Some(node) = bulkhead_benches::node_binary() else {
        println!("fork/node_child_process and fork/node_worker skipped: node is not on PATH");
        return group.finish();
    };
    for (name, mode) in [("node_child_process", "fork"), ("node_worker", "worker")] {
        group.bench_function(name, |b| {
            b.iter_custom(|rounds| {
                let out = Command::new(&node).arg(&driver).arg(mode).arg(rounds.to_string()).output().expect("run node");
                assert!(out.status.success(), "{name}: node failed: {}", String::from_utf8_lossy(&out.stderr));
                total_of(&out.stdout, name)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, fork);
criterion_main!(benches);
