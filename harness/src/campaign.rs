//! A corpus campaign: every scenario once alone (the solo oracle) and, when asked, once under
//! the real `node`; then N instances at once, each assigned a scenario by a seeded draw, some
//! given an extra fault drawn from the same seed. Every instance is judged:
//! - untouched instances against the scenario's expectation, its solo outcome (a difference
//!   is a LEAK) and node's outcome;
//! - instances with an injected fault by invariants: they ended, with a cause the fault
//!   allows, and no engine fault.
//!
//! The point of injecting is the untouched ones: faults in their neighbours must not show.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::judge;
use crate::node::NodeRun;
use crate::report::{Report, Row};
use crate::runner::{self, CrowdMember, Injected};
use crate::scenario::Scenario;

/// How to run a corpus.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Instances in the concurrent phase.
    pub instances: usize,
    /// How many of them may be alive at once.
    pub jobs: usize,
    /// Seeds the assignment of scenarios and injected faults.
    pub seed: u64,
    /// Spawn a whole batch and hold every instance at a start gate until all are alive.
    pub hold: bool,
    /// Share of instances (0.0–1.0) given an injected fault.
    pub fault_rate: f64,
    /// Also compare with this `node` binary, for scenarios marked `node = true`.
    pub node: Option<std::path::PathBuf>,
}

/// A small, fixed pseudo-random sequence (SplitMix64), so a seed gives the same campaign on
/// every machine.
pub fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// One instance's draw: which scenario, and which injected fault if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// Index into the corpus.
    pub scenario: usize,
    /// The extra fault.
    pub injected: Option<Injected>,
}

/// The seeded draw for `instances` instances over the scenarios `pool` (indices into the
/// corpus). Every scenario of the pool appears at least once, untouched, when there are enough
/// instances.
pub fn assign_from(pool: &[usize], instances: usize, plan: &Plan) -> Vec<Assignment> {
    let mut state = plan.seed;
    (0..instances)
        .map(|i| {
            let scenario = if i < pool.len() { pool[i] } else { pool[(splitmix(&mut state) % pool.len() as u64) as usize] };
            let roll = (splitmix(&mut state) % 10_000) as f64 / 10_000.0;
            let injected = (i >= pool.len() && roll < plan.fault_rate).then(|| {
                let ms = Duration::from_millis(splitmix(&mut state) % 40);
                match splitmix(&mut state) % 4 {
                    0 => Injected::KillAtSpawn,
                    1 => Injected::KillAfter(ms),
                    2 => Injected::SignalAfter(engine::Signal::Term, ms),
                    _ => Injected::SignalAfter(engine::Signal::Int, ms),
                }
            });
            Assignment { scenario, injected }
        })
        .collect()
}

/// The seeded draw over the whole corpus.
pub fn assign(corpus_len: usize, plan: &Plan) -> Vec<Assignment> {
    let pool: Vec<usize> = (0..corpus_len).collect();
    assign_from(&pool, plan.instances, plan)
}

/// Copies of each scenario that starts from its own snapshot, run in batches of their own.
pub const SNAPSHOT_COPIES: usize = 3;

/// The batches to run, in order. Isolates of different startup blobs can never be alive at
/// the same time (engine/src/phase.rs), so a batch holds one blob's instances: first the
/// plan's N instances, drawn from the scenarios without a snapshot of their own, then each
/// snapshot group's scenarios, [`SNAPSHOT_COPIES`] times each.
pub fn batches(corpus: &[Scenario], plan: &Plan) -> Vec<Vec<Assignment>> {
    let mut groups: std::collections::BTreeMap<Option<&std::path::Path>, Vec<usize>> = Default::default();
    for (i, s) in corpus.iter().enumerate() {
        groups.entry(s.faults.snapshot.as_deref()).or_default().push(i);
    }
    let mut out = Vec::new();
    let jobs = plan.jobs.max(1);
    for (blob, pool) in groups {
        let draws = match blob {
            None => assign_from(&pool, plan.instances, plan),
            Some(_) => pool
                .iter()
                .flat_map(|&i| std::iter::repeat_n(i, SNAPSHOT_COPIES))
                .map(|scenario| Assignment { scenario, injected: None })
                .collect(),
        };
        out.extend(draws.chunks(jobs).map(<[Assignment]>::to_vec));
    }
    out
}

/// Runs the plan and reports. `progress` is called once per finished instance.
pub fn run(corpus: &[Scenario], plan: &Plan, progress: &(dyn Fn() + Sync)) -> Report {
    // Snapshot builds need the process to themselves: all of them happen before any instance.
    runner::prepare(corpus);
    let solo: Vec<_> = corpus.par_iter().map(runner::run_solo).collect();
    let node: Vec<Option<Result<NodeRun, String>>> = corpus
        .par_iter()
        .map(|s| {
            let bin = plan.node.as_ref().filter(|_| s.node)?;
            Some(crate::node::run_node(bin, s).map_err(|e| format!("cannot run {}: {e}", bin.display())))
        })
        .collect();
    let started = Instant::now();
    engine::reset_peak();
    let mut rows = Vec::with_capacity(plan.instances);
    let mut held = 0;
    for batch in batches(corpus, plan) {
        let members: Vec<_> = batch
            .iter()
            .map(|a| CrowdMember { scenario: &corpus[a.scenario], injected: a.injected.clone() })
            .collect();
        let gate = plan.hold.then(|| Arc::new(engine::StartGate::new()));
        let live_at_gate = std::sync::atomic::AtomicUsize::new(0);
        let outcomes = runner::run_crowd(
            &members,
            gate,
            &|_| live_at_gate.store(engine::live_instances(), std::sync::atomic::Ordering::SeqCst),
            &|| progress(),
        );
        held = held.max(live_at_gate.into_inner());
        for (a, outcome) in batch.iter().zip(outcomes) {
            let s = &corpus[a.scenario];
            let (failures, leaks) = match &a.injected {
                Some(fault) => {
                    let ok = fault.allows(&outcome.cause);
                    (if ok { Vec::new() } else { vec![format!("cause {} under {}", judge::describe_cause(&outcome), fault.describe())] }, Vec::new())
                }
                None => {
                    let mut failures = judge::check_expectation(s, &outcome);
                    match &node[a.scenario] {
                        Some(Ok(n)) => failures.extend(judge::check_node(&outcome, n)),
                        Some(Err(e)) => failures.push(e.clone()),
                        None => {}
                    }
                    let leaks = if judge::timing_free(s) { judge::check_solo(&solo[a.scenario], &outcome) } else { Vec::new() };
                    (failures, leaks)
                }
            };
            rows.push(Row {
                instance: rows.len(),
                scenario: s.name.clone(),
                injected: a.injected.as_ref().map(Injected::describe),
                exit_code: outcome.exit_code,
                cause: outcome.cause.kind().to_string(),
                wall_ms: outcome.wall_time.as_secs_f64() * 1000.0,
                failures,
                leaks,
            });
        }
    }
    Report {
        instances: rows.len(),
        held_live: held,
        peak_live: engine::peak_live_instances(),
        seed: plan.seed,
        wall_ms: started.elapsed().as_secs_f64() * 1000.0,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(seed: u64) -> Plan {
        Plan { instances: 200, jobs: 200, seed, hold: false, fault_rate: 0.3, node: None }
    }

    #[test]
    fn the_same_seed_gives_the_same_campaign() {
        assert_eq!(assign(10, &plan(7)), assign(10, &plan(7)));
        assert_ne!(assign(10, &plan(7)), assign(10, &plan(8)));
    }

    #[test]
    fn every_scenario_runs_untouched_at_least_once() {
        let a = assign(10, &plan(3));
        for i in 0..10 {
            assert!(a.iter().any(|x| x.scenario == i && x.injected.is_none()), "scenario {i}");
        }
        let faulted = a.iter().filter(|x| x.injected.is_some()).count();
        assert!((30..=90).contains(&faulted), "{faulted} of 190 drawn instances faulted at rate 0.3");
    }
}
