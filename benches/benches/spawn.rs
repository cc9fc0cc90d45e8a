//! Spawn cost, side by side in one run (seed 000's "isolate compared with a new process"):
//! an OS thread (spawn + join); an isolate (create + dispose); an isolate with a context; a
//! full instance (spawn → trivial script → Outcome) cold, with a CPU limit, and from a
//! snapshot; an instance as a process forked from a warm zygote (request → trivial script →
//! Outcome, with the zygote already up, as a harness keeps it); a `bulkhead run`
//! process; a `node -e` process; a node `worker_threads` Worker (the peer that also runs many
//! isolates in one process), started, run and exited inside one long-lived node. Each
//! instance, process or Worker runs the same one-line script. The node and process cases are
//! skipped with a printed reason when their binary is missing.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use criterion::{criterion_group, criterion_main, Criterion};

fn spawn(c: &mut Criterion) {
    engine::init();
    let (snapshot, _) = engine::build_snapshot(&engine::ScriptSource::new("globalThis.ready = 'ready';", "/bench/warm.js"))
        .expect("the warm-up builds");
    let script = std::env::temp_dir().join("bulkhead-bench-trivial.js");
    std::fs::write(&script, bulkhead_benches::TRIVIAL_SCRIPT).expect("write the trivial script");

    let mut group = c.benchmark_group("spawn");
    group.sample_size(20);
    group.bench_function("os_thread", |b| b.iter(|| std::thread::spawn(|| 1).join()));
    group.bench_function("isolate", |b| b.iter(|| drop(v8::Isolate::new(Default::default()))));
    group.bench_function("isolate_context", |b| {
        b.iter(|| {
            let mut isolate = v8::Isolate::new(Default::default());
            {
                v8::scope!(let scope, &mut isolate);
                let _context = v8::Context::new(scope, Default::default());
            }
        })
    });
    group.bench_function("instance_cold", |b| {
        b.iter(|| {
            let outcome = engine::spawn(bulkhead_benches::trivial_instance()).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == "ready\n"));
        })
    });
    // The same instance with a CPU limit it never reaches: what arming and checking a limit
    // costs (one watchdog entry, two reads of the thread's CPU clock).
    group.bench_function("instance_cpu_limit", |b| {
        b.iter(|| {
            let config = bulkhead_benches::trivial_instance().cpu_limit(std::time::Duration::from_secs(10));
            let outcome = engine::spawn(config).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == "ready\n"));
        })
    });
    group.bench_function("instance_snapshot", |b| {
        b.iter(|| {
            let config = bulkhead_benches::trivial_instance().snapshot(snapshot.clone());
            let outcome = engine::spawn(config).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == "ready\n"));
        })
    });
    match bulkhead_benches::bulkhead_binary() {
        Some(bin) => group.bench_function("bulkhead_process", |b| {
            b.iter(|| {
                let out = Command::new(&bin).arg("run").arg(&script).output().expect("run bulkhead");
                assert_eq!(out.stdout, b"ready\n");
            })
        }),
        None => {
            println!("spawn/bulkhead_process skipped: no bulkhead binary beside the bench (cargo build --release -p bulkhead-harness)");
            &mut group
        }
    };
    match bulkhead_benches::bulkhead_binary().map(|bin| engine::zygote::Zygote::start(&bin, &[harness::runner::ZYGOTE_COMMAND])) {
        Some(Ok(zygote)) => group.bench_function("warm_fork", |b| {
            b.iter(|| {
                let outcome = zygote.spawn(&bulkhead_benches::trivial_instance()).map(|h| h.join());
                assert!(matches!(outcome, Ok(ref o) if o.stdout == "ready\n"), "{outcome:?}");
            })
        }),
        Some(Err(e)) => {
            println!("spawn/warm_fork skipped: {e}");
            &mut group
        }
        None => {
            println!("spawn/warm_fork skipped: no bulkhead binary beside the bench (cargo build --release -p bulkhead-harness)");
            &mut group
        }
    };
    match bulkhead_benches::node_binary() {
        Some(node) => group.bench_function("node_process", |b| {
            b.iter(|| {
                let out = Command::new(&node).arg("-e").arg(bulkhead_benches::TRIVIAL_SCRIPT).output().expect("run node");
                assert_eq!(out.stdout, b"ready\n");
            })
        }),
        None => {
            println!("spawn/node_process skipped: node is not on PATH");
            &mut group
        }
    };
    if let Some(mut driver) = bulkhead_benches::node_binary().and_then(|node| WorkerDriver::start(&node)) {
        group.bench_function("node_worker", |b| b.iter(|| assert!(driver.one_worker(), "the node Worker driver answers")));
    } else {
        println!("spawn/node_worker skipped: node is not on PATH or did not start");
    }
    group.finish();
}

/// A node process that, for each line on its stdin, starts a Worker running the trivial
/// script, waits for it to exit, and answers with one line.
struct WorkerDriver {
    child: std::process::Child,
    input: std::process::ChildStdin,
    output: BufReader<std::process::ChildStdout>,
}

/// The driver's program: one Worker per request, its output checked, one answer per exit.
const WORKER_DRIVER: &str = r#"
const { Worker } = require('worker_threads');
const readline = require('readline');
readline.createInterface({ input: process.stdin }).on('line', () => {
  const w = new Worker(process.argv[1], { eval: true, stdout: true });
  let out = '';
  w.stdout.on('data', (d) => { out += d; });
  w.on('exit', () => process.stdout.write(out === 'ready\n' ? 'ok\n' : `bad ${JSON.stringify(out)}\n`));
});
"#;

impl WorkerDriver {
    fn start(node: &std::path::Path) -> Option<WorkerDriver> {
        let mut child = Command::new(node)
            .arg("-e")
            .arg(WORKER_DRIVER)
            .arg(bulkhead_benches::TRIVIAL_SCRIPT)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .ok()?;
        let input = child.stdin.take()?;
        let output = BufReader::new(child.stdout.take()?);
        let mut driver = WorkerDriver { child, input, output };
        driver.one_worker().then_some(driver)
    }

    /// Starts one Worker and waits for it to have printed and exited.
    fn one_worker(&mut self) -> bool {
        let mut line = String::new();
        self.input.write_all(b"go\n").is_ok() && self.input.flush().is_ok() && self.output.read_line(&mut line).is_ok() && line == "ok\n"
    }
}

impl Drop for WorkerDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

criterion_group!(benches, spawn);
criterion_main!(benches);
