//! Cold start against snapshot start, side by side in one run. The warm-up builds a sizeable
//! object graph (corpus/snapshots/warmup.js-like, 20,000 entries); the measured quantity is the
//! time from spawn to the instance's first result (its Outcome after printing one line).
//! - `cold`: the instance runs the warm-up, then the one-line script.
//! - `snapshot`: the instance is restored from a snapshot of the warm-up, then runs the line.
//! - `warm_fork`: a process forked from a zygote that restored the same warm-up's snapshot
//!   once (`bulkhead __zygote --warmup`), then runs the line; the zygote is up beforehand, as a
//!   harness keeps it. Skipped with a printed reason without a `bulkhead` binary beside the
//!   bench.

use criterion::{criterion_group, criterion_main, Criterion};
use engine::{InstanceConfig, ScriptSource};

const WARMUP: &str = r#"
const path = require('path');
const table = new Map();
for (let i = 0; i < 20000; i++) {
  table.set(`key-${i}`, { id: i, path: path.join('/data', String(i % 17), `${i}.json`), weights: new Float64Array(4).fill(i) });
}
globalThis.table = table;
"#;
const FIRST_RESULT: &str = "console.log(table.get('key-19999').path)";
const EXPECTED: &str = "/data/7/19999.json\n";

fn first_result(c: &mut Criterion) {
    let (snapshot, _) = engine::build_snapshot(&ScriptSource::new(WARMUP, "/bench/warmup.js")).expect("warm-up builds");
    let cold_source = format!("{WARMUP}\n{FIRST_RESULT}");
    let mut group = c.benchmark_group("first_result");
    group.bench_function("cold", |b| {
        b.iter(|| {
            let config = InstanceConfig::new(ScriptSource::new(cold_source.as_str(), "/bench/cold.js"));
            let outcome = engine::spawn(config).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == EXPECTED));
        })
    });
    group.bench_function("snapshot", |b| {
        b.iter(|| {
            let config = InstanceConfig::new(ScriptSource::new(FIRST_RESULT, "/bench/first.js")).snapshot(snapshot.clone());
            let outcome = engine::spawn(config).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == EXPECTED));
        })
    });
    let warmup = std::env::temp_dir().join("bulkhead-bench-warmup.js");
    let zygote = std::fs::write(&warmup, WARMUP)
        .map_err(|e| e.to_string())
        .and_then(|()| bulkhead_benches::bulkhead_binary().ok_or_else(|| "no bulkhead binary beside the bench (cargo build --release -p bulkhead-harness)".to_string()))
        .and_then(|bin| engine::zygote::Zygote::start(&bin, &[harness::runner::ZYGOTE_COMMAND.as_ref(), "--warmup".as_ref(), warmup.as_os_str()]).map_err(|e| e.to_string()));
    match zygote {
        Ok(zygote) => {
            group.bench_function("warm_fork", |b| {
                b.iter(|| {
                    let config = InstanceConfig::new(ScriptSource::new(FIRST_RESULT, "/bench/first.js"));
                    let outcome = zygote.spawn(&config).map(|h| h.join());
                    assert!(matches!(outcome, Ok(ref o) if o.stdout == EXPECTED), "{outcome:?}");
                })
            });
        }
        Err(e) => println!("first_result/warm_fork skipped: {e}"),
    }
    group.finish();
}

criterion_group!(benches, first_result);
criterion_main!(benches);
