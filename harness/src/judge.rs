//! The oracles: (1) the scenario's own expectation, (2) solo equivalence — an instance run
//! among others must end exactly as the same scenario run alone, any difference is a LEAK —
//! (3) the real `node` (exit code and stdout), (4) cross-talk — no instance's output may carry
//! another instance's token (`bh-token-PID`, which probe scenarios write) — and (5)
//! distinctness — copies of a scenario marked `distinct` must print pairwise-different stdout
//! (random numbers, pids), which no instance alone could show.

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
/// leak when non-empty). An instance's own pid, where Node's warnings or a probe's token name
/// it, is the one difference allowed: each instance has its own.
pub fn check_solo(solo: &Outcome, crowd: &Outcome) -> Vec<String> {
    let mut problems = check_solo_shape(solo, crowd);
    if own_pid_masked(solo, &solo.stdout) != own_pid_masked(crowd, &crowd.stdout) {
        problems.push(format!("stdout {:?} alone, {:?} among others", solo.stdout, crowd.stdout));
    }
    if own_pid_masked(solo, &solo.stderr) != own_pid_masked(crowd, &crowd.stderr) {
        problems.push(format!("stderr {:?} alone, {:?} among others", solo.stderr, crowd.stderr));
    }
    problems
}

/// The part of [`check_solo`] that holds even for a `distinct` scenario, whose output differs
/// from copy to copy by design: exit code and cause.
pub fn check_solo_shape(solo: &Outcome, crowd: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    if solo.exit_code != crowd.exit_code {
        problems.push(format!("exit code {} alone, {} among others", solo.exit_code, crowd.exit_code));
    }
    if solo.cause != crowd.cause {
        problems.push(format!("cause {} alone, {} among others", describe_cause(solo), describe_cause(crowd)));
    }
    problems.extend(check_children(solo, crowd));
    problems
}

/// The solo oracle as a scenario wants it: whole for most, by shape for `distinct` ones.
pub fn check_solo_for(s: &Scenario, solo: &Outcome, crowd: &Outcome) -> Vec<String> {
    if s.distinct {
        check_solo_shape(solo, crowd)
    } else {
        check_solo(solo, crowd)
    }
}

/// What marks an instance's own token in its output: `bh-token-` and its pid.
const TOKEN: &str = "bh-token-";

/// The pids named by tokens in `text`.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices(TOKEN).map(|(at, _)| {
        let digits = &text[at + TOKEN.len()..];
        &digits[..digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len())]
    })
}

/// `text` with the instance's own pid made neutral where Node's warnings (`(node:PID)`) and
/// tokens (`bh-token-PID`) name it.
fn own_pid_masked(o: &Outcome, text: &str) -> String {
    let own = o.id.to_string();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(TOKEN) {
        let after = &rest[at + TOKEN.len()..];
        let digits = &after[..after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len())];
        out.push_str(&rest[..at + TOKEN.len()]);
        match o.children.iter().position(|c| c.id.to_string() == digits) {
            _ if digits == own => out.push_str("PID"),
            Some(n) => out.push_str(&format!("CHILD{n}")),
            None => out.push_str(digits),
        }
        rest = &after[digits.len()..];
    }
    out.push_str(rest);
    let mut out = out.replace(&format!("(node:{own})"), "(node:PID)");
    // A descendant's warnings reach the tree's streams under its own pid, the n-th
    // descendant's the same in every run.
    for (n, child) in o.children.iter().enumerate() {
        out = out.replace(&format!("(node:{})", child.id), &format!("(node:CHILD{n})"));
    }
    out
}

/// Solo equivalence for an instance tree: the same descendants, in the same order, ending
/// the same way.
fn check_children(solo: &Outcome, crowd: &Outcome) -> Vec<String> {
    let shape = |o: &Outcome| -> Vec<String> {
        let index = |id: u64| if id == o.id { "root".to_string() } else { o.children.iter().position(|c| c.id == id).map_or("?".into(), |n| format!("child {n}")) };
        o.children.iter().map(|c| format!("{} of {}: exit {} {}", index(c.id), index(c.parent), c.exit_code, c.cause.kind())).collect()
    };
    let (alone, among) = (shape(solo), shape(crowd));
    if alone == among {
        Vec::new()
    } else {
        vec![format!("descendants [{}] alone, [{}] among others", alone.join("; "), among.join("; "))]
    }
}

/// Cross-talk: tokens of other instances in an outcome's stdout or stderr (a leak when
/// non-empty).
pub fn check_cross_talk(o: &Outcome) -> Vec<String> {
    // A tree's streams carry its descendants' output (their stdio is inherited by default).
    let tree: Vec<String> = std::iter::once(o.id).chain(o.children.iter().map(|c| c.id)).map(|id| id.to_string()).collect();
    let mut foreign: Vec<&str> = tokens(&o.stdout).chain(tokens(&o.stderr)).filter(|t| !tree.iter().any(|own| own == t)).collect();
    foreign.sort_unstable();
    foreign.dedup();
    foreign.into_iter().map(|t| format!("its output carries instance {t}'s token ({TOKEN}{t}): cross-talk")).collect()
}

/// Distinctness: among outcomes of copies of one `distinct` scenario, each copy whose stdout
/// repeats an earlier copy's, as (its index, the problem).
pub fn check_distinct<'a>(copies: impl IntoIterator<Item = (usize, &'a Outcome)>) -> Vec<(usize, String)> {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for (index, o) in copies {
        match seen.get(o.stdout.as_str()) {
            Some(&first) => problems.push((index, format!("stdout {:?} is the same as copy #{first}'s: copies of a distinct scenario must differ", o.stdout))),
            None => {
                seen.insert(&o.stdout, index);
            }
        }
    }
    problems
}

/// Differences between the engine's outcome and `node`'s (exit code and stdout). A
/// `distinct` scenario prints something of its own every run, so there node's stdout must
/// have the expected shape instead.
pub fn check_node(s: &Scenario, o: &Outcome, n: &NodeRun) -> Vec<String> {
    let mut problems = Vec::new();
    if o.exit_code != n.exit_code {
        problems.push(format!("exit code {} (node: {})", o.exit_code, n.exit_code));
    }
    if s.distinct {
        if let Some(p) = s.expect.stdout_pattern.as_ref().filter(|p| !p.is_match(&n.stdout)) {
            problems.push(format!("node's stdout {:?} does not match /{}/", n.stdout, p.as_str()));
        }
    } else if o.stdout != n.stdout {
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
            cpu_time: std::time::Duration::ZERO,
            children: Vec::new(),
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

    #[test]
    fn an_instances_own_token_is_no_leak_but_anothers_is_cross_talk() {
        let solo = outcome(3, "bh-token-3\n");
        let own = outcome(41, "bh-token-41\n");
        assert!(check_solo(&solo, &own).is_empty());
        assert!(check_cross_talk(&own).is_empty());
        let foreign = outcome(41, "bh-token-4\n");
        assert_eq!(check_solo(&solo, &foreign).len(), 1);
        assert_eq!(check_cross_talk(&foreign), vec!["its output carries instance 4's token (bh-token-4): cross-talk".to_string()]);
        // A token that only starts with the instance's own pid is another's.
        let longer = outcome(4, "bh-token-41 and bh-token-4\n");
        assert_eq!(check_cross_talk(&longer).len(), 1);
    }

    #[test]
    fn copies_of_a_distinct_scenario_that_print_the_same_are_named() {
        let mut a = outcome(1, "");
        a.stdout = "0.25\n".into();
        let mut b = outcome(2, "");
        b.stdout = "0.75\n".into();
        let c = a.clone();
        assert!(check_distinct([(0, &a), (1, &b)]).is_empty());
        let problems = check_distinct([(0, &a), (1, &b), (5, &c)]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, 5);
        assert!(problems[0].1.contains("copy #0"), "{}", problems[0].1);
    }
}
