//! Property: a random module graph (ES modules and CommonJS, static imports with cycles,
//! top-level awaits) ended at a random point — process.exit, a throw, a host kill, a signal, a
//! timeout, a CPU limit, the heap limit — ends by that stop alone: with its cause once its
//! module ran, never hanging on a pending evaluation promise, never an engine fault, and as it
//! ends alone while other graphs run beside it. The programs and the check are
//! `conformance::module_graph`'s.
//!
//! Failures shrink to a minimal set of graphs and are kept in
//! `proptest-regressions/module_graphs.txt` beside this file.

use conformance::module_graph::{self, Graph, Module, Stop};
use conformance::schedule::SignalChoice;
use proptest::prelude::*;

fn stop() -> impl Strategy<Value = Stop> {
    prop_oneof![
        any::<u8>().prop_map(Stop::Exit),
        Just(Stop::Throw),
        Just(Stop::Kill),
        prop_oneof![Just(SignalChoice::Term), Just(SignalChoice::Int), Just(SignalChoice::Hup), Just(SignalChoice::Kill)].prop_map(Stop::Signal),
        Just(Stop::Timeout),
        Just(Stop::CpuLimit),
        Just(Stop::HeapLimit),
    ]
}

fn module() -> impl Strategy<Value = Module> {
    (prop::bool::weighted(0.7), proptest::collection::vec(0usize..6, 0..3), proptest::option::of(0u8..4))
        .prop_map(|(esm, imports, wait_ms)| Module { esm, imports, wait_ms })
}

fn graph() -> impl Strategy<Value = Graph> {
    (proptest::collection::vec(module(), 1..6), proptest::option::weighted(0.85, (stop(), 0usize..6, any::<bool>())))
        .prop_map(|(modules, stop)| Graph { modules, stop }.normalized())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_graph_ends_by_its_stop_alone(graphs in proptest::collection::vec(graph(), 1..4)) {
        let dir = std::env::temp_dir().join(format!("bulkhead-graphs-{}-{}", std::process::id(), unique()));
        let problems = module_graph::check(&graphs, &dir);
        let _ = std::fs::remove_dir_all(&dir);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// A fresh number per case, so that cases never share files.
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
