//! Spawn cost, side by side in one run: a bare OS thread (spawn + join), and a full instance
//! (thread + isolate + context + bootstrap + a trivial script + Outcome).

use criterion::{criterion_group, criterion_main, Criterion};

fn spawn(c: &mut Criterion) {
    let mut group = c.benchmark_group("spawn");
    group.bench_function("os_thread", |b| b.iter(|| std::thread::spawn(|| 1).join()));
    group.bench_function("instance_cold", |b| {
        b.iter(|| {
            let outcome = engine::spawn(bulkhead_benches::trivial_instance()).map(|h| h.join());
            assert!(matches!(outcome, Ok(ref o) if o.stdout == "ready\n"));
        })
    });
    group.finish();
}

criterion_group!(benches, spawn);
criterion_main!(benches);
