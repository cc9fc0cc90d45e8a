//! Runs scenarios in the engine: builds the instance's configuration from the scenario and
//! injects its faults (signals, kill) from the host side at the declared moments.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use engine::zygote::ProcessHandle;
use engine::{Activity, ExitCause, InstanceConfig, InstanceHandle, Outcome, ScriptSource, Signal, StartGate};

use crate::scenario::{Scenario, Trigger};

/// Something the host does to a running instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Deliver a simulated signal.
    Signal(Signal),
    /// `kill()` it.
    Kill,
    /// Arm a wall-clock timeout of this length (counted from the trigger).
    TimeOut(Duration),
}

/// The scenario's faults as (when, what), in the order they are applied.
pub fn schedule(s: &Scenario) -> Vec<(Trigger, Action)> {
    let mut out: Vec<(Trigger, Action)> =
        s.faults.signals.iter().map(|f| (f.at.clone(), Action::Signal(f.signal))).collect();
    if let Some(k) = &s.faults.kill {
        out.push((k.clone(), Action::Kill));
    }
    out
}

/// Snapshots of warm-up scripts, built once per process and shared by every scenario that
/// names the same warm-up.
fn snapshot_of(warmup: &Path) -> Result<engine::Snapshot, String> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Result<engine::Snapshot, String>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry(warmup.to_path_buf())
        .or_insert_with(|| {
            let script = ScriptSource::from_file(warmup).map_err(|e| format!("{}: {e}", warmup.display()))?;
            engine::build_snapshot(&script).map(|(s, _)| s).map_err(|e| e.to_string())
        })
        .clone()
}

/// Builds, up front, every snapshot the scenarios name. A snapshot build needs the process to
/// itself (see engine/src/phase.rs), so a crowd should never wait on one mid-flight.
pub fn prepare(corpus: &[Scenario]) -> Vec<String> {
    corpus.iter().filter_map(|s| s.faults.snapshot.as_deref()).filter_map(|w| snapshot_of(w).err()).collect()
}

/// How far the harness lets any instance go, whatever its scenario says: a CPU-time bound
/// (an instance spinning without end is stopped by it, on its own thread's CPU clock, so a
/// busy machine never trips it) and a wall-clock deadline after which an instance still alive
/// is given up on and reported with what it was doing (an instance that cannot be stopped, or
/// idles forever, then becomes a verdict instead of a hang).
#[derive(Clone, Copy, Debug, Default)]
pub struct Bounds {
    /// The most CPU time any instance may use; a scenario's own smaller limit is kept.
    pub cpu: Option<Duration>,
    /// When the harness stops waiting for instances.
    pub deadline: Option<Instant>,
}

/// The start of the message of an outcome made for an instance still alive at the deadline.
pub const STILL_ALIVE: &str = "still alive at the deadline";

impl Bounds {
    /// No bound at all: wait for every instance as long as it takes.
    pub fn none() -> Bounds {
        Bounds::default()
    }

    /// The default for campaigns and tests: 30 s of CPU time per instance (a scenario of the
    /// corpus uses well under one), and a deadline `wall` from now.
    pub fn generous(wall: Duration) -> Bounds {
        Bounds { cpu: Some(Duration::from_secs(30)), deadline: Instant::now().checked_add(wall) }
    }
}

/// The instance configuration a scenario asks for, within `bounds`; fails when its snapshot
/// cannot be built.
pub fn config_for(s: &Scenario, bounds: &Bounds) -> Result<InstanceConfig, String> {
    let snapshot = match &s.faults.snapshot {
        Some(warmup) => Some(snapshot_of(warmup).map_err(|e| format!("faults.snapshot: {e}"))?),
        None => None,
    };
    Ok(InstanceConfig { snapshot, ..config_without_snapshot(s, bounds) })
}

/// The configuration a scenario asks for, but its snapshot (which a zygote builds itself).
fn config_without_snapshot(s: &Scenario, bounds: &Bounds) -> InstanceConfig {
    let script = ScriptSource::located(s.source.clone(), &s.path);
    let cpu_limit = match (s.faults.cpu_limit, bounds.cpu) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    InstanceConfig {
        script: Some(script),
        args: s.args.clone(),
        timeout: s.faults.timeout,
        cpu_limit,
        env: s.faults.env.clone(),
        env_only: false,
        cwd: None,
        heap_limit: s.faults.heap_limit_mb.map(|mb| (mb as usize) << 20),
        echo_output: false,
        start_gate: None,
        snapshot: None,
        idle_to_timeout: false,
    }
}

/// What the host can do to a running instance, among others (an `InstanceHandle`) or in a
/// process of its own (a zygote's `ProcessHandle`, with real signals): faults are injected
/// into both by the same [`drive`].
pub trait Running: Sized {
    /// Its id (`process.pid`).
    fn id(&self) -> u64;
    /// Kills it.
    fn kill(&self);
    /// Delivers a signal.
    fn signal(&self, signal: Signal);
    /// Arms a wall-clock timeout from now.
    fn time_out_in(&self, timeout: Duration);
    /// Whether it has ended.
    fn is_ended(&self) -> bool;
    /// Waits until its stdout contains `text`; false if it ended first.
    fn wait_for_stdout(&self, text: &str) -> bool;
    /// As `wait_for_stdout`, giving up at `deadline`.
    fn wait_for_stdout_until(&self, text: &str, deadline: Instant) -> bool;
    /// Waits for its outcome.
    fn join(self) -> Outcome;
    /// Waits for its outcome until `deadline`, else hands it back.
    fn join_by(self, deadline: Instant) -> Result<Outcome, Self>;
    /// What it is doing.
    fn activity(&self) -> Activity;
    /// Its output so far.
    fn output_so_far(&self) -> (String, String);
}

/// Both handles have these as inherent methods of the same names; the trait forwards to them.
macro_rules! running {
    ($handle:ty) => {
        impl Running for $handle {
            fn id(&self) -> u64 {
                <$handle>::id(self)
            }
            fn kill(&self) {
                <$handle>::kill(self)
            }
            fn signal(&self, signal: Signal) {
                <$handle>::signal(self, signal)
            }
            fn time_out_in(&self, timeout: Duration) {
                <$handle>::time_out_in(self, timeout)
            }
            fn is_ended(&self) -> bool {
                <$handle>::is_ended(self)
            }
            fn wait_for_stdout(&self, text: &str) -> bool {
                <$handle>::wait_for_stdout(self, text)
            }
            fn wait_for_stdout_until(&self, text: &str, deadline: Instant) -> bool {
                <$handle>::wait_for_stdout_until(self, text, deadline)
            }
            fn join(self) -> Outcome {
                <$handle>::join(self)
            }
            fn join_by(self, deadline: Instant) -> Result<Outcome, Self> {
                <$handle>::join_by(self, deadline)
            }
            fn activity(&self) -> Activity {
                <$handle>::activity(self)
            }
            fn output_so_far(&self) -> (String, String) {
                <$handle>::output_so_far(self)
            }
        }
    };
}

running!(InstanceHandle);
running!(ProcessHandle);

/// Applies `schedule` to a running instance, in order, each action at its trigger (times
/// count from `started`), then waits for its outcome until the deadline of `bounds`. This is
/// the one place faults are injected into a running instance.
pub fn drive<H: Running>(handle: H, schedule: &[(Trigger, Action)], started: Instant, bounds: &Bounds) -> Outcome {
    for (trigger, action) in schedule {
        if !wait_for(&handle, trigger, started, bounds.deadline) {
            break;
        }
        match action {
            Action::Signal(sig) => handle.signal(*sig),
            Action::Kill => handle.kill(),
            Action::TimeOut(d) => handle.time_out_in(*d),
        }
    }
    let Some(deadline) = bounds.deadline else { return handle.join() };
    handle.join_by(deadline).unwrap_or_else(|alive| still_alive(&alive, started))
}

/// The outcome recorded for an instance that had not ended by the deadline: what it was
/// doing and what it had printed. Its thread is left to run, detached.
fn still_alive<H: Running>(handle: &H, started: Instant) -> Outcome {
    let (stdout, stderr) = handle.output_so_far();
    let message = format!("{STILL_ALIVE} after {:.1} s, {}", started.elapsed().as_secs_f64(), handle.activity().describe());
    Outcome { id: handle.id(), stdout, stderr, ..harness_fault(message, started) }
}

/// Waits for a trigger (times count from `started`); false when the instance ended first or
/// the deadline passed.
pub fn wait_for<H: Running>(handle: &H, trigger: &Trigger, started: Instant, deadline: Option<Instant>) -> bool {
    match trigger {
        Trigger::After(d) => {
            let due = started + *d;
            while Instant::now() < due {
                if handle.is_ended() || deadline.is_some_and(|d| Instant::now() >= d) {
                    return false;
                }
                std::thread::sleep((due - Instant::now()).min(Duration::from_millis(5)));
            }
            !handle.is_ended()
        }
        Trigger::Stdout(text) => match deadline {
            Some(deadline) => handle.wait_for_stdout_until(text, deadline),
            None => handle.wait_for_stdout(text),
        },
    }
}

/// Runs one scenario alone, faults included, within `bounds`, and returns its outcome. Never
/// panics: a failure to start is reported as an engine fault in the outcome.
pub fn run_solo(s: &Scenario, bounds: &Bounds) -> Outcome {
    let started = Instant::now();
    match config_for(s, bounds).and_then(|c| engine::spawn(c).map_err(|e| e.to_string())) {
        Ok(handle) => drive(handle, &schedule(s), started, bounds),
        Err(e) => harness_fault(e, started),
    }
}

/// The command that makes the `bulkhead` binary (or a test binary that serves as one) a zygote.
pub const ZYGOTE_COMMAND: &str = "__zygote";

/// The zygotes of a run, each started on first use: one for scenarios that start from the
/// base blob, one per warm-up script for those that start from a snapshot (the zygote builds
/// it and restores every child from it: clone on demand). A zygote is `PROGRAM __zygote
/// [--warmup FILE]`.
pub struct Zygotes {
    program: PathBuf,
    started: Mutex<HashMap<Option<PathBuf>, Arc<Started>>>,
}

/// A zygote, or why it could not be started.
type Started = Result<engine::zygote::Zygote, String>;

impl Zygotes {
    /// Zygotes of `program`, none started yet.
    pub fn new(program: PathBuf) -> Zygotes {
        Zygotes { program, started: Mutex::new(HashMap::new()) }
    }

    /// How many times the zygotes died and were started again.
    pub fn restarts(&self) -> usize {
        let started = self.started.lock().unwrap_or_else(|e| e.into_inner());
        started.values().filter_map(|z| z.as_ref().as_ref().ok()).map(|z| z.restarts()).sum()
    }

    /// The zygote for `warmup` (`None`: the base blob), started if need be.
    pub fn get(&self, warmup: Option<&Path>) -> Arc<Started> {
        let mut started = self.started.lock().unwrap_or_else(|e| e.into_inner());
        started
            .entry(warmup.map(Path::to_path_buf))
            .or_insert_with(|| {
                let mut args = vec![std::ffi::OsStr::new(ZYGOTE_COMMAND)];
                if let Some(warmup) = warmup {
                    args.extend([std::ffi::OsStr::new("--warmup"), warmup.as_os_str()]);
                }
                Arc::new(engine::zygote::Zygote::start(&self.program, &args).map_err(|e| e.to_string()))
            })
            .clone()
    }
}

/// Runs one scenario alone in a process of its own, forked by its zygote (the one of its
/// warm-up, if it starts from a snapshot), faults included (as real signals), within
/// `bounds`. Never panics: a failure to start is reported as an engine fault.
pub fn run_in_process(zygotes: &Zygotes, s: &Scenario, bounds: &Bounds) -> Outcome {
    let started = Instant::now();
    let zygote = zygotes.get(s.faults.snapshot.as_deref());
    // The zygote restores its own snapshot of the warm-up: none is built here.
    let spawned = zygote
        .as_ref()
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|zygote| zygote.spawn_by(&config_without_snapshot(s, bounds), bounds.deadline).map_err(|e| e.to_string()));
    match spawned {
        Ok(handle) => drive(handle, &schedule(s), started, bounds),
        Err(e) => harness_fault(e, started),
    }
}

/// The outcome recorded when an instance could not even be started.
pub fn spawn_failure(e: engine::SpawnError, started: Instant) -> Outcome {
    harness_fault(e.to_string(), started)
}

/// The outcome recorded when the harness failed around an instance, with no start time.
pub fn spawn_failure_text(message: &str) -> Outcome {
    harness_fault(message.into(), Instant::now())
}

/// The outcome recorded when the harness itself failed around an instance.
pub fn harness_fault(message: String, started: Instant) -> Outcome {
    Outcome {
        id: 0,
        exit_code: engine::ENGINE_FAULT_EXIT_CODE,
        cause: ExitCause::EngineFault { message },
        stdout: String::new(),
        stderr: String::new(),
        wall_time: started.elapsed(),
        cpu_time: Duration::ZERO,
        children: Vec::new(),
    }
}

/// A fault the campaign adds on top of a scenario's own, drawn from the seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Injected {
    /// `kill()` before the script can run (with a start gate: once every instance is alive).
    KillAtSpawn,
    /// `kill()` this long after the script was let run.
    KillAfter(Duration),
    /// Deliver a signal this long after the script was let run.
    SignalAfter(Signal, Duration),
}

impl Injected {
    /// The causes an instance may end with under this fault: the fault's own, or a natural
    /// ending that came first.
    pub fn allows(&self, cause: &ExitCause) -> bool {
        match (self, cause) {
            (_, ExitCause::EngineFault { .. }) => false,
            (Injected::KillAtSpawn, c) => *c == ExitCause::Killed,
            _ => true,
        }
    }

    /// The fault as a scheduled action, if it fires after the script started.
    pub fn scheduled(&self) -> Option<(Trigger, Action)> {
        match self {
            Injected::KillAtSpawn => None,
            Injected::KillAfter(d) => Some((Trigger::After(*d), Action::Kill)),
            Injected::SignalAfter(s, d) => Some((Trigger::After(*d), Action::Signal(*s))),
        }
    }

    /// A short description for reports.
    pub fn describe(&self) -> String {
        match self {
            Injected::KillAtSpawn => "kill at spawn".into(),
            Injected::KillAfter(d) => format!("kill after {}ms", d.as_millis()),
            Injected::SignalAfter(s, d) => format!("{s} after {}ms", d.as_millis()),
        }
    }
}

/// One instance of a crowd: its scenario and any injected fault.
#[derive(Clone, Debug)]
pub struct CrowdMember<'a> {
    /// What it runs.
    pub scenario: &'a Scenario,
    /// What the campaign does to it besides the scenario's faults.
    pub injected: Option<Injected>,
}

/// Runs every member at the same time, within `bounds`: all are spawned before any is
/// joined, and each instance's fault injector starts right after its spawn. With a `gate`,
/// every instance builds its isolate and waits at the gate; `on_all_live` is called once all
/// have arrived (so all are alive together), then the gate opens and faults fire. `on_done`
/// is called as each instance ends. Outcomes come back in the members' order.
pub fn run_crowd(
    members: &[CrowdMember<'_>],
    gate: Option<Arc<StartGate>>,
    bounds: &Bounds,
    on_all_live: &(dyn Fn(usize) + Sync),
    on_done: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    std::thread::scope(|scope| {
        let gate_ref = gate.as_deref();
        let mut spawned_ok = 0;
        let mut kill_at_start = Vec::new();
        let joins: Vec<_> = members
            .iter()
            .map(|m| {
                let spawned = config_for(m.scenario, bounds).and_then(|mut config| {
                    config.start_gate = gate.clone();
                    engine::spawn(config).map_err(|e| e.to_string())
                });
                if let Ok(h) = &spawned {
                    spawned_ok += 1;
                    if m.injected == Some(Injected::KillAtSpawn) {
                        kill_at_start.push(h.killer());
                    }
                }
                // The injector is ready before any script runs; with a gate it starts its
                // clock when the gate opens. It returns by the deadline, whatever the instance
                // does, so this scope always ends.
                scope.spawn(move || {
                    if let Some(gate) = gate_ref {
                        gate.wait_open();
                    }
                    let started = Instant::now();
                    let outcome = match spawned {
                        Ok(handle) => {
                            let plan: Vec<_> = m.injected.iter().filter_map(Injected::scheduled).chain(schedule(m.scenario)).collect();
                            drive(handle, &plan, started, bounds)
                        }
                        Err(e) => harness_fault(e, started),
                    };
                    on_done();
                    outcome
                })
            })
            .collect();
        // Faults fire only once everyone is alive: kills at start land before the gate opens.
        if let Some(gate) = &gate {
            let mut wait = Duration::from_secs(300);
            if let Some(deadline) = bounds.deadline {
                wait = wait.min(deadline.saturating_duration_since(Instant::now()));
            }
            let arrived = gate.wait_for_arrivals(spawned_ok, wait);
            on_all_live(arrived);
        }
        kill_at_start.iter().for_each(engine::Killer::kill);
        if let Some(gate) = &gate {
            gate.open();
        }
        let started = Instant::now();
        joins.into_iter().map(|j| j.join().unwrap_or_else(|_| harness_fault("fault injector panicked".into(), started))).collect()
    })
}

/// Runs every scenario in `list` at the same time, within `bounds`, with no injected faults
/// and no gate.
pub fn run_together(list: &[&Scenario], bounds: &Bounds) -> Vec<Outcome> {
    let members: Vec<_> = list.iter().map(|s| CrowdMember { scenario: s, injected: None }).collect();
    run_crowd(&members, None, bounds, &|_| {}, &|| {})
}
