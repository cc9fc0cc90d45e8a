//! The result of a corpus run and how it is shown: a readable table for people, JSON for
//! tools. One [`Row`] per instance.

use serde::Serialize;

/// How one instance fared.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// Which instance of the run (0-based).
    pub instance: usize,
    /// The scenario it ran.
    pub scenario: String,
    /// Its exit status.
    pub exit_code: i32,
    /// `ExitCause::kind()`.
    pub cause: String,
    /// Wall time in milliseconds.
    pub wall_ms: f64,
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
    /// Instances alive at the same moment, at most.
    pub peak_live: usize,
    /// The seed that assigned scenarios.
    pub seed: u64,
    /// Wall time of the concurrent phase, in milliseconds.
    pub wall_ms: f64,
    /// One row per instance.
    pub rows: Vec<Row>,
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
        let mut by_scenario: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
        for r in &self.rows {
            let e = by_scenario.entry(&r.scenario).or_default();
            e.0 += 1;
            match r.verdict() {
                "LEAK" => e.2 += 1,
                "FAIL" => e.1 += 1,
                _ => {}
            }
        }
        let width = by_scenario.keys().map(|k| k.len()).max().unwrap_or(8).max(8);
        let mut out = String::new();
        let _ = writeln!(out, "{:<width$}  {:>9}  {:>6}  {:>6}", "scenario", "instances", "failed", "leaked");
        for (name, (n, failed, leaked)) in &by_scenario {
            let _ = writeln!(out, "{name:<width$}  {n:>9}  {failed:>6}  {leaked:>6}");
        }
        for r in self.rows.iter().filter(|r| r.verdict() != "PASS") {
            let _ = writeln!(out, "{} instance #{} ({}): {}", r.verdict(), r.instance, r.scenario, r.leaks.iter().chain(&r.failures).cloned().collect::<Vec<_>>().join("; "));
        }
        let passed = self.rows.len() - self.failed();
        let _ = writeln!(
            out,
            "{} instances ({} live at once at most), {} passed, {} failed, {:.0} ms, seed {}",
            self.instances, self.peak_live, passed, self.failed(), self.wall_ms, self.seed
        );
        out
    }
}
