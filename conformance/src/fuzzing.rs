//! The bodies of the cargo fuzz targets (fuzz/fuzz_targets/), as library functions so that
//! `cargo test` on the stable toolchain replays every seed and every saved crash input through
//! exactly the code the fuzzer runs (conformance/tests/fuzz_seeds.rs). Each panics when an
//! invariant breaks; that panic is what libFuzzer reports as a crash.

use std::sync::OnceLock;
use std::time::Duration;

use arbitrary::{Arbitrary, Unstructured};
use engine::{ExitCause, InstanceConfig, Outcome, ScriptSource, Snapshot};

use crate::schedule::{self, Program};

/// Fault schedules: the input decodes into 1–5 instances (which may fork children and message
/// them) and their host faults. Invariants:
/// every instance ends as it does alone (no leak), no engine fault, every instance ends (each
/// is bounded by a timeout, so a hang shows up as a difference).
pub fn fault_schedule(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let n = u.int_in_range(1..=5).unwrap_or(1);
    let programs: Vec<Program> = (0..n).filter_map(|_| Program::arbitrary(&mut u).ok()).map(|p| p.normalized(6)).collect();
    if programs.is_empty() {
        return;
    }
    let problems = schedule::check(&programs);
    assert!(problems.is_empty(), "isolation broken:\n{}", problems.join("\n"));
}

/// The script target's limits: tight, so that a run is quick and bounded.
pub const SCRIPT_TIMEOUT: Duration = Duration::from_millis(200);
/// The script target's heap limit.
pub const SCRIPT_HEAP_LIMIT: usize = 16 << 20;

/// Starts the input as the script target's instance; `Err` holds the outcome of a spawn that
/// failed.
fn start_script(source: &str) -> Result<engine::InstanceHandle, Outcome> {
    // Nothing is delivered to it from outside: an input that idles past its timeout (a long
    // timer, an interval) ends at once, as timed out, instead of sleeping until then.
    let config = InstanceConfig::new(ScriptSource::new(source, "/fuzz/script.js"))
        .timeout(SCRIPT_TIMEOUT)
        .heap_limit(SCRIPT_HEAP_LIMIT)
        .idle_to_timeout();
    engine::spawn(config).map_err(|e| harness::runner::spawn_failure(e, std::time::Instant::now()))
}

fn join(run: Result<engine::InstanceHandle, Outcome>) -> Outcome {
    match run {
        Ok(handle) => handle.join(),
        Err(outcome) => outcome,
    }
}

/// Words that make a script's output legitimately differ from run to run.
const NONDETERMINISTIC: [&str; 9] = ["random", "Random", "Date", "now", "hrtime", "pid", "uptime", "memoryUsage", "performance"];

/// Words of a script that may fork: forked instances draw on one process-wide table
/// (engine/src/ipc.rs `MAX_FORKED`), so two such runs alive at once could starve each other.
const FORKS: [&str; 3] = ["fork", "child_process", "cluster"];

/// Scripts: the input, as JavaScript, runs in an instance with a tight timeout and heap limit.
/// Invariants: the outcome is one of the defined causes (never an engine fault), the host
/// survives, and a rerun gives the same outcome when nothing in the script or its ending
/// depends on time, randomness or memory pressure.
pub fn script(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    let rerun = !NONDETERMINISTIC.iter().any(|w| source.contains(w));
    // Fast path: the rerun starts beside the first run, so on a machine with a core to spare
    // an input costs one run's time. Two runs at once share the cores, so their timing drifts
    // apart more than two runs alone do; when they differ, the verdict is that of two runs
    // alone, one after the other, as the check always was.
    let beside = rerun && !FORKS.iter().any(|w| source.contains(w));
    let first = start_script(&source);
    let second = beside.then(|| start_script(&source));
    let first = join(first);
    let clock_bound = |o: &Outcome| matches!(o.cause, ExitCause::TimedOut | ExitCause::OutOfMemory);
    let second = second.map(|second| {
        if clock_bound(&first) {
            if let Ok(handle) = &second {
                handle.kill();
            }
        }
        join(second)
    });
    assert!(!matches!(first.cause, ExitCause::EngineFault { .. }), "engine fault: {:?}", first.cause);
    assert!((0..=255).contains(&first.exit_code), "exit code {} out of range", first.exit_code);
    if !rerun || clock_bound(&first) {
        return;
    }
    if let Some(second) = &second {
        if clock_bound(second) || harness::judge::fingerprint(&first) == harness::judge::fingerprint(second) {
            return;
        }
    }
    let (first, second) = match second {
        // They differed side by side: two runs alone decide.
        Some(_) => (join(start_script(&source)), join(start_script(&source))),
        None => (first, join(start_script(&source))),
    };
    if clock_bound(&first) || clock_bound(&second) {
        return;
    }
    assert_eq!(harness::judge::fingerprint(&first), harness::judge::fingerprint(&second), "a rerun ended differently");
}

/// A small valid snapshot, built once per process, for the mutation half of the snapshot
/// target.
pub fn valid_snapshot_file() -> &'static [u8] {
    static FILE: OnceLock<Vec<u8>> = OnceLock::new();
    FILE.get_or_init(|| {
        let warmup = ScriptSource::new("globalThis.fuzzed = new Map([[1, 'one']]);", "/fuzz/warmup.js");
        match engine::build_snapshot(&warmup) {
            Ok((snapshot, _)) => snapshot.to_bytes(),
            Err(e) => panic!("the fuzz target's own warm-up must build: {e}"),
        }
    })
}

/// Snapshot files: the input is loaded as a snapshot file (first byte even), or applied as
/// edits to a valid snapshot file (first byte odd: then 5-byte records of offset (u32 LE) and
/// value, a trailing 4 bytes truncate). Invariants: loading yields a typed error or a valid
/// snapshot, never a crash; a snapshot that loads restores into an instance that runs.
pub fn snapshot_file(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes: Vec<u8> = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        let mut file = valid_snapshot_file().to_vec();
        let mut records = rest.chunks_exact(5);
        for r in records.by_ref() {
            let offset = u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as usize % file.len();
            file[offset] = r[4];
        }
        let tail = records.remainder();
        if tail.len() == 4 {
            let cut = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize % (file.len() + 1);
            file.truncate(cut);
        }
        file
    };
    match Snapshot::from_bytes(&bytes) {
        Err(e) => {
            let message = e.to_string();
            assert!(!message.is_empty());
        }
        Ok(snapshot) => {
            let config = InstanceConfig::new(ScriptSource::new("console.log(typeof globalThis.fuzzed)", "/fuzz/after.js"))
                .snapshot(snapshot)
                .timeout(Duration::from_secs(10));
            let outcome = engine::spawn(config).map(|h| h.join());
            let outcome = outcome.unwrap_or_else(|e| harness::runner::spawn_failure(e, std::time::Instant::now()));
            assert!(!matches!(outcome.cause, ExitCause::EngineFault { .. }), "engine fault: {:?}", outcome.cause);
        }
    }
}
