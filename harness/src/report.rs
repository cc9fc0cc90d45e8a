//! The result of a corpus run and how it is shown: a readable table for people, JSON for
//! tools. One [`Row`] per instance.

use serde::Serialize;

/// Which limit, if any, ended an instance: what tells a reader whether a FAIL came from load
/// on the machine (a wall-clock limit) or from the code under test (none, or CPU time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitHit {
    /// It ended on its own, or by a fault: no limit was involved.
    None,
    /// Its scenario's wall-clock timeout.
    WallTimeout,
    /// Its scenario's CPU-time limit.
    CpuLimit,
    /// The campaign's CPU-time bound on every instance (it spun without end).
    CpuBound,
    /// It was still alive at the campaign's deadline and was given up on.
    Deadline,
}

impl LimitHit {
    /// How the table says it.
    pub fn describe(self) -> &'static str {
        match self {
            LimitHit::None => "no limit hit",
            LimitHit::WallTimeout => "hit its wall-clock timeout",
            LimitHit::CpuLimit => "hit its CPU limit",
            LimitHit::CpuBound => "hit the campaign's CPU bound",
            LimitHit::Deadline => "alive at the campaign deadline",
        }
    }
}

/// How one instance fared.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// Which instance of the run (0-based).
    pub instance: usize,
    /// The scenario it ran.
    pub scenario: String,
    /// The fault the campaign injected, if any.
    pub injected: Option<String>,
    /// It ran in a process of its own, forked from the zygote (the process oracle), not among
    /// the others.
    pub in_process: bool,
    /// Its exit status.
    pub exit_code: i32,
    /// `ExitCause::kind()`.
    pub cause: String,
    /// Wall time in milliseconds.
    pub wall_ms: f64,
    /// CPU time of the instance's thread in milliseconds.
    pub cpu_ms: f64,
    /// Which limit ended it, if any.
    pub limit: LimitHit,
    /// Expectation failures.
    pub failures: Vec<String>,
    /// Differences from the scenario's solo run (leaks).
    pub leaks: Vec<String>,
}

impl Row {
    /// PASS, FAIL or LEAK.
    pub fn verdict(&self) -> &'static str {
        if !self.leaks.is_empty() {
            "LEAK"
        } else if !self.failures.is_empty() {
            "FAIL"
        } else {
            "PASS"
        }
    }
}

/// A whole run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Instances run.
    pub instances: usize,
    /// Instances alive together at the start gate (0 without `--hold`), as the engine counted.
    pub held_live: usize,
    /// The most isolates alive at once during the run, as the engine counted.
    pub peak_live: usize,
    /// The seed that assigned scenarios.
    pub seed: u64,
    /// Wall time of the concurrent phase, in milliseconds.
    pub wall_ms: f64,
    /// One row per instance.
    pub rows: Vec<Row>,
    /// How many times a zygote of the process oracle died and was started again (each death
    /// also fails the rows of the children it took with it).
    pub zygote_restarts: usize,
}

impl Report {
    /// Instances whose verdict is not PASS.
    pub fn failed(&self) -> usize {
        self.rows.iter().filter(|r| r.verdict() != "PASS").count()
    }

    /// The human-readable table: one line per scenario (instances grouped), then the problems.
    pub fn table(&self) -> String {
        use std::collections::BTreeMap;
        use std::fmt::Write;
        let mut by_scenario: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
        for r in &self.rows {
            let e = by_scenario.entry(&r.scenario).or_default();
            e.0 += 1;
            if r.injected.is_some() {
                e.3 += 1;
            }
            match r.verdict() {
                "LEAK" => e.2 += 1,
                "FAIL" => e.1 += 1,
                _ => {}
            }
        }
        let width = by_scenario.keys().map(|k| k.len()).max().unwrap_or(8).max(8);
        let mut out = String::new();
        let _ = writeln!(out, "{:<width$}  {:>9}  {:>7}  {:>6}  {:>6}", "scenario", "instances", "faulted", "failed", "leaked");
        for (name, (n, failed, leaked, faulted)) in &by_scenario {
            let _ = writeln!(out, "{name:<width$}  {n:>9}  {faulted:>7}  {failed:>6}  {leaked:>6}");
        }
        for r in self.rows.iter().filter(|r| r.verdict() != "PASS") {
            let _ = writeln!(out, "{} instance #{} ({}{}; {}, {:.0} ms wall, {:.0} ms CPU): {}", r.verdict(), r.instance, r.scenario,
                r.injected.as_ref().map(|f| format!(", {f}")).or(r.in_process.then(|| ", in a process of its own".to_string())).unwrap_or_default(), r.limit.describe(), r.wall_ms, r.cpu_ms,
                r.leaks.iter().chain(&r.failures).cloned().collect::<Vec<_>>().join("; "));
        }
        if self.zygote_restarts > 0 {
            let _ = writeln!(out, "a zygote died and was started again {} time(s)", self.zygote_restarts);
        }
        let passed = self.rows.len() - self.failed();
        let _ = writeln!(
            out,
            "{} instances ({} held alive together, peak {} live), {} passed, {} failed, {:.0} ms, seed {}",
            self.instances, self.held_live, self.peak_live, passed, self.failed(), self.wall_ms, self.seed
        );
        out
    }
}

impl Report {
    /// The report as JUnit XML: one test case per instance.
    pub fn junit(&self) -> Result<String, quick_junit::SerializeError> {
        use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};
        let mut suite = TestSuite::new("bulkhead");
        for r in &self.rows {
            let status = match r.verdict() {
                "PASS" => TestCaseStatus::success(),
                verdict => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type(verdict);
                    s.set_message(r.leaks.iter().chain(&r.failures).cloned().collect::<Vec<_>>().join("; "));
                    s
                }
            };
            let mut case = TestCase::new(format!("#{} {}", r.instance, r.scenario), status);
            case.set_classname(r.scenario.replace('/', "."));
            case.set_time(std::time::Duration::from_secs_f64(r.wall_ms / 1000.0));
            suite.add_test_case(case);
        }
        let mut report = quick_junit::Report::new("bulkhead");
        report.add_test_suite(suite);
        report.to_string()
    }
}
