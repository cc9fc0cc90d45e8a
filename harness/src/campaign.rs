//! A corpus run: every scenario once alone (the solo oracle), then N instances at once, each
//! assigned a scenario by a seeded draw, all spawned before any is judged; each outcome is
//! judged against the scenario's expectation and its solo outcome.

use std::time::Instant;

use rayon::prelude::*;

use crate::judge;
use crate::report::{Report, Row};
use crate::runner;
use crate::scenario::Scenario;

/// How to run a corpus.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Instances in the concurrent phase.
    pub instances: usize,
    /// How many of them may be alive at once (all of them when equal to `instances`).
    pub jobs: usize,
    /// Seeds the assignment of scenarios to instances.
    pub seed: u64,
}

/// A small, fixed pseudo-random sequence (SplitMix64), so a seed always gives the same
/// assignment on every machine.
pub fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Which scenario each instance runs. Every scenario appears at least once when there are
/// enough instances; the rest are drawn from the seed.
pub fn assign(corpus_len: usize, plan: &Plan) -> Vec<usize> {
    let mut state = plan.seed;
    (0..plan.instances)
        .map(|i| if i < corpus_len { i } else { (splitmix(&mut state) % corpus_len as u64) as usize })
        .collect()
}

/// Runs the plan and reports. `progress` is called once per finished instance.
pub fn run(corpus: &[Scenario], plan: &Plan, progress: &(dyn Fn() + Sync)) -> Report {
    let solo: Vec<_> = corpus.par_iter().map(runner::run_solo).collect();
    let assignment = assign(corpus.len(), plan);
    let started = Instant::now();
    let mut rows = Vec::with_capacity(plan.instances);
    let mut peak_live = 0;
    for (batch_no, batch) in assignment.chunks(plan.jobs.max(1)).enumerate() {
        let list: Vec<&Scenario> = batch.iter().map(|&i| &corpus[i]).collect();
        peak_live = peak_live.max(list.len());
        let outcomes = runner::run_together(&list);
        for (k, (&i, outcome)) in batch.iter().zip(outcomes).enumerate() {
            let s = &corpus[i];
            let leaks = if judge::timing_free(s) { judge::check_solo(&solo[i], &outcome) } else { Vec::new() };
            rows.push(Row {
                instance: batch_no * plan.jobs.max(1) + k,
                scenario: s.name.clone(),
                exit_code: outcome.exit_code,
                cause: outcome.cause.kind().to_string(),
                wall_ms: outcome.wall_time.as_secs_f64() * 1000.0,
                failures: judge::check_expectation(s, &outcome),
                leaks,
            });
            progress();
        }
    }
    Report { instances: plan.instances, peak_live, seed: plan.seed, wall_ms: started.elapsed().as_secs_f64() * 1000.0, rows }
}
