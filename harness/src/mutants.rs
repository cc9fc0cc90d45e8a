//! The harness's power to detect, measured: for each planted leak of the engine
//! (engine/src/mutants.rs, built in with the `mutants` feature), run the README's main job —
//! and, when asked, the conformance suite's cross-instance tests — with that leak planted,
//! and say whether it was caught. Caught means the run ended by itself with a verdict: the
//! main job exits 1 with at least one LEAK or FAIL row (a crash, a hang or a run without a
//! table is a miss), the test suite exits non-zero naming a failed test. A clean run comes
//! first: if the job fails without any leak planted, no mutant can be judged.
//!
//! Not here: the mutants themselves (the engine), or what a verdict means (judge.rs).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Which run judges a mutant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suite {
    /// The README's main job: `bulkhead run CORPUS --instances N --hold --fault-rate R`.
    Main,
    /// The conformance suite's cross-instance tests (`cargo test -p bulkhead-conformance
    /// --features mutants --test corpus`, its `concurrent::` and `isolation::` tests).
    Tests,
}

impl Suite {
    /// How tables name it.
    pub fn name(self) -> &'static str {
        match self {
            Suite::Main => "main job",
            Suite::Tests => "cargo test",
        }
    }
}

/// How to run each suite.
#[derive(Clone, Debug)]
pub struct Setup {
    /// The `bulkhead` binary to run the main job with (built with the `mutants` feature).
    pub bulkhead: PathBuf,
    /// The corpus folder.
    pub corpus: PathBuf,
    /// The main job's arguments after the corpus folder.
    pub job_args: Vec<String>,
    /// The workspace to run `cargo test` in.
    pub workspace: PathBuf,
    /// How long each phase of a run may take before instances still alive are reported.
    pub deadline: Duration,
}

/// The result of one run.
#[derive(Clone, Debug)]
pub struct Trial {
    /// The mutant's name, or `None` for the clean run.
    pub mutant: Option<&'static str>,
    /// The suite.
    pub suite: Suite,
    /// Whether the run ended with a verdict that names a failure.
    pub caught: bool,
    /// The scenarios (main job) or tests (suite) that failed, in order, without repeats.
    pub failing: Vec<String>,
    /// How the run ended, when it did not end with a verdict.
    pub note: Option<String>,
    /// How long it took.
    pub took: Duration,
}

impl Setup {
    /// Runs `suite` with `mutant` planted (none: the clean run).
    pub fn run(&self, suite: Suite, mutant: Option<&'static str>) -> Trial {
        let started = Instant::now();
        let (caught, failing, note) = match suite {
            Suite::Main => self.main_job(mutant),
            Suite::Tests => self.tests(mutant),
        };
        Trial { mutant, suite, caught, failing, note, took: started.elapsed() }
    }

    fn main_job(&self, mutant: Option<&str>) -> (bool, Vec<String>, Option<String>) {
        let json = std::env::temp_dir().join(format!("bulkhead-mutant-{}-{}.json", std::process::id(), mutant.unwrap_or("clean")));
        let _ = std::fs::remove_file(&json);
        let mut cmd = Command::new(&self.bulkhead);
        cmd.arg("run").arg(&self.corpus).args(&self.job_args);
        cmd.arg("--deadline-s").arg(self.deadline.as_secs().max(1).to_string()).arg("--json").arg(&json);
        let outcome = run_bounded(cmd, mutant, self.hard_limit(), |_| false);
        let result = match outcome {
            Err(note) => (false, Vec::new(), Some(note)),
            Ok((code, _)) => match read_report(&json) {
                Ok(failing) => (code == Some(1) && !failing.is_empty(), failing, (code != Some(1) && code != Some(0)).then(|| exit_note(code))),
                Err(e) => (false, Vec::new(), Some(format!("{}; no report: {e}", exit_note(code)))),
            },
        };
        let _ = std::fs::remove_file(&json);
        result
    }

    fn tests(&self, mutant: Option<&str>) -> (bool, Vec<String>, Option<String>) {
        let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        cmd.current_dir(&self.workspace);
        cmd.args(["test", "-q", "-p", "bulkhead-conformance", "--features", "mutants", "--test", "corpus", "--"]);
        cmd.args(["--skip", "solo::", "--skip", "node::", "--skip", "snapshot::"]);
        cmd.env(TEST_DEADLINE_VAR, self.deadline.as_secs().max(1).to_string());
        // A mutant's verdict is its first failed test: the run stops there, so that a leak
        // that makes many tests wait for their deadline costs one deadline, not many.
        let failed_test = |line: &str| line.starts_with("test ") && line.ends_with(" ... FAILED");
        match run_bounded(cmd, mutant, self.hard_limit(), failed_test) {
            Err(note) => (false, Vec::new(), Some(note)),
            Ok((code, stdout)) => {
                let failing: Vec<String> = stdout
                    .lines()
                    .filter_map(|l| l.strip_prefix("test ")?.strip_suffix(" ... FAILED"))
                    .map(|t| t.trim().to_string())
                    .collect();
                let caught = code != Some(0) && !failing.is_empty();
                (caught, failing, (!caught && code != Some(0)).then(|| exit_note(code)))
            }
        }
    }

    /// Past this a run is stopped and counted as a miss: a run must end by itself, and every
    /// phase of it is bounded by the deadline.
    fn hard_limit(&self) -> Duration {
        self.deadline * 6 + Duration::from_secs(600)
    }
}

/// The variable through which the conformance tests learn their deadline (seconds).
pub const TEST_DEADLINE_VAR: &str = "BULKHEAD_TEST_DEADLINE_S";

fn exit_note(code: Option<i32>) -> String {
    match code {
        Some(c) => format!("exited with {c}"),
        None => "was killed by a signal".into(),
    }
}

/// Runs `cmd` with `mutant` selected (or none), in a process group of its own, its stdout
/// captured and its stderr dropped; returns its exit code (`None` when it was stopped) and
/// stdout. The whole group is stopped at the first stdout line `stop_at` accepts, or, as a
/// failure, once `limit` has passed.
fn run_bounded(mut cmd: Command, mutant: Option<&str>, limit: Duration, stop_at: impl Fn(&str) -> bool + Send + 'static) -> Result<(Option<i32>, String), String> {
    use std::io::BufRead;
    use std::os::unix::process::CommandExt;
    match mutant {
        Some(name) => cmd.env(engine::mutants::SELECTOR, name),
        None => cmd.env_remove(engine::mutants::SELECTOR),
    };
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).process_group(0);
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let group = nix::unistd::Pid::from_raw(child.id() as i32);
    let stop_group = move || {
        let _ = nix::sys::signal::killpg(group, nix::sys::signal::Signal::SIGKILL);
    };
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        for line in stdout.into_iter().flat_map(|out| std::io::BufReader::new(out).lines().map_while(Result::ok)) {
            text.push_str(&line);
            text.push('\n');
            if stop_at(&line) {
                stop_group();
                break;
            }
        }
        text
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                stop_group();
                let _ = child.wait();
                return Err(format!("did not end within {} s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("cannot wait for the run: {e}")),
        }
    };
    // The rest of the group (a test binary under cargo) goes with it.
    stop_group();
    Ok((status.code(), reader.join().unwrap_or_default()))
}

/// The scenarios of a JSON report's failing rows, in order, without repeats.
fn read_report(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let report: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let rows = report["rows"].as_array().ok_or("the report has no rows")?;
    let mut failing: Vec<String> = Vec::new();
    for row in rows {
        let failed = row["failures"].as_array().is_some_and(|a| !a.is_empty()) || row["leaks"].as_array().is_some_and(|a| !a.is_empty());
        if let (true, Some(name)) = (failed, row["scenario"].as_str()) {
            if !failing.iter().any(|f| f == name) {
                failing.push(name.to_string());
            }
        }
    }
    Ok(failing)
}

/// The table of trials and the score of each suite.
pub fn table(trials: &[Trial]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "{:<28}  {:<10}  {:<7}  {:>7}  caught by", "mutant", "suite", "verdict", "seconds");
    for t in trials {
        let verdict = match (t.mutant, t.caught) {
            (None, false) => "clean",
            (None, true) => "FAILS",
            (Some(_), true) => "caught",
            (Some(_), false) => "MISSED",
        };
        let mut by = t.failing.iter().take(4).cloned().collect::<Vec<_>>().join(", ");
        if t.failing.len() > 4 {
            let _ = write!(by, " (+{} more)", t.failing.len() - 4);
        }
        if let Some(note) = &t.note {
            by = if by.is_empty() { note.clone() } else { format!("{by}; {note}") };
        }
        let _ = writeln!(out, "{:<28}  {:<10}  {:<7}  {:>7.1}  {}", t.mutant.unwrap_or("(none planted)"), t.suite.name(), verdict, t.took.as_secs_f64(), by);
    }
    for suite in [Suite::Main, Suite::Tests] {
        let judged: Vec<_> = trials.iter().filter(|t| t.suite == suite && t.mutant.is_some()).collect();
        if !judged.is_empty() {
            let caught = judged.iter().filter(|t| t.caught).count();
            let _ = writeln!(out, "detection score, {}: {caught} of {} mutants caught ({:.0} %)", suite.name(), judged.len(), score(&judged) * 100.0);
        }
    }
    out
}

/// The share of mutants caught.
fn score(trials: &[&Trial]) -> f64 {
    if trials.is_empty() {
        return 1.0;
    }
    trials.iter().filter(|t| t.caught).count() as f64 / trials.len() as f64
}

/// Whether every mutant judged was caught and every clean run passed.
pub fn all_caught(trials: &[Trial]) -> bool {
    trials.iter().all(|t| t.caught == t.mutant.is_some())
}
