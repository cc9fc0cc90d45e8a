//! Every corpus scenario as its own named test, in each mode:
//! - `solo::NAME` — run alone; the outcome must meet the scenario's expectation;
//! - `node::NAME` — for scenarios marked `node = true`, the real `node` runs the same file with
//!   the same faults and must agree with the engine on exit code and stdout;
//! - `concurrent::NAME` — the scenario runs three times at once among five other scenarios;
//!   every copy must meet the expectation and, when its faults are not clock-driven, equal
//!   the scenario's solo outcome;
//! - `isolation::crowd_of_200` — 200 instances at once, each running one scenario; every
//!   outcome must equal that scenario's outcome when run alone (any difference is a leak);
//! - `snapshot::NAME` — run from a snapshot of corpus/snapshots/warmup.js; the outcome must
//!   meet the expectation and, when its faults are not clock-driven, equal the solo outcome;
//! - `process::NAME` — run alone in a process of its own, forked from a warm zygote (this test
//!   binary itself, re-executed): faults are real signals, the exit status a real one; the
//!   outcome must meet the expectation and, when its faults are not clock-driven, equal the
//!   solo outcome (any difference is a leak: an instance among others ends otherwise than
//!   the same engine alone in a process);
//! - `snapshot::outcome_table` — the solo outcomes of the whole corpus as an insta snapshot,
//!   so that any change in behaviour is a reviewable diff.

use std::sync::Arc;

use harness::judge;
use harness::scenario::{load_corpus, Scenario};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    // Re-executed as the zygote of the process:: tests: it must still be one thread.
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some(ZYGOTE_ARG) {
        let warmup = argv.get(2).filter(|a| *a == "--warmup").and(argv.get(3)).map(std::path::Path::new);
        std::process::exit(engine::zygote::serve(warmup));
    }
    let args = Arguments::from_args();
    let corpus = match load_corpus(&conformance::scenarios_dir()) {
        Ok(c) => Arc::new(c),
        Err(e) => {
            eprintln!("corpus: {e}");
            std::process::exit(2);
        }
    };
    // Snapshot builds need the process to themselves: do them before any test runs.
    for problem in harness::runner::prepare(&corpus) {
        eprintln!("corpus: snapshot: {problem}");
    }
    if let Err(e) = warm_snapshot() {
        eprintln!("corpus: the snapshot-mode warm-up does not build: {e:?}");
    }
    let mut trials = Vec::new();
    for (i, s) in corpus.iter().enumerate() {
        let c = corpus.clone();
        trials.push(Trial::test(format!("solo::{}", s.name), move || solo(&c[i])));
        if s.node {
            let c = corpus.clone();
            trials.push(Trial::test(format!("node::{}", s.name), move || against_node(&c[i])));
        }
    }
    for (i, s) in corpus.iter().enumerate() {
        let c = corpus.clone();
        trials.push(Trial::test(format!("concurrent::{}", s.name), move || concurrent(&c, i)));
    }
    for (i, s) in corpus.iter().enumerate() {
        let c = corpus.clone();
        trials.push(Trial::test(format!("snapshot::{}", s.name), move || from_snapshot(&c[i])));
    }
    for (i, s) in corpus.iter().enumerate() {
        let c = corpus.clone();
        trials.push(Trial::test(format!("process::{}", s.name), move || in_process(&c[i])));
    }
    let c = corpus.clone();
    trials.push(Trial::test("isolation::crowd_of_200", move || crowd(&c, 200)));
    for (i, s) in corpus.iter().enumerate().filter(|(_, s)| s.copies > 1 || s.distinct) {
        let c = corpus.clone();
        trials.push(Trial::test(format!("isolation::copies::{}", s.name), move || among_copies(&c[i], COPIES)));
    }
    let c = corpus.clone();
    trials.push(Trial::test("snapshot::outcome_table", move || outcome_table(&c)));
    libtest_mimic::run(&args, trials).exit();
}

/// Every instance a test runs is bounded: 30 s of CPU time, and five minutes of wall time
/// (or `BULKHEAD_TEST_DEADLINE_S`, which `bulkhead mutants --suite tests` sets) after which
/// one still alive is reported with what it was doing, so a test never hangs.
fn bounds() -> harness::runner::Bounds {
    let seconds = std::env::var(harness::mutants::TEST_DEADLINE_VAR).ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    harness::runner::Bounds::generous(std::time::Duration::from_secs(seconds))
}

fn fail(s: &Scenario, what: &str, problems: Vec<String>) -> Result<(), Failed> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} ({}): {what}:\n  {}", s.name, s.path.display(), problems.join("\n  ")).into())
    }
}

fn solo(s: &Scenario) -> Result<(), Failed> {
    let outcome = harness::runner::run_solo(s, &bounds());
    fail(s, "expectation not met", judge::check_expectation(s, &outcome))
}

fn against_node(s: &Scenario) -> Result<(), Failed> {
    let Some(node) = harness::node::node_binary() else {
        if conformance::node_required() {
            return Err("node is required when CI=true, and none was found on PATH (or BULKHEAD_NODE)".into());
        }
        println!("skipped {}: node not found", s.name);
        return Ok(());
    };
    let theirs = harness::node::run_node(&node, s).map_err(|e| format!("cannot run {}: {e}", node.display()))?;
    let ours = harness::runner::run_solo(s, &bounds());
    let mut problems = judge::check_node(s, &ours, &theirs);
    // node is the truth: the scenario's own expectation must describe what node does too.
    if theirs.exit_code != s.expect.exit_code {
        problems.push(format!("the scenario expects exit code {}, node gives {}", s.expect.exit_code, theirs.exit_code));
    }
    if let Some(stdout) = &s.expect.stdout {
        if &theirs.stdout != stdout {
            problems.push(format!("the scenario expects stdout {stdout:?}, node prints {:?}", theirs.stdout));
        }
    }
    fail(s, "differs from node", problems)
}

fn crowd(corpus: &[Scenario], n: usize) -> Result<(), Failed> {
    let pool: Vec<&Scenario> = corpus.iter().filter(|s| judge::timing_free(s)).collect();
    if pool.is_empty() {
        return Err("no deterministic scenarios in the corpus".into());
    }
    let bounds = bounds();
    let solo: Vec<_> = pool.iter().map(|s| harness::runner::run_solo(s, &bounds)).collect();
    let picks: Vec<usize> = (0..n).map(|i| (i * 7919) % pool.len()).collect();
    let list: Vec<&Scenario> = picks.iter().map(|&i| pool[i]).collect();
    let outcomes = harness::runner::run_together(&list, &bounds);
    let mut leaks = Vec::new();
    for (k, (&i, o)) in picks.iter().zip(&outcomes).enumerate() {
        let mut problems = judge::check_solo_for(pool[i], &solo[i], o);
        problems.extend(judge::check_cross_talk(o));
        if !problems.is_empty() {
            leaks.push(format!("LEAK instance #{k} ({}): {}", pool[i].name, problems.join("; ")));
        }
    }
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(leaks.join("\n").into())
    }
}

/// How many copies of a probe (or a `distinct` scenario) run together in `isolation::copies`.
const COPIES: usize = 100;

/// A probe among many copies of itself: each copy meets the expectation, none carries
/// another's token, and copies of a `distinct` scenario all differ.
fn among_copies(s: &Scenario, n: usize) -> Result<(), Failed> {
    let list = vec![s; n];
    let outcomes = harness::runner::run_together(&list, &bounds());
    let mut problems = Vec::new();
    for (copy, o) in outcomes.iter().enumerate() {
        problems.extend(judge::check_expectation(s, o).into_iter().map(|p| format!("copy {copy}: {p}")));
        problems.extend(judge::check_cross_talk(o).into_iter().map(|p| format!("copy {copy}: LEAK: {p}")));
    }
    if s.distinct {
        problems.extend(judge::check_distinct(outcomes.iter().enumerate()).into_iter().map(|(copy, p)| format!("copy {copy}: LEAK: {p}")));
    }
    problems.truncate(20);
    fail(s, &format!("differs among {n} copies of itself"), problems)
}

fn concurrent(corpus: &[Scenario], i: usize) -> Result<(), Failed> {
    let s = &corpus[i];
    // One deadline for the whole test: a leak that makes an instance wait for it costs one.
    let bounds = bounds();
    let solo = harness::runner::run_solo(s, &bounds);
    let mut list: Vec<&Scenario> = vec![s, s, s];
    list.extend((1..=5).map(|k| &corpus[(i + k * 13) % corpus.len()]));
    let outcomes = harness::runner::run_together(&list, &bounds);
    let mut problems = Vec::new();
    for (copy, o) in outcomes.iter().take(3).enumerate() {
        problems.extend(judge::check_expectation(s, o).into_iter().map(|p| format!("copy {copy}: {p}")));
        if judge::timing_free(s) {
            problems.extend(judge::check_solo_for(s, &solo, o).into_iter().map(|p| format!("copy {copy}: LEAK: {p}")));
        }
    }
    for (k, o) in outcomes.iter().enumerate() {
        problems.extend(judge::check_cross_talk(o).into_iter().map(|p| format!("instance {k}: LEAK: {p}")));
    }
    if s.distinct {
        problems.extend(judge::check_distinct(outcomes.iter().take(3).enumerate()).into_iter().map(|(copy, p)| format!("copy {copy}: LEAK: {p}")));
    }
    fail(s, "differs among others", problems)
}

/// One line per scenario: exit code, cause (with its message) and stdout. Stderr is left out
/// on purpose: it quotes the engine's own bootstrap line numbers, which move with every edit.
fn outcome_table(corpus: &[Scenario]) -> Result<(), Failed> {
    use std::fmt::Write;
    // Node's messages quote a module's absolute path; the checkout's place must not matter.
    let root = conformance::scenarios_dir();
    let root = root.canonicalize().unwrap_or(root).display().to_string();
    let mut table = String::new();
    for s in corpus.iter().filter(|s| judge::timing_free(s)) {
        let o = harness::runner::run_solo(s, &bounds());
        let cause = match &o.cause {
            engine::ExitCause::UncaughtException { message, .. } => format!("uncaught({message})"),
            other => judge::describe_cause(&o).replace(&format!("{} ", other.kind()), other.kind()),
        };
        // A distinct scenario's stdout differs every run by design: only its shape is kept.
        let stdout = if s.distinct { "(distinct)".to_string() } else { format!("{:?}", o.stdout) };
        let line = format!("{} | {} | {} | {stdout}", s.name, o.exit_code, cause);
        let _ = writeln!(table, "{}", line.replace(&root, "<scenarios>"));
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("outcome_table", table));
    Ok(())
}

/// The argument that makes this binary a zygote.
const ZYGOTE_ARG: &str = harness::runner::ZYGOTE_COMMAND;

/// The zygotes of the whole run: this binary, re-executed.
fn zygotes() -> Result<&'static harness::runner::Zygotes, Failed> {
    static ZYGOTES: std::sync::OnceLock<Result<harness::runner::Zygotes, String>> = std::sync::OnceLock::new();
    ZYGOTES
        .get_or_init(|| {
            let program = std::env::current_exe().map_err(|e| format!("cannot find this test binary: {e}"))?;
            Ok(harness::runner::Zygotes::new(program))
        })
        .as_ref()
        .map_err(|e| Failed::from(e.as_str()))
}

/// Copies of a `distinct` scenario forked from one zygote, which must differ from each other.
const PROCESS_COPIES: usize = 3;

fn in_process(s: &Scenario) -> Result<(), Failed> {
    let zygotes = zygotes()?;
    let bounds = bounds();
    let solo = harness::runner::run_solo(s, &bounds);
    let copies = if s.distinct { PROCESS_COPIES } else { 1 };
    let outcomes: Vec<_> = (0..copies).map(|_| harness::runner::run_in_process(zygotes, s, &bounds)).collect();
    let mut problems = Vec::new();
    for (copy, outcome) in outcomes.iter().enumerate() {
        problems.extend(judge::check_expectation(s, outcome).into_iter().map(|p| format!("copy {copy}: {p}")));
        if judge::timing_free(s) {
            let leaks = judge::check_solo_for(s, &solo, outcome).into_iter();
            problems.extend(leaks.map(|p| format!("copy {copy}: LEAK: differs from its run in a process: {p}")));
        }
    }
    if s.distinct {
        problems.extend(judge::check_distinct(outcomes.iter().enumerate()).into_iter().map(|(copy, p)| format!("copy {copy}: LEAK: {p}")));
    }
    fail(s, "differs in a process of its own", problems)
}

/// The snapshot of corpus/snapshots/warmup.js, built once per test run.
fn warm_snapshot() -> Result<&'static engine::Snapshot, Failed> {
    static SNAPSHOT: std::sync::OnceLock<Result<engine::Snapshot, String>> = std::sync::OnceLock::new();
    SNAPSHOT
        .get_or_init(|| {
            let warmup = conformance::scenarios_dir().join("../snapshots/warmup.js");
            let script = engine::ScriptSource::from_file(&warmup).map_err(|e| format!("{}: {e}", warmup.display()))?;
            let (snapshot, _) = engine::build_snapshot(&script).map_err(|e| e.to_string())?;
            engine::Snapshot::from_bytes(&snapshot.to_bytes()).map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Failed::from(e.as_str()))
}

fn from_snapshot(s: &Scenario) -> Result<(), Failed> {
    let snapshot = warm_snapshot()?;
    let bounds = bounds();
    let solo = harness::runner::run_solo(s, &bounds);
    let mut config = harness::runner::config_for(s, &bounds)?;
    // A scenario that names its own snapshot keeps it.
    if config.snapshot.is_none() {
        config.snapshot = Some(snapshot.clone());
    }
    let started = std::time::Instant::now();
    let outcome = match engine::spawn(config) {
        Ok(handle) => harness::runner::drive(handle, &harness::runner::schedule(s), started, &bounds),
        Err(e) => harness::runner::spawn_failure(e, started),
    };
    let mut problems = judge::check_expectation(s, &outcome);
    if judge::timing_free(s) {
        problems.extend(judge::check_solo_for(s, &solo, &outcome).into_iter().map(|p| format!("differs from the run without a snapshot: {p}")));
    }
    fail(s, "differs in snapshot mode", problems)
}
