//! The cost per call of a native callback finding its instance's own state, called from
//! JavaScript in a hot loop, each strategy side by side in one run (see engine/src/lookup.rs
//! for the strategies). Throughput is in calls, so criterion reports time per call.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use engine_testkit::lookup::{LookupBench, STRATEGIES};

const CALLS: u64 = 100_000;

fn lookup(c: &mut Criterion) {
    let mut bench = LookupBench::new(CALLS);
    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(CALLS));
    for (index, name) in STRATEGIES.iter().enumerate() {
        group.bench_function(*name, |b| b.iter(|| bench.run(index)));
    }
    group.finish();
    assert!(bench.data_slot_calls() > 0, "the data-slot strategy ran");
}

criterion_group!(benches, lookup);
criterion_main!(benches);
