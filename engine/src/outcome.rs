//! How an instance ended: the [`Outcome`] returned by `InstanceHandle::join`, and its
//! [`ExitCause`]. An instance's failure is data here, never a panic in the host.

use std::time::Duration;

use crate::signal::Signal;

/// Why an instance ended.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExitCause {
    /// `process.exit()` (or `process.reallyExit()`) was called.
    Exited,
    /// The event loop ran out of referenced work and `'beforeExit'` scheduled no more.
    Drained,
    /// An exception (or an unhandled promise rejection, in Node 20's default mode) reached the
    /// top without being handled. `message` is `String(error)`; `stack` is `error.stack` when
    /// the thrown value had one.
    UncaughtException {
        /// `String(error)`.
        message: String,
        /// `error.stack`, when the thrown value carried a string stack.
        stack: Option<String>,
    },
    /// The host called `kill()`.
    Killed,
    /// The instance outlived its configured wall-clock timeout.
    TimedOut,
    /// The instance used more CPU time than its configured CPU limit.
    CpuLimit,
    /// A signal's default action ended the instance (no listener, or SIGKILL).
    Signaled {
        /// The signal delivered.
        signal: Signal,
    },
    /// The instance exceeded its heap limit.
    OutOfMemory,
    /// The script could not be started: it does not compile, or the snapshot it needs is
    /// unusable.
    StartupError {
        /// What went wrong, e.g. `SyntaxError: Unexpected token ';'`.
        message: String,
    },
    /// The engine itself failed while running this instance (a bug in bulkhead, reported as
    /// data so that the host and the other instances go on).
    EngineFault {
        /// What the engine reported.
        message: String,
    },
}

impl ExitCause {
    /// A short stable name for tables and scenario files: `exited`, `drained`, `uncaught`, ...
    pub fn kind(&self) -> &'static str {
        match self {
            ExitCause::Exited => "exited",
            ExitCause::Drained => "drained",
            ExitCause::UncaughtException { .. } => "uncaught",
            ExitCause::Killed => "killed",
            ExitCause::TimedOut => "timed_out",
            ExitCause::CpuLimit => "cpu_limit",
            ExitCause::Signaled { .. } => "signaled",
            ExitCause::OutOfMemory => "out_of_memory",
            ExitCause::StartupError { .. } => "startup_error",
            ExitCause::EngineFault { .. } => "engine_fault",
        }
    }
}

/// Everything observable about how one instance ran.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    /// The instance's id (its `process.pid`).
    pub id: u64,
    /// The exit status a shell would report for an equivalent process: 0–255.
    pub exit_code: i32,
    /// Why it ended.
    pub cause: ExitCause,
    /// Everything the instance wrote to its stdout.
    pub stdout: String,
    /// Everything the instance wrote to its stderr.
    pub stderr: String,
    /// Wall-clock time from spawn to end.
    #[serde(with = "duration_ms")]
    pub wall_time: Duration,
    /// CPU time the instance's thread used, from spawn to end (building and booting the
    /// isolate included; a CPU limit counts only from the script's start).
    #[serde(with = "duration_ms", default)]
    pub cpu_time: Duration,
    /// Every instance it forked, and theirs (children first, each followed by its own
    /// descendants): an instance tree has one outcome.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildOutcome>,
}

/// How one descendant of an instance ended (its output went where its stdio pointed).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChildOutcome {
    /// The child's id (its `process.pid`, what its parent saw as `child.pid`).
    pub id: u64,
    /// The id of the instance that forked it.
    pub parent: u64,
    /// Its exit status.
    pub exit_code: i32,
    /// Why it ended.
    pub cause: ExitCause,
}

mod duration_ms {
    use std::time::Duration;

    pub fn serialize<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.as_secs_f64() * 1000.0)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let ms: f64 = serde::Deserialize::deserialize(d)?;
        Ok(Duration::from_secs_f64((ms / 1000.0).max(0.0)))
    }
}
