//! Runs scenarios in the engine: builds the instance's configuration from the scenario and
//! injects its faults (signals, kill) from the host side at the declared moments.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use engine::{ExitCause, InstanceConfig, InstanceHandle, Outcome, ScriptSource, Signal, StartGate};

use crate::scenario::{Scenario, Trigger};

/// Something the host does to a running instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Deliver a simulated signal.
    Signal(Signal),
    /// `kill()` it.
    Kill,
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

/// The instance configuration a scenario asks for; fails when its snapshot cannot be built.
pub fn config_for(s: &Scenario) -> Result<InstanceConfig, String> {
    let script = ScriptSource::new(s.source.clone(), std::path::absolute(&s.path).unwrap_or_else(|_| s.path.clone()));
    let snapshot = match &s.faults.snapshot {
        Some(warmup) => Some(snapshot_of(warmup).map_err(|e| format!("faults.snapshot: {e}"))?),
        None => None,
    };
    Ok(InstanceConfig {
        script: Some(script),
        args: s.args.clone(),
        timeout: s.faults.timeout,
        env: s.faults.env.clone(),
        heap_limit: s.faults.heap_limit_mb.map(|mb| (mb as usize) << 20),
        echo_output: false,
        start_gate: None,
        snapshot,
    })
}

/// Spawns the scenario's instance (without applying its faults yet).
pub fn start(s: &Scenario) -> Result<InstanceHandle, String> {
    engine::spawn(config_for(s)?).map_err(|e| e.to_string())
}

/// Applies the scenario's faults to a running instance, in order, each at its trigger.
/// Returns early once the instance has ended.
pub fn inject_faults(handle: &InstanceHandle, s: &Scenario, started: Instant) {
    for (trigger, action) in schedule(s) {
        if !wait_for(handle, &trigger, started) {
            return;
        }
        match action {
            Action::Signal(sig) => handle.signal(sig),
            Action::Kill => handle.kill(),
        }
    }
}

/// Waits for a trigger (times count from `started`); false when the instance ended first.
pub fn wait_for(handle: &InstanceHandle, trigger: &Trigger, started: Instant) -> bool {
    match trigger {
        Trigger::After(d) => {
            let deadline = started + *d;
            while Instant::now() < deadline {
                if handle.is_ended() {
                    return false;
                }
                std::thread::sleep((deadline - Instant::now()).min(Duration::from_millis(5)));
            }
            !handle.is_ended()
        }
        Trigger::Stdout(text) => handle.wait_for_stdout(text),
    }
}

/// Runs one scenario alone, faults included, and returns its outcome. Never panics: a
/// failure to start is reported as an engine fault in the outcome.
pub fn run_solo(s: &Scenario) -> Outcome {
    let started = Instant::now();
    match start(s) {
        Ok(handle) => {
            inject_faults(&handle, s, started);
            handle.join()
        }
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
        exit_code: 70,
        cause: ExitCause::EngineFault { message },
        stdout: String::new(),
        stderr: String::new(),
        wall_time: started.elapsed(),
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

/// Runs every member at the same time: all are spawned before any is joined, and each
/// instance's fault injector starts right after its spawn. With a `gate`, every instance
/// builds its isolate and waits at the gate; `on_all_live` is called once all have arrived
/// (so all are alive together), then the gate opens and faults fire. `on_done` is called as
/// each instance ends. Outcomes come back in the members' order.
pub fn run_crowd(
    members: &[CrowdMember<'_>],
    gate: Option<Arc<StartGate>>,
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
                let spawned = config_for(m.scenario).and_then(|mut config| {
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
                // clock when the gate opens.
                scope.spawn(move || {
                    if let Some(gate) = gate_ref {
                        gate.wait_open();
                    }
                    let started = Instant::now();
                    let outcome = match spawned {
                        Ok(handle) => {
                            match &m.injected {
                                Some(Injected::KillAfter(d)) => {
                                    let killer = handle.killer();
                                    let d = *d;
                                    std::thread::spawn(move || {
                                        std::thread::sleep(d);
                                        killer.kill();
                                    });
                                }
                                Some(Injected::SignalAfter(sig, d)) => {
                                    std::thread::sleep(*d);
                                    handle.signal(*sig);
                                }
                                _ => {}
                            }
                            inject_faults(&handle, m.scenario, started);
                            handle.join()
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
            let arrived = gate.wait_for_arrivals(spawned_ok, Duration::from_secs(300));
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

/// Runs every scenario in `list` at the same time, with no injected faults and no gate.
pub fn run_together(list: &[&Scenario]) -> Vec<Outcome> {
    let members: Vec<_> = list.iter().map(|s| CrowdMember { scenario: s, injected: None }).collect();
    run_crowd(&members, None, &|_| {}, &|| {})
}
