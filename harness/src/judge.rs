//! The oracles: (1) the scenario's own expectation, (2) solo equivalence — an instance run
//! among others must end exactly as the same scenario run alone, any difference is a LEAK —
//! and (3) the real `node` (exit code and stdout).

use engine::Outcome;

use crate::node::NodeRun;
use crate::scenario::Scenario;

/// Differences between an outcome and the scenario's expectation; empty when it passes.
pub fn check_expectation(s: &Scenario, o: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    let e = &s.expect;
    if o.exit_code != e.exit_code {
        problems.push(format!("exit code {} (expected {})", o.exit_code, e.exit_code));
    }
    if o.cause.kind() != e.cause {
        problems.push(format!("cause {} (expected {})", describe_cause(o), e.cause));
    }
    if let Some(stdout) = &e.stdout {
        if &o.stdout != stdout {
            problems.push(format!("stdout {:?} (expected {:?})", o.stdout, stdout));
        }
    }
    if let Some(p) = &e.stdout_pattern {
        if !p.is_match(&o.stdout) {
            problems.push(format!("stdout {:?} does not match /{}/", o.stdout, p.as_str()));
        }
    }
    if let Some(text) = &e.stderr_contains {
        if !o.stderr.contains(text.as_str()) {
            problems.push(format!("stderr {:?} does not contain {:?}", o.stderr, text));
        }
    }
    problems
}

/// The cause with its detail, for messages.
pub fn describe_cause(o: &Outcome) -> String {
    match &o.cause {
        engine::ExitCause::UncaughtException { message, .. } => format!("uncaught ({message})"),
        engine::ExitCause::StartupError { message } => format!("startup_error ({message})"),
        engine::ExitCause::EngineFault { message } => format!("engine_fault ({message})"),
        engine::ExitCause::Signaled { signal } => format!("signaled ({signal})"),
        other => other.kind().to_string(),
    }
}

/// The part of an outcome that must not depend on what else runs in the process.
pub fn fingerprint(o: &Outcome) -> (i32, &engine::ExitCause, &str, &str) {
    (o.exit_code, &o.cause, &o.stdout, &o.stderr)
}

/// Whether a scenario's outcome is independent of timing, so that its run among others can
/// be compared with its solo run: no faults fired by the clock (stdout markers are fine).
pub fn timing_free(s: &Scenario) -> bool {
    use crate::scenario::Trigger;
    s.faults.timeout.is_none()
        && s.faults.kill.iter().chain(s.faults.signals.iter().map(|f| &f.at)).all(|t| matches!(t, Trigger::Stdout(_)))
}

/// Differences between an outcome among others and the same scenario's solo outcome (a
/// leak when non-empty).
pub fn check_solo(solo: &Outcome, crowd: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    if solo.exit_code != crowd.exit_code {
        problems.push(format!("exit code {} alone, {} among others", solo.exit_code, crowd.exit_code));
    }
    if solo.cause != crowd.cause {
        problems.push(format!("cause {} alone, {} among others", describe_cause(solo), describe_cause(crowd)));
    }
    if solo.stdout != crowd.stdout {
        problems.push(format!("stdout {:?} alone, {:?} among others", solo.stdout, crowd.stdout));
    }
    // Node's warnings name the process (`(node:PID)`); each instance has its own pid.
    if own_pid_masked(solo) != own_pid_masked(crowd) {
        problems.push(format!("stderr {:?} alone, {:?} among others", solo.stderr, crowd.stderr));
    }
    problems
}

/// An outcome's stderr with its own pid, where node prints one, made neutral.
fn own_pid_masked(o: &Outcome) -> String {
    o.stderr.replace(&format!("(node:{})", o.id), "(node:PID)")
}

/// Differences between the engine's outcome and `node`'s (exit code and stdout).
pub fn check_node(o: &Outcome, n: &NodeRun) -> Vec<String> {
    let mut problems = Vec::new();
    if o.exit_code != n.exit_code {
        problems.push(format!("exit code {} (node: {})", o.exit_code, n.exit_code));
    }
    if o.stdout != n.stdout {
        problems.push(format!("stdout {:?} (node: {:?})", o.stdout, n.stdout));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::ExitCause;

    fn outcome(id: u64, stderr: &str) -> Outcome {
        Outcome {
            id,
            exit_code: 0,
            cause: ExitCause::Drained,
            stdout: String::new(),
            stderr: stderr.into(),
            wall_time: std::time::Duration::ZERO,
        }
    }

    #[test]
    fn a_warning_naming_each_instances_own_pid_is_no_leak() {
        let solo = outcome(3, "(node:3) Warning: w\n");
        let crowd = outcome(41, "(node:41) Warning: w\n");
        assert!(check_solo(&solo, &crowd).is_empty());
    }

    #[test]
    fn a_warning_naming_another_instances_pid_is_a_leak() {
        let solo = outcome(3, "(node:3) Warning: w\n");
        let crowd = outcome(41, "(node:40) Warning: w\n");
        assert_eq!(check_solo(&solo, &crowd).len(), 1);
    }
}
