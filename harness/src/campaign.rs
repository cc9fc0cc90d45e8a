//! A corpus campaign: every scenario once alone (the solo oracle) and, when asked, once under
//! the real `node`; then N instances at once, each assigned a scenario by a seeded draw, some
//! given an extra fault drawn from the same seed. Every instance is judged:
//! - untouched instances against the scenario's expectation, its solo outcome (a difference
//!   is a LEAK) and node's outcome;
//! - instances with an injected fault by invariants: they ended, with a cause the fault
//!   allows, and no engine fault.
//!
//! The point of injecting is the untouched ones: faults in their neighbours must not show.
//!
//! With a zygote program, every scenario also runs once in a process of its own, forked from a
//! warm zygote (`engine::zygote`; one per warm-up for scenarios that start from a snapshot),
//! three times if `distinct`: the process oracle. Its baseline cannot have been touched by any other
//! instance, since the zygote runs none; its outcome must meet the expectation and equal the
//! solo outcome (a difference is a LEAK), and copies of a `distinct` scenario must differ.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::judge;
use crate::node::NodeRun;
use crate::report::{LimitHit, Report, Row};
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
    /// The CPU time any one instance may use (its scenario's own smaller limit is kept).
    pub cpu_bound: Duration,
    /// How long each phase (the solo runs, then the concurrent batches) may take before the
    /// instances still alive are reported, with what they were doing, and given up on.
    pub deadline: Duration,
    /// The program to start as a zygote (`PROGRAM __zygote`) for the process oracle, if any.
    pub zygote: Option<std::path::PathBuf>,
    /// Run the N instances at once (false: only the solo runs and, with a zygote, the
    /// processes — `bulkhead run --isolation process` over a corpus).
    pub crowd: bool,
}

impl Plan {
    /// A plan with the default bounds: 30 s of CPU per instance, 10 minutes per phase.
    pub fn new(instances: usize, seed: u64) -> Plan {
        Plan {
            instances,
            jobs: instances.max(1),
            seed,
            hold: false,
            fault_rate: 0.0,
            node: None,
            cpu_bound: Duration::from_secs(30),
            deadline: Duration::from_secs(600),
            zygote: None,
            crowd: true,
        }
    }

    fn bounds(&self) -> runner::Bounds {
        runner::Bounds { cpu: Some(self.cpu_bound), deadline: Instant::now().checked_add(self.deadline) }
    }
}

/// Which limit ended an instance, as far as its outcome and scenario tell.
pub fn limit_hit(s: &Scenario, outcome: &engine::Outcome, plan_cpu_bound: Option<Duration>) -> LimitHit {
    match &outcome.cause {
        engine::ExitCause::TimedOut => LimitHit::WallTimeout,
        engine::ExitCause::CpuLimit => match (s.faults.cpu_limit, plan_cpu_bound) {
            (Some(own), Some(bound)) if bound < own => LimitHit::CpuBound,
            (Some(_), _) => LimitHit::CpuLimit,
            (None, _) => LimitHit::CpuBound,
        },
        engine::ExitCause::EngineFault { message } if message.starts_with(runner::STILL_ALIVE) => LimitHit::Deadline,
        _ => LimitHit::None,
    }
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

/// The seeds of `runs` runs: the first is `first` (1 when not given); each later one is
/// drawn from the one before, so a stress run is replayable from its printed seeds. Without
/// `first` and with several runs, the sequence starts from the clock, so every stress run
/// explores new draws.
pub fn seeds(first: Option<u64>, runs: u32) -> Vec<u64> {
    let mut state = match first {
        Some(seed) => seed,
        None if runs > 1 => std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64),
        None => 1,
    };
    let mut out = vec![if first.is_some() || runs == 1 { state } else { splitmix(&mut state) }];
    while out.len() < runs as usize {
        out.push(splitmix(&mut state));
    }
    out
}

/// One instance's draw: which scenario, and which injected fault if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// Index into the corpus.
    pub scenario: usize,
    /// The extra fault.
    pub injected: Option<Injected>,
}

/// The seeded draw for `instances` instances: first `fixed` (scenario indices, each run
/// untouched: every scenario of the pool once, a probe as many times as it asks), then draws
/// from `pool`, some given an injected fault.
pub fn assign_from(pool: &[usize], fixed: &[usize], instances: usize, plan: &Plan) -> Vec<Assignment> {
    let mut state = plan.seed;
    (0..instances)
        .map(|i| {
            let scenario = if i < fixed.len() { fixed[i] } else { pool[(splitmix(&mut state) % pool.len() as u64) as usize] };
            let roll = (splitmix(&mut state) % 10_000) as f64 / 10_000.0;
            let injected = (i >= fixed.len() && roll < plan.fault_rate).then(|| {
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

/// The untouched part of a draw over `pool`: each scenario as many times as it asks to run
/// (`copies`, once by default), in corpus order.
fn fixed_part(corpus: &[Scenario], pool: &[usize], at_least: usize) -> Vec<usize> {
    pool.iter().flat_map(|&i| std::iter::repeat_n(i, corpus[i].copies.max(at_least))).collect()
}

/// The seeded draw over the whole corpus.
pub fn assign(corpus: &[Scenario], plan: &Plan) -> Vec<Assignment> {
    let pool: Vec<usize> = (0..corpus.len()).collect();
    assign_from(&pool, &fixed_part(corpus, &pool, 1), plan.instances, plan)
}

/// Copies of each scenario that starts from its own snapshot, run in batches of their own.
pub const SNAPSHOT_COPIES: usize = 3;

/// The batches to run, in order. Isolates of different startup blobs can never be alive at
/// the same time (engine/src/phase.rs), so a batch holds one blob's instances: first the
/// plan's N instances, drawn from the scenarios without a snapshot of their own, then each
/// snapshot group's scenarios, [`SNAPSHOT_COPIES`] times each (or the copies they ask for).
pub fn batches(corpus: &[Scenario], plan: &Plan) -> Vec<Vec<Assignment>> {
    let mut groups: std::collections::BTreeMap<Option<&std::path::Path>, Vec<usize>> = Default::default();
    for (i, s) in corpus.iter().enumerate() {
        groups.entry(s.faults.snapshot.as_deref()).or_default().push(i);
    }
    let mut out = Vec::new();
    let jobs = plan.jobs.max(1);
    for (blob, pool) in groups {
        let draws = match blob {
            None => assign_from(&pool, &fixed_part(corpus, &pool, 1), plan.instances, plan),
            Some(_) => {
                fixed_part(corpus, &pool, SNAPSHOT_COPIES).into_iter().map(|scenario| Assignment { scenario, injected: None }).collect()
            }
        };
        out.extend(draws.chunks(jobs).map(<[Assignment]>::to_vec));
    }
    out
}

/// Runs the plan and reports. `progress` is called once per finished instance.
pub fn run(corpus: &[Scenario], plan: &Plan, progress: &(dyn Fn() + Sync)) -> Report {
    // Snapshot builds need the process to themselves: all of them happen before any instance.
    runner::prepare(corpus);
    let solo_bounds = plan.bounds();
    let solo: Vec<_> = corpus.par_iter().map(|s| runner::run_solo(s, &solo_bounds)).collect();
    let node: Vec<NodeResult> = corpus
        .par_iter()
        .map(|s| {
            let bin = plan.node.as_ref().filter(|_| s.node)?;
            Some(crate::node::run_node(bin, s).map_err(|e| format!("cannot run {}: {e}", bin.display())))
        })
        .collect();
    let mut rows = Vec::with_capacity(plan.instances);
    let zygote_restarts = match &plan.zygote {
        Some(program) => in_processes(corpus, (&solo, &node), program, plan, &mut rows),
        None => 0,
    };
    let started = Instant::now();
    engine::reset_peak();
    let mut held = 0;
    let bounds = plan.bounds();
    let crowd = if plan.crowd { batches(corpus, plan) } else { Vec::new() };
    for batch in crowd {
        let members: Vec<_> = batch
            .iter()
            .map(|a| CrowdMember { scenario: &corpus[a.scenario], injected: a.injected.clone() })
            .collect();
        let gate = plan.hold.then(|| Arc::new(engine::StartGate::new()));
        let live_at_gate = std::sync::atomic::AtomicUsize::new(0);
        let outcomes = runner::run_crowd(
            &members,
            gate,
            &bounds,
            &|_| live_at_gate.store(engine::live_instances(), std::sync::atomic::Ordering::SeqCst),
            &|| progress(),
        );
        held = held.max(live_at_gate.into_inner());
        let first_row = rows.len();
        for (a, outcome) in batch.iter().zip(&outcomes) {
            let outcome = outcome.clone();
            let s = &corpus[a.scenario];
            let (failures, leaks) = match &a.injected {
                Some(fault) => {
                    let ok = fault.allows(&outcome.cause);
                    (if ok { Vec::new() } else { vec![format!("cause {} under {}", judge::describe_cause(&outcome), fault.describe())] }, Vec::new())
                }
                None => untouched(s, &outcome, &node[a.scenario], judge::timing_free(s).then_some(&solo[a.scenario])),
            };
            rows.push(row(rows.len(), s, a.injected.as_ref().map(Injected::describe), false, &outcome, plan, (failures, leaks)));
        }
        // Distinctness: untouched copies of a `distinct` scenario in this batch must differ.
        let untouched = batch.iter().zip(&outcomes).map(|(a, o)| (a.scenario, a.injected.is_none(), o));
        check_distinct(corpus, untouched, first_row, &mut rows);
    }
    Report {
        instances: rows.len(),
        held_live: held,
        peak_live: engine::peak_live_instances(),
        seed: plan.seed,
        wall_ms: started.elapsed().as_secs_f64() * 1000.0,
        rows,
        zygote_restarts,
    }
}

/// An untouched instance judged: (failures) its expectation and node's outcome, if node ran;
/// (leaks) its difference from `solo`, when given.
fn untouched(s: &Scenario, outcome: &engine::Outcome, node: &NodeResult, solo: Option<&engine::Outcome>) -> (Vec<String>, Vec<String>) {
    let mut failures = judge::check_expectation(s, outcome);
    match node {
        Some(Ok(n)) => failures.extend(judge::check_node(s, outcome, n)),
        Some(Err(e)) => failures.push(e.clone()),
        None => {}
    }
    let leaks = solo.map(|solo| judge::check_solo_for(s, solo, outcome)).unwrap_or_default();
    (failures, leaks)
}

/// One instance's row; no instance, faulted or not, may show another's token.
fn row(
    instance: usize,
    s: &Scenario,
    injected: Option<String>,
    in_process: bool,
    outcome: &engine::Outcome,
    plan: &Plan,
    (failures, mut leaks): (Vec<String>, Vec<String>),
) -> Row {
    leaks.extend(judge::check_cross_talk(outcome));
    Row {
        instance,
        scenario: s.name.clone(),
        injected,
        in_process,
        exit_code: outcome.exit_code,
        cause: outcome.cause.kind().to_string(),
        wall_ms: outcome.wall_time.as_secs_f64() * 1000.0,
        cpu_ms: outcome.cpu_time.as_secs_f64() * 1000.0,
        limit: limit_hit(s, outcome, Some(plan.cpu_bound)),
        failures,
        leaks,
    }
}

/// Untouched copies of a `distinct` scenario (the rows from `first_row` on, in order) must
/// differ from each other.
fn check_distinct<'a>(
    corpus: &[Scenario],
    runs: impl Iterator<Item = (usize, bool, &'a engine::Outcome)>,
    first_row: usize,
    rows: &mut [Row],
) {
    let mut groups: std::collections::BTreeMap<usize, Vec<(usize, &engine::Outcome)>> = Default::default();
    for (k, (scenario, untouched, outcome)) in runs.enumerate() {
        if corpus[scenario].distinct && untouched {
            groups.entry(scenario).or_default().push((first_row + k, outcome));
        }
    }
    for copies in groups.into_values() {
        for (row, problem) in judge::check_distinct(copies) {
            rows[row].leaks.push(problem);
        }
    }
}

/// What node gave for a scenario, if it was asked.
type NodeResult = Option<Result<NodeRun, String>>;

/// The process oracle: each scenario in a process of its own (see the module's docs).
/// Returns how many times a zygote died and was started again.
fn in_processes(
    corpus: &[Scenario],
    (solo, node): (&[engine::Outcome], &[NodeResult]),
    program: &std::path::Path,
    plan: &Plan,
    rows: &mut Vec<Row>,
) -> usize {
    let runs: Vec<usize> = corpus.iter().enumerate().flat_map(|(i, s)| std::iter::repeat_n(i, if s.distinct { 3 } else { 1 })).collect();
    let zygotes = runner::Zygotes::new(program.to_path_buf());
    let bounds = plan.bounds();
    let outcomes: Vec<engine::Outcome> = runs.par_iter().map(|&i| runner::run_in_process(&zygotes, &corpus[i], &bounds)).collect();
    let first_row = rows.len();
    for (&i, outcome) in runs.iter().zip(&outcomes) {
        let s = &corpus[i];
        // A process still alive at the deadline is a failure already; what the host can tell
        // of what it was doing is not what an instance tells, so it is not compared.
        let comparable = judge::timing_free(s) && limit_hit(s, outcome, Some(plan.cpu_bound)) != LimitHit::Deadline;
        let (failures, leaks) = untouched(s, outcome, &node[i], comparable.then_some(&solo[i]));
        let leaks = leaks.into_iter().map(|p| format!("differs from its run in a process of its own: {p}")).collect();
        rows.push(row(rows.len(), s, None, true, outcome, plan, (failures, leaks)));
    }
    check_distinct(corpus, runs.iter().zip(&outcomes).map(|(&i, o)| (i, true, o)), first_row, rows);
    zygotes.restarts()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(seed: u64) -> Plan {
        Plan { fault_rate: 0.3, ..Plan::new(200, seed) }
    }

    fn scenario(name: &str, copies: usize) -> Scenario {
        let text = format!("/*---\ndescription = \"d\"\ncopies = {copies}\n[expect]\nexit_code = 0\ncause = \"drained\"\n---*/\n");
        Scenario::parse(name.into(), std::path::Path::new("t.js"), text).expect("valid")
    }

    fn corpus(n: usize) -> Vec<Scenario> {
        (0..n).map(|i| scenario(&format!("s{i}"), 1)).collect()
    }

    #[test]
    fn a_scenario_asking_for_copies_gets_them_untouched() {
        let mut corpus = corpus(5);
        corpus[2] = scenario("probe", 16);
        let a = assign(&corpus, &plan(3));
        assert_eq!(a.len(), 200);
        let untouched_probes = a.iter().filter(|x| x.scenario == 2 && x.injected.is_none()).count();
        assert!(untouched_probes >= 16, "{untouched_probes}");
        assert!(a[..20].iter().all(|x| x.injected.is_none()), "the fixed part is never faulted");
    }

    #[test]
    fn the_same_seed_gives_the_same_campaign() {
        let corpus = corpus(10);
        assert_eq!(assign(&corpus, &plan(7)), assign(&corpus, &plan(7)));
        assert_ne!(assign(&corpus, &plan(7)), assign(&corpus, &plan(8)));
    }

    #[test]
    fn seeds_start_where_asked_and_each_run_gets_a_fresh_one() {
        assert_eq!(seeds(None, 1), vec![1], "the default single run is seed 1, as the README's job");
        assert_eq!(seeds(Some(9), 1), vec![9]);
        let stress = seeds(Some(9), 4);
        assert_eq!(stress[0], 9);
        assert_eq!(stress, seeds(Some(9), 4), "a printed first seed replays the whole stress run");
        let distinct: std::collections::HashSet<_> = stress.iter().collect();
        assert_eq!(distinct.len(), 4);
        assert_ne!(seeds(None, 3), seeds(None, 3), "a stress run without --seed explores new draws");
    }

    #[test]
    fn the_limit_hit_follows_from_the_cause_and_the_scenario() {
        let s = |cpu: Option<u64>| {
            let mut s = crate::scenario::Scenario::parse(
                "t".into(),
                std::path::Path::new("t.js"),
                "/*---\ndescription = \"d\"\n[expect]\nexit_code = 0\ncause = \"drained\"\n---*/\n".into(),
            )
            .expect("valid");
            s.faults.cpu_limit = cpu.map(Duration::from_millis);
            s
        };
        let o = |cause| engine::Outcome {
            id: 1,
            exit_code: 137,
            cause,
            stdout: String::new(),
            stderr: String::new(),
            wall_time: Duration::ZERO,
            cpu_time: Duration::ZERO,
            children: Vec::new(),
        };
        let bound = Some(Duration::from_secs(30));
        assert_eq!(limit_hit(&s(None), &o(engine::ExitCause::TimedOut), bound), LimitHit::WallTimeout);
        assert_eq!(limit_hit(&s(Some(100)), &o(engine::ExitCause::CpuLimit), bound), LimitHit::CpuLimit);
        assert_eq!(limit_hit(&s(None), &o(engine::ExitCause::CpuLimit), bound), LimitHit::CpuBound);
        assert_eq!(limit_hit(&s(None), &o(engine::ExitCause::Killed), bound), LimitHit::None);
        let alive = runner::harness_fault(format!("{} after 1.0 s, idle in its event loop", runner::STILL_ALIVE), std::time::Instant::now());
        assert_eq!(limit_hit(&s(None), &alive, bound), LimitHit::Deadline);
    }

    #[test]
    fn every_scenario_runs_untouched_at_least_once() {
        let a = assign(&corpus(10), &plan(3));
        for i in 0..10 {
            assert!(a.iter().any(|x| x.scenario == i && x.injected.is_none()), "scenario {i}");
        }
        let faulted = a.iter().filter(|x| x.injected.is_some()).count();
        assert!((30..=90).contains(&faulted), "{faulted} of 190 drawn instances faulted at rate 0.3");
    }
}
