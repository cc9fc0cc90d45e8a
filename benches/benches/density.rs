//! Throughput of whole scenarios (spawn → trivial script → Outcome) with 1, 10, 100 and 500
//! instances alive at once: each iteration spawns that many, then joins them all.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn density(c: &mut Criterion) {
    let mut group = c.benchmark_group("density");
    group.sample_size(10);
    for n in [1usize, 10, 100, 500] {
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, &n| {
            b.iter(|| {
                let handles: Vec<_> = (0..n).map(|_| engine::spawn(bulkhead_benches::trivial_instance()).expect("spawn")).collect();
                for h in handles {
                    assert_eq!(h.join().stdout, "ready\n");
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, density);
criterion_main!(benches);
