//! Random module graphs ended at random points: several files, ES modules and CommonJS, static
//! imports (cycles included), top-level awaits, and one *stop* placed in one module — a
//! `process.exit`, a throw, a host kill, a simulated signal, a timeout, a CPU limit or the heap
//! limit — reached before or after that module's await. Whatever the stop and wherever the
//! graph is in its evaluation, the instance must end by it alone: with the cause the stop
//! gives (when its module was reached), within its bounds (never hanging on a pending
//! evaluation promise), without an engine fault, and exactly as it ends alone while other
//! graphs run beside it. The programs and the check are shared by the property test
//! (conformance/tests/module_graphs.rs).

use std::path::{Path, PathBuf};
use std::time::Duration;

use engine::{ExitCause, InstanceConfig, Outcome, ScriptSource};
use harness::runner::Action;
use harness::scenario::Trigger;

use crate::schedule::SignalChoice;

/// How a graph is stopped.
#[derive(Clone, Debug)]
pub enum Stop {
    /// `process.exit(code)`.
    Exit(u8),
    /// `throw new Error(…)`.
    Throw,
    /// The host kills the instance at the stop's marker.
    Kill,
    /// A simulated signal at the marker (no listener: its default action).
    Signal(SignalChoice),
    /// A wall-clock timeout armed at the marker.
    Timeout,
    /// A busy loop under a CPU limit.
    CpuLimit,
    /// Allocation until the heap limit.
    HeapLimit,
}

/// One module of a graph.
#[derive(Clone, Debug)]
pub struct Module {
    /// An ES module (`.mjs`) or CommonJS (`.cjs`).
    pub esm: bool,
    /// The modules it imports (ES) or requires (CommonJS), by index; cycles allowed.
    pub imports: Vec<usize>,
    /// A top-level await of a timer of this many milliseconds (ES modules only).
    pub wait_ms: Option<u8>,
}

/// A graph: module 0 is the main module.
#[derive(Clone, Debug)]
pub struct Graph {
    pub modules: Vec<Module>,
    /// The stop, its module, and whether it comes after that module's await.
    pub stop: Option<(Stop, usize, bool)>,
}

/// The marker a module prints when its body starts.
fn reached(i: usize) -> String {
    format!("reached m{i}")
}

impl Graph {
    /// Keeps indices in range and the main module an ES module when any module awaits.
    pub fn normalized(mut self) -> Graph {
        let n = self.modules.len().max(1);
        self.modules.truncate(n);
        for m in &mut self.modules {
            for i in &mut m.imports {
                *i %= n;
            }
            if !m.esm {
                m.wait_ms = None;
            }
        }
        if let Some((_, at, _)) = &mut self.stop {
            *at %= n;
        }
        self
    }

    fn file_name(&self, i: usize) -> String {
        format!("m{i}.{}", if self.modules[i].esm { "mjs" } else { "cjs" })
    }

    /// The source of module `i`.
    pub fn source(&self, i: usize) -> String {
        let m = &self.modules[i];
        let mut out = String::new();
        for &j in &m.imports {
            let file = self.file_name(j);
            if m.esm {
                out.push_str(&format!("import './{file}';\n"));
            }
        }
        out.push_str(&say(&reached(i)));
        if !m.esm {
            for &j in &m.imports {
                // CommonJS requires only CommonJS: require() of a module graph with a
                // top-level await throws, which would be a stop of its own.
                if !self.modules[j].esm {
                    out.push_str(&format!("require('./{}');\n", self.file_name(j)));
                }
            }
        }
        let stop_here = self.stop.as_ref().filter(|(_, at, _)| *at == i);
        if let Some((stop, _, false)) = stop_here {
            out.push_str(&stop_code(stop, m.esm));
        }
        if let Some(ms) = m.wait_ms {
            out.push_str(&format!("await new Promise((resolve) => setTimeout(resolve, {ms}));\n"));
            out.push_str(&say(&format!("resumed m{i}")));
        }
        if let Some((stop, _, true)) = stop_here {
            out.push_str(&stop_code(stop, m.esm));
        }
        out
    }

    /// Writes the graph's files into `dir`; the main module's path.
    pub fn write(&self, dir: &Path) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        for i in 0..self.modules.len() {
            std::fs::write(dir.join(self.file_name(i)), self.source(i))?;
        }
        Ok(dir.join(self.file_name(0)))
    }

    /// The instance configuration for the graph written at `main`.
    pub fn config(&self, main: &Path) -> std::io::Result<InstanceConfig> {
        let mut config = InstanceConfig::new(ScriptSource::from_file(main)?);
        match self.stop.as_ref().map(|(s, _, _)| s) {
            Some(Stop::CpuLimit) => config.cpu_limit = Some(LIMIT),
            Some(Stop::HeapLimit) => config.heap_limit = Some(HEAP_LIMIT),
            _ => {}
        }
        Ok(config)
    }

    /// What the host does at the stop's marker.
    pub fn actions(&self) -> Vec<(Trigger, Action)> {
        let action = match self.stop.as_ref().map(|(s, _, _)| s) {
            Some(Stop::Kill) => Action::Kill,
            Some(Stop::Signal(sig)) => Action::Signal(sig.signal()),
            Some(Stop::Timeout) => Action::TimeOut(LIMIT),
            _ => return Vec::new(),
        };
        vec![(Trigger::Stdout(MARKER.into()), action)]
    }

    /// Whether `outcome` is what the graph may end with: the stop's own cause once its module
    /// was reached; otherwise the loop drained (13 for an ES main whose await never settled).
    pub fn explains(&self, outcome: &Outcome) -> Result<(), String> {
        let stdout = &outcome.stdout;
        if let ExitCause::EngineFault { message } = &outcome.cause {
            return Err(format!("engine fault: {message}"));
        }
        let stop = self.stop.as_ref().filter(|(_, at, _)| stdout.lines().any(|l| l == reached(*at)));
        let fits = match stop.map(|(s, _, _)| s) {
            // A stop after its module's await may not be reached even though the module was.
            _ if matches!(outcome.cause, ExitCause::Drained) => outcome.exit_code == 0 || outcome.exit_code == 13,
            None => false,
            Some(Stop::Exit(code)) => matches!(outcome.cause, ExitCause::Exited) && outcome.exit_code == i32::from(*code),
            Some(Stop::Throw) => matches!(outcome.cause, ExitCause::UncaughtException { .. }) && outcome.exit_code == 1,
            Some(Stop::Kill) => matches!(outcome.cause, ExitCause::Killed),
            Some(Stop::Signal(sig)) => matches!(&outcome.cause, ExitCause::Signaled { signal } if *signal == sig.signal()),
            Some(Stop::Timeout) => matches!(outcome.cause, ExitCause::TimedOut),
            Some(Stop::CpuLimit) => matches!(outcome.cause, ExitCause::CpuLimit),
            Some(Stop::HeapLimit) => matches!(outcome.cause, ExitCause::OutOfMemory),
        };
        if fits {
            Ok(())
        } else {
            Err(format!("ended {:?} with {} (stdout {stdout:?}) for stop {:?}", outcome.cause, outcome.exit_code, self.stop))
        }
    }
}

/// What the stop's marker is.
const MARKER: &str = "stop here";
/// The timeout and CPU limit of the stops that use one.
const LIMIT: Duration = Duration::from_millis(200);
/// The heap limit of a heap stop, in bytes.
const HEAP_LIMIT: usize = 24 << 20;

/// A line printed unless a host stop's marker has been: what runs between the marker and the
/// host's action depends on how soon the host acts, so it must not show.
fn say(line: &str) -> String {
    format!("if (!globalThis.stopping) console.log('{line}');\n")
}

fn stop_code(stop: &Stop, esm: bool) -> String {
    // What waits for the host: referenced work keeps the loop alive, and an ES module also
    // leaves its evaluation pending on a promise that never settles.
    let wait = if esm { "setInterval(() => {}, 1000);\nawait new Promise(() => {});\n" } else { "setInterval(() => {}, 1000);\n" };
    match stop {
        Stop::Exit(code) => format!("process.exit({code});\n"),
        Stop::Throw => "throw new Error('stopped');\n".into(),
        Stop::Kill | Stop::Signal(_) | Stop::Timeout => format!("console.log('{MARKER}');\nglobalThis.stopping = true;\n{wait}"),
        Stop::CpuLimit => "for (;;) {}\n".into(),
        Stop::HeapLimit => "const hoard = [];\nfor (;;) hoard.push(new Array(100000).fill(1));\n".into(),
    }
}

/// Runs the graphs (written at `mains`) at once, each with its host action at its marker.
pub fn run(graphs: &[Graph], mains: &[PathBuf]) -> Vec<Outcome> {
    let runs = graphs.iter().zip(mains).map(|(g, main)| (g.config(main).map_err(|e| format!("cannot read the graph: {e}")), g.actions())).collect();
    crate::schedule::run_at_once(runs)
}

/// Writes each graph under `dir`, runs each alone and then all together, and lists every
/// instance that ended other than its stop explains or than it ends alone.
pub fn check(graphs: &[Graph], dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut mains = Vec::new();
    for (i, g) in graphs.iter().enumerate() {
        match g.write(&dir.join(format!("g{i}"))) {
            Ok(main) => mains.push(main),
            Err(e) => return vec![format!("cannot write graph {i}: {e}")],
        }
    }
    let solo: Vec<Outcome> = graphs.iter().zip(&mains).map(|(g, m)| run(std::slice::from_ref(g), std::slice::from_ref(m)).remove(0)).collect();
    let together = run(graphs, &mains);
    for (i, ((alone, among), g)) in solo.iter().zip(&together).zip(graphs).enumerate() {
        if let Err(e) = g.explains(alone) {
            problems.push(format!("graph {i} alone: {e}\n{g:?}"));
        }
        let diff = harness::judge::check_solo(alone, among);
        if !diff.is_empty() {
            problems.push(format!("graph {i} among others: {}\n{g:?}", diff.join("; ")));
        }
    }
    problems
}
