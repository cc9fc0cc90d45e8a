//! bulkhead's engine: a compact JavaScript runtime on V8 in which one process hosts many
//! independent *instances*.
//!
//! An instance is one OS thread owning one V8 isolate, one context and one event loop. Every
//! way an instance can end — `process.exit`, an uncaught exception, a drained loop, a host
//! `kill`, a timeout, a simulated signal, running out of heap — is confined to that instance:
//! it terminates that isolate and breaks that loop, and nothing else in the process notices.
//!
//! The entry point is [`spawn`]: give it an [`InstanceConfig`], get an [`InstanceHandle`] whose
//! [`InstanceHandle::join`] yields the instance's [`Outcome`].
//!
//! What this crate is not: a scheduler or a judge of outcomes (that is `bulkhead-harness`), nor a
//! full Node.js. It implements the parts of Node's process model that decide how an instance
//! lives and dies — `process`, exit codes, timers, ticks, microtasks, rejections, signals, env —
//! with Node 20's semantics, checked against the real `node` by the conformance tests.

// Leaves: they depend on nothing above them.
mod config;
mod env;
mod exit_code;
mod gate;
mod host;
pub mod mutants;
mod outcome;
mod phase;
mod platform;
mod signal;
// The cross-thread half of an instance, and what acts on it from other threads.
mod control;
mod ipc;
mod limits;
mod watchdog;
// The isolate's state, calling into JavaScript, and the ops it calls back.
mod bindings;
mod builtins;
mod js;
mod modules;
mod report;
mod state;
mod uncaught;
// Owning an isolate (runtime), serialising one (snapshot), and an instance's life.
mod event_loop;
mod instance;
mod runtime;
mod snapshot;
// Instances as real processes forked from a zygote, above everything else.
pub mod zygote;

pub use config::{InstanceConfig, ScriptSource};
pub use exit_code::ExitCode;
pub use control::{Activity, Killer};
pub use gate::{live_instances, peak_live_instances, reset_peak, StartGate};
pub use instance::{spawn, InstanceHandle, InstanceId, SpawnError};
pub use outcome::{ChildOutcome, ExitCause, Outcome};
pub use signal::{DefaultAction, Signal, UnknownSignal};
pub use snapshot::{build as build_snapshot, BuildLog, Snapshot, SnapshotError, FORMAT_VERSION as SNAPSHOT_FORMAT_VERSION};

/// The Node.js release whose process semantics the engine reproduces (and reports as
/// `process.version`).
pub const NODE_COMPAT_VERSION: &str = "v20.20.2";

/// The version of this engine, recorded in snapshot headers and reports.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The exit code of an instance ended by the host's `kill()`, a timeout or a CPU limit: that
/// of a process killed by SIGKILL (128 + 9).
pub const KILLED_EXIT_CODE: i32 = ExitCode::Killed.code();

/// The exit code of an instance the engine itself failed (`ExitCause::EngineFault`).
pub const ENGINE_FAULT_EXIT_CODE: i32 = ExitCode::EngineFault.code();

/// Initialises V8 for this process (done by `spawn` anyway; for embedders and benches that
/// create raw isolates next to instances). Idempotent and thread-safe.
pub fn init() {
    platform::init();
}

/// The version string of the linked V8.
pub fn v8_version() -> &'static str {
    v8::V8::get_version()
}
