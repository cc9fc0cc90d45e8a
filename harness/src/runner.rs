//! Runs scenarios in the engine: builds the instance's configuration from the scenario and
//! injects its faults (signals, kill) from the host side at the declared moments.

use std::time::{Duration, Instant};

use engine::{ExitCause, InstanceConfig, InstanceHandle, Outcome, ScriptSource, Signal};

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

/// The instance configuration a scenario asks for.
pub fn config_for(s: &Scenario) -> InstanceConfig {
    let script = ScriptSource::new(s.source.clone(), std::path::absolute(&s.path).unwrap_or_else(|_| s.path.clone()));
    InstanceConfig {
        script: Some(script),
        args: s.args.clone(),
        timeout: s.faults.timeout,
        env: s.faults.env.clone(),
        heap_limit: s.faults.heap_limit_mb.map(|mb| (mb as usize) << 20),
        echo_output: false,
    }
}

/// Spawns the scenario's instance (without applying its faults yet).
pub fn start(s: &Scenario) -> Result<InstanceHandle, engine::SpawnError> {
    engine::spawn(config_for(s))
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

/// Waits for a trigger; false when the instance ended first.
fn wait_for(handle: &InstanceHandle, trigger: &Trigger, started: Instant) -> bool {
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
        Err(e) => spawn_failure(e, started),
    }
}

/// The outcome recorded when an instance could not even be started.
pub fn spawn_failure(e: engine::SpawnError, started: Instant) -> Outcome {
    harness_fault(e.to_string(), started)
}

/// The outcome recorded when the harness itself failed around an instance.
fn harness_fault(message: String, started: Instant) -> Outcome {
    Outcome {
        id: 0,
        exit_code: 70,
        cause: ExitCause::EngineFault { message },
        stdout: String::new(),
        stderr: String::new(),
        wall_time: started.elapsed(),
    }
}

/// Runs every scenario in `list` at the same time (one instance each, all spawned before any
/// is joined; each instance's fault injector starts right after its spawn) and returns their
/// outcomes in the same order.
pub fn run_together(list: &[&Scenario]) -> Vec<Outcome> {
    let started = Instant::now();
    std::thread::scope(|scope| {
        let joins: Vec<_> = list
            .iter()
            .map(|s| {
                let spawned = start(s);
                scope.spawn(move || match spawned {
                    Ok(handle) => {
                        inject_faults(&handle, s, started);
                        handle.join()
                    }
                    Err(e) => spawn_failure(e, started),
                })
            })
            .collect();
        joins
            .into_iter()
            .map(|j| j.join().unwrap_or_else(|_| harness_fault("fault injector panicked".into(), started)))
            .collect()
    })
}
