//! Fault schedules over several instances: small generated programs (exit codes, throws,
//! rejections, ticks, timers, exit listeners, forked children and messages to them) and host
//! faults (kills, signals, timeouts).
//! Shared by the property test (conformance/tests/fault_schedules.rs) and the fuzz target
//! (fuzz/fuzz_targets/fault_schedule.rs), which decodes schedules with `arbitrary`.
//!
//! Programs are built so that their outcome is decided by the program, never by the clock:
//! a host fault only lands on an instance that has printed its marker and then only spins or
//! idles, and before such a marker the program does only synchronous work. A forked child
//! echoes what its parent sends and disconnects after the last message, so it always ends by
//! itself with 0 (an orphan too: it has nothing left to do once its parent is gone, far within
//! the engine's orphan grace of 5 s); the parent reports what came back only at its exit, once its loop has waited
//! for the child, and never when a host fault may cut the exchange short. A timeout starts
//! at the marker, and a CPU limit (on a spinning program) counts only the instance's own CPU
//! time, so no amount of load on the machine can make either land before the marker. So an
//! instance's outcome among others must equal its outcome alone.

use std::time::Duration;

use arbitrary::Arbitrary;
use engine::{InstanceConfig, Outcome, ScriptSource, Signal};

use harness::runner::{Action, Bounds};
use harness::scenario::Trigger;

/// One step of a program's main script.
#[derive(Clone, Debug, Arbitrary)]
pub enum Step {
    /// `console.log('print n')`
    Print(u8),
    /// `process.exitCode = c`
    SetExitCode(u8),
    /// A nextTick that prints.
    Tick(u8),
    /// A promise reaction that prints.
    Promise(u8),
    /// A timer (0–5 ms) that prints.
    Timer(u8, u8),
    /// An 'exit' listener that prints its code.
    ExitListener(u8),
    /// An 'uncaughtException' listener.
    HandleUncaught,
    /// An 'unhandledRejection' listener.
    HandleRejections,
    /// `throw new Error('thrown')`
    Throw,
    /// `Promise.reject(n)`
    Reject(u8),
    /// `process.exit(c)`
    Exit(u16),
    /// `child_process.fork` of the echoing child, sent `n` at once; what comes back is printed
    /// at the parent's exit.
    Fork(u8),
    /// `send(n)` to the child forked last (nothing before the first fork).
    Send(u8),
}

/// A host fault, applied once the program printed its marker.
#[derive(Clone, Debug, Arbitrary)]
pub enum HostFault {
    /// `kill()`
    Kill,
    /// A signal.
    Signal(SignalChoice),
    /// A 300 ms wall-clock timeout, armed at the marker.
    Timeout,
    /// A 300 ms CPU-time limit from the script's start (on an idle program, where it could
    /// never be reached, a timeout at the marker instead).
    CpuLimit,
}

/// The signals schedules use.
#[derive(Clone, Copy, Debug, Arbitrary)]
pub enum SignalChoice {
    /// SIGTERM
    Term,
    /// SIGINT
    Int,
    /// SIGHUP
    Hup,
    /// SIGUSR2
    Usr2,
    /// SIGKILL
    Kill,
}

impl SignalChoice {
    /// The engine's signal.
    pub fn signal(self) -> Signal {
        match self {
            SignalChoice::Term => Signal::Term,
            SignalChoice::Int => Signal::Int,
            SignalChoice::Hup => Signal::Hup,
            SignalChoice::Usr2 => Signal::Usr2,
            SignalChoice::Kill => Signal::Kill,
        }
    }
}

/// How the main script ends.
#[derive(Clone, Debug, Arbitrary)]
pub enum Ending {
    /// Let the loop drain.
    Natural,
    /// Print the marker and spin; then the host fault.
    Spin(HostFault),
    /// Print the marker and idle; then the host fault. With a signal fault and `Some(code)`,
    /// a listener for that signal exits with `code`.
    Idle(HostFault, Option<u8>),
}

/// One instance's program.
#[derive(Clone, Debug, Arbitrary)]
pub struct Program {
    /// The main script's steps.
    pub steps: Vec<Step>,
    /// How it ends.
    pub ending: Ending,
}

impl Program {
    /// Makes the program clock-independent: before a host fault only synchronous steps stay,
    /// and at most `max_steps` steps are kept.
    pub fn normalized(mut self, max_steps: usize) -> Program {
        self.steps.truncate(max_steps);
        if let Ending::Idle(fault @ HostFault::CpuLimit, _) = &mut self.ending {
            *fault = HostFault::Timeout;
        }
        if !matches!(self.ending, Ending::Natural) {
            self.steps.retain(|s| {
                matches!(s, Step::Print(_) | Step::SetExitCode(_) | Step::ExitListener(_) | Step::Fork(_) | Step::Send(_))
            });
        }
        self
    }

    /// How many messages each fork step's child gets: its own and the sends after it that run,
    /// that is, up to the next fork and before the main script's first throw or exit.
    fn messages_per_fork(&self) -> Vec<usize> {
        let mut counts = Vec::new();
        for s in &self.steps {
            match s {
                Step::Throw | Step::Exit(_) => break,
                Step::Fork(_) => counts.push(1),
                Step::Send(_) => {
                    if let Some(last) = counts.last_mut() {
                        *last += 1;
                    }
                }
                _ => {}
            }
        }
        counts
    }

    /// The JavaScript source.
    pub fn source(&self) -> String {
        let mut js = String::new();
        let expected = self.messages_per_fork();
        let report = matches!(self.ending, Ending::Natural);
        let mut forks = 0;
        for s in &self.steps {
            js.push_str(&match s {
                Step::Print(n) => format!("console.log('print {n}');\n"),
                Step::SetExitCode(c) => format!("process.exitCode = {c};\n"),
                Step::Tick(n) => format!("process.nextTick(() => console.log('tick {n}'));\n"),
                Step::Promise(n) => format!("Promise.resolve().then(() => console.log('promise {n}'));\n"),
                Step::Timer(n, ms) => format!("setTimeout(() => console.log('timer {n}'), {});\n", ms % 6),
                Step::ExitListener(n) => format!("process.on('exit', (c) => console.log('exit listener {n}', c));\n"),
                Step::HandleUncaught => "process.on('uncaughtException', (e) => console.log('handled', e.message));\n".into(),
                Step::HandleRejections => "process.on('unhandledRejection', (r) => console.log('unhandled', r));\n".into(),
                Step::Throw => "throw new Error('thrown');\n".into(),
                Step::Reject(n) => format!("Promise.reject({n});\n"),
                Step::Exit(c) => format!("process.exit({c});\n"),
                Step::Fork(n) => {
                    let left = expected.get(forks).copied().unwrap_or(0);
                    forks += 1;
                    fork_source(*n, left, report)
                }
                Step::Send(n) => format!("globalThis.lastChild?.send({n}, () => {{}});\n"),
            });
        }
        match &self.ending {
            Ending::Natural => {}
            Ending::Spin(_) => js.push_str("console.log('marker');\nwhile (true) {}\n"),
            Ending::Idle(fault, listener) => {
                if let (HostFault::Signal(sig), Some(code)) = (fault, listener) {
                    let sig = sig.signal();
                    if sig != Signal::Kill {
                        js.push_str(&format!("process.on('{sig}', (s) => {{ console.log('got', s); process.exit({code}); }});\n"));
                    }
                }
                js.push_str("setInterval(() => {}, 1000);\nconsole.log('marker');\n");
            }
        }
        js
    }

    /// The host fault, if any.
    pub fn fault(&self) -> Option<&HostFault> {
        match &self.ending {
            Ending::Natural => None,
            Ending::Spin(f) | Ending::Idle(f, _) => Some(f),
        }
    }

    /// The instance configuration: a CPU-limit fault ends a spinning program soon; every
    /// instance is also bounded by [`bounds`].
    pub fn config(&self) -> InstanceConfig {
        let mut c = InstanceConfig::new(ScriptSource::new(self.source(), "/generated/program.js"));
        if let Some(HostFault::CpuLimit) = self.fault() {
            c.cpu_limit = Some(FAULT_LIMIT);
        }
        c
    }

    /// What the host does at the marker.
    fn actions(&self) -> Vec<(Trigger, Action)> {
        let action = match self.fault() {
            None | Some(HostFault::CpuLimit) => return Vec::new(),
            Some(HostFault::Kill) => Action::Kill,
            Some(HostFault::Signal(sig)) => Action::Signal(sig.signal()),
            Some(HostFault::Timeout) => Action::TimeOut(FAULT_LIMIT),
        };
        vec![(Trigger::Stdout("marker".into()), action)]
    }
}

/// A fork step: the child is told how many messages to expect. With `report`, what came back
/// (and the child's exit) is printed at the parent's exit.
fn fork_source(n: u8, left: usize, report: bool) -> String {
    let child = child_script().map(|p| p.display().to_string()).unwrap_or_else(|e| format!("(unwritable: {e})"));
    let mut js = format!("{{ const child = require('child_process').fork({child:?}, ['{left}']); globalThis.lastChild = child;\n");
    if report {
        js.push_str("  const got = []; child.on('message', (m) => got.push(m)); child.on('exit', (c, s) => got.push(`exit ${c} ${s}`));\n");
        js.push_str(&format!("  process.on('exit', () => console.log('fork {n}:', got.join(', ')));\n"));
    }
    js.push_str(&format!("  child.send({n}, () => {{}}); }}\n"));
    js
}

/// The forked child: echoes each message doubled, and disconnects after as many as its first
/// argument says. A send or disconnect after its parent has gone fails quietly, so the child
/// always ends by itself with 0.
const CHILD: &str = "let left = Number(process.argv[2]);
process.on('message', (m) => {
  process.send(m * 2, () => {});
  if (--left === 0 && process.connected) process.disconnect();
});
";

/// The child's file, written once per process and named by a hash of its text, so that test
/// processes (of this checkout or another) share it only when they agree on it; each writes a
/// file of its own and renames it in.
fn child_script() -> Result<&'static std::path::Path, String> {
    static PATH: std::sync::OnceLock<Result<std::path::PathBuf, String>> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        // FNV-1a: stable from one build to the next, unlike std's hasher.
        let hash = CHILD.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        let path = std::env::temp_dir().join(format!("bulkhead-schedule-child-{hash:016x}.js"));
        let own = std::env::temp_dir().join(format!("bulkhead-schedule-child.{}.js", std::process::id()));
        std::fs::write(&own, CHILD).and_then(|()| std::fs::rename(&own, &path)).map_err(|e| e.to_string())?;
        Ok(path)
    })
    .as_deref()
    .map_err(Clone::clone)
}

/// The timeout and CPU limit of the faults that use one.
const FAULT_LIMIT: Duration = Duration::from_millis(300);

/// Far beyond what any correct program needs: 30 s of CPU, and two minutes of wall time
/// before an instance still alive is reported as such.
pub(crate) fn bounds() -> Bounds {
    Bounds { cpu: Some(Duration::from_secs(30)), deadline: std::time::Instant::now().checked_add(Duration::from_secs(120)) }
}

/// Starts every instance at once, each configuration within [`bounds`] and driven by its own
/// host actions, and returns their outcomes in order; a configuration that could not be made
/// is an outcome saying why. Shared by the fault-schedule and module-graph properties.
pub(crate) fn run_at_once(runs: Vec<(Result<InstanceConfig, String>, Vec<(Trigger, Action)>)>) -> Vec<Outcome> {
    let bounds = bounds();
    let started = std::time::Instant::now();
    let handles: Vec<_> = runs
        .into_iter()
        .map(|(config, actions)| {
            let handle = config.map(|mut config| {
                config.cpu_limit = config.cpu_limit.or(bounds.cpu);
                engine::spawn(config)
            });
            (handle, actions)
        })
        .collect();
    std::thread::scope(|scope| {
        let joins: Vec<_> = handles
            .into_iter()
            .map(|(handle, actions)| {
                let bounds = &bounds;
                scope.spawn(move || match handle {
                    Ok(Ok(h)) => harness::runner::drive(h, &actions, started, bounds),
                    Ok(Err(e)) => harness::runner::spawn_failure(e, started),
                    Err(message) => harness::runner::spawn_failure_text(&message),
                })
            })
            .collect();
        joins
            .into_iter()
            .map(|j| j.join().unwrap_or_else(|_| harness::runner::spawn_failure_text("fault injector panicked")))
            .collect()
    })
}

/// Runs the programs at once, each with its host fault applied at its marker.
pub fn run(programs: &[Program]) -> Vec<Outcome> {
    run_at_once(programs.iter().map(|p| (Ok(p.config()), p.actions())).collect())
}

/// Runs each program alone, then all together, and lists every instance whose outcome
/// differs (or that hit an engine fault). Empty means the schedule upholds isolation.
pub fn check(programs: &[Program]) -> Vec<String> {
    let solo: Vec<_> = programs.iter().map(|p| run(std::slice::from_ref(p)).remove(0)).collect();
    let together = run(programs);
    let mut problems = Vec::new();
    for (i, (alone, among)) in solo.iter().zip(&together).enumerate() {
        if let engine::ExitCause::EngineFault { message } = &among.cause {
            problems.push(format!("instance {i}: engine fault: {message}"));
        }
        let diff = harness::judge::check_solo(alone, among);
        if !diff.is_empty() {
            problems.push(format!("instance {i} ({}): {}", programs[i].source().replace('\n', " "), diff.join("; ")));
        }
    }
    problems
}
