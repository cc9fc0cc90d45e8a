//! An instance: one OS thread, one isolate, one context, one event loop.
//!
//! [`spawn`] starts the thread and returns an [`InstanceHandle`]. The thread waits for its
//! blob's phase (phase.rs), has its [`JsRuntime`] built and booted, reports at the start gate,
//! arms its limits, then runs the main script and the event loop (event_loop.rs) until the
//! instance ends, and makes its [`Outcome`].

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::config::InstanceConfig;
use crate::control::{Activity, Control, Killer};
use crate::exit_code::ExitCode;
use crate::outcome::{ExitCause, Outcome};
use crate::runtime::JsRuntime;
use crate::signal::Signal;

/// An instance's id; also its `process.pid`.
pub type InstanceId = u64;

/// Instance ids are unique within the process, starting at 1 (id 0 is the snapshot builder).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Makes `id` the next instance's id: a zygote's forked child gives its one instance the
/// process's real pid (zygote/child.rs), where every copy of the zygote's counter would agree.
pub(crate) fn set_next_id(id: InstanceId) {
    NEXT_ID.store(id, Ordering::Relaxed);
}

/// Stack size of an instance thread. V8's own stack guard (984 KiB) trips long before this.
pub(crate) const INSTANCE_STACK_BYTES: usize = 4 << 20;

/// Why an instance could not be started at all.
#[derive(Debug, thiserror::Error)]
pub enum SpawnError {
    /// The OS refused another thread.
    #[error("cannot start a thread for instance {id}: {source}")]
    Thread {
        /// The id the instance would have had.
        id: InstanceId,
        /// The OS error.
        source: std::io::Error,
    },
}

/// The host's handle on a running instance.
pub struct InstanceHandle {
    control: Arc<Control>,
    thread: JoinHandle<Outcome>,
    started: Instant,
}

impl std::fmt::Debug for InstanceHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstanceHandle").field("id", &self.control.id).field("activity", &self.control.activity()).finish()
    }
}

/// Starts an instance on its own thread.
pub fn spawn(config: InstanceConfig) -> Result<InstanceHandle, SpawnError> {
    start(config, None, None)
}

/// Starts an instance as a child of the instance `parent` (child_process.fork): the parent
/// records it, and waits for it when the parent itself has ended. Returns the child's id.
pub(crate) fn spawn_child(
    config: InstanceConfig,
    parent: &Arc<Control>,
    stdio: crate::ipc::Stdio,
    advanced: bool,
    stdin_piped: bool,
    slot: crate::ipc::ForkSlot,
) -> Result<InstanceId, SpawnError> {
    let link = crate::ipc::ParentLink { parent: parent.clone(), stdio, advanced, stdin_piped };
    let handle = start(config, Some(link), Some(slot))?;
    let id = handle.control.id;
    parent.children().add(crate::ipc::ChildEntry { control: handle.control, thread: Some(handle.thread) });
    Ok(id)
}

fn start(config: InstanceConfig, parent: Option<crate::ipc::ParentLink>, slot: Option<crate::ipc::ForkSlot>) -> Result<InstanceHandle, SpawnError> {
    let control = new_control(&config, parent);
    let id = control.id;
    let started = Instant::now();
    let thread_control = control.clone();
    let thread = std::thread::Builder::new()
        .name(format!("instance-{id}"))
        .stack_size(INSTANCE_STACK_BYTES)
        .spawn(move || {
            // A forked child holds its place until its thread is done.
            let _slot = slot;
            run(config, thread_control, started, None)
        })
        .map_err(|source| SpawnError::Thread { id, source })?;
    Ok(InstanceHandle { control, thread, started })
}

/// A new instance's control, under the next id (V8 initialised first), linked to its parent.
fn new_control(config: &InstanceConfig, parent: Option<crate::ipc::ParentLink>) -> Arc<Control> {
    crate::platform::init();
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let control = Arc::new(Control::new(id, config.echo_output));
    if let Some(link) = parent {
        control.set_parent(link);
    }
    #[cfg(feature = "mutants")]
    if crate::mutants::selected().is_some() {
        crate::control::STARTED.note(&control);
    }
    control
}

impl InstanceHandle {
    /// The instance's id (its `process.pid`).
    pub fn id(&self) -> InstanceId {
        self.control.id
    }

    /// Ends the instance: exit code 137, cause `Killed`, even inside `while(true){}`.
    pub fn kill(&self) {
        self.killer().kill();
    }

    /// Arms a wall-clock timeout from now: unless the instance ends first, it ends with
    /// `ExitCause::TimedOut` (exit code 137) once `timeout` has passed. For hosts that start
    /// the clock at a moment of their own choosing, such as a readiness marker.
    pub fn time_out_in(&self, timeout: Duration) {
        crate::watchdog::arm_timeout(&self.control, timeout);
    }

    /// A clonable capability to kill this instance from any thread.
    pub fn killer(&self) -> Killer {
        Killer { control: self.control.clone() }
    }

    /// Delivers a simulated signal: to the instance's listener if it has one (on its loop,
    /// waking it if idle), else the signal's default action ends it at once (exit code
    /// 128 + signal number), as for a real process.
    pub fn signal(&self, signal: Signal) {
        self.control.deliver_signal(signal);
    }

    /// Blocks until the instance's stdout contains `text`; false if it ended first.
    pub fn wait_for_stdout(&self, text: &str) -> bool {
        self.control.wait_for_stdout(text, None)
    }

    /// As [`InstanceHandle::wait_for_stdout`], but gives up (false) at `deadline`.
    pub fn wait_for_stdout_until(&self, text: &str, deadline: Instant) -> bool {
        self.control.wait_for_stdout(text, Some(deadline))
    }

    /// Waits for the instance's outcome until `deadline`. An instance still running then is
    /// handed back, so that the caller can say what it was doing and give up on it (dropping
    /// the handle leaves its thread running, detached, until the process ends).
    pub fn join_by(self, deadline: Instant) -> Result<Outcome, InstanceHandle> {
        if self.control.wait_finished_until(deadline) {
            Ok(self.join())
        } else {
            Err(self)
        }
    }

    /// Whether the instance has ended (its thread may still be tidying up).
    pub fn is_ended(&self) -> bool {
        self.control.is_ended()
    }

    /// What the instance is doing now, for reports on an instance that has not ended.
    pub fn activity(&self) -> Activity {
        self.control.activity()
    }

    /// Everything the instance has written so far: (stdout, stderr), lossily decoded.
    pub fn output_so_far(&self) -> (String, String) {
        self.control.peek_output()
    }

    /// Waits for the instance to end and returns its outcome. Never panics: an engine
    /// failure inside the instance is reported as `ExitCause::EngineFault`.
    pub fn join(self) -> Outcome {
        let id = self.control.id;
        match self.thread.join() {
            Ok(outcome) => outcome,
            Err(panic) => {
                let output = self.control.take_output();
                Outcome {
                    id,
                    exit_code: ExitCode::EngineFault.code(),
                    cause: ExitCause::EngineFault { message: panic_message(&panic) },
                    stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
                    stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
                    wall_time: self.started.elapsed(),
                    cpu_time: Duration::ZERO,
                    children: Vec::new(),
                }
            }
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the engine panicked".into())
}

/// An isolate and its context built before their instance, on the thread that will run it: a
/// zygote's, made before it forked, so that its children skip restoring either
/// (zygote/server.rs). No JavaScript has run in them, but restoring the context made the
/// isolate's random generator, the same in every child: so each child seeds the context's
/// `Math.random()` afresh before anything runs ([`Prebuilt::seeded`]).
pub(crate) struct Prebuilt {
    /// The context, restored from the blob's default context. Declared first: dropped first.
    context: v8::Global<v8::Context>,
    /// The isolate, restored from the instance's blob (the base, or its snapshot), entered on
    /// this thread.
    isolate: v8::OwnedIsolate,
    /// The child's own seed for the context's `Math.random()` (never 0).
    math_random_seed: Option<i32>,
}

impl Prebuilt {
    /// Restores an isolate and its context from `blob`, on this thread.
    pub(crate) fn restore(blob: v8::StartupData) -> Prebuilt {
        let mut isolate = crate::runtime::new_isolate(blob, None);
        let context = {
            v8::scope!(let scope, &mut isolate);
            let context = v8::Context::new(scope, Default::default());
            v8::Global::new(scope, context)
        };
        Prebuilt { context, isolate, math_random_seed: None }
    }

    /// The same, to be seeded with `seed` (not 0) before its instance runs.
    pub(crate) fn seeded(self, seed: i32) -> Prebuilt {
        Prebuilt { math_random_seed: Some(seed), ..self }
    }
}

/// Runs an instance on this thread (a zygote's child has no other work), from `prebuilt` when
/// the configuration can use it (no heap limit; the isolate is of the config's blob, which the
/// zygote guarantees). `on_control` gets the instance's control before anything runs (to route
/// real signals to it).
pub(crate) fn run_here(config: InstanceConfig, prebuilt: Option<Prebuilt>, on_control: impl FnOnce(&Arc<Control>)) -> Outcome {
    let control = new_control(&config, None);
    on_control(&control);
    run(config, control, Instant::now(), prebuilt)
}

/// The instance thread's body.
fn run(config: InstanceConfig, control: Arc<Control>, started: Instant, prebuilt: Option<Prebuilt>) -> Outcome {
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| run_isolate(&config, &control, started, prebuilt)));
    if let Err(panic) = result {
        control.end(ExitCause::EngineFault { message: panic_message(&*panic) }, ExitCode::EngineFault.code());
    }
    if control.ending().is_none() {
        control.end(ExitCause::EngineFault { message: "the instance stopped without an ending".into() }, ExitCode::EngineFault.code());
    }
    let ending = control.ending().unwrap_or_else(|| crate::control::Ending {
        cause: ExitCause::EngineFault { message: "the instance stopped without an ending".into() },
        code: ExitCode::EngineFault.code(),
    });
    // Its CPU time is its own thread's, read before it waits for its children.
    let cpu_time = crate::host::CpuClock::current_thread().and_then(|c| c.read()).unwrap_or_default();
    // Its parent hears that it exited; its children, that the channel closed; then they are
    // waited for, so that no instance of the tree is left running unjoined.
    let children = crate::ipc::finish_family(&control);
    let output = control.take_output();
    let outcome = Outcome {
        id: control.id,
        exit_code: ending.code,
        cause: ending.cause,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        wall_time: started.elapsed(),
        cpu_time,
        children,
    };
    control.mark_finished();
    outcome
}

fn run_isolate(config: &InstanceConfig, control: &Arc<Control>, started: Instant, prebuilt: Option<Prebuilt>) {
    // Every instance starts from a snapshot: its own, or the engine's base (built once, the
    // first time it is needed, before this instance takes a phase).
    let base = match crate::snapshot::base() {
        Ok(base) => base,
        Err(message) => {
            let message = format!("the engine's base snapshot does not build: {message}");
            control.end(ExitCause::EngineFault { message }, ExitCode::EngineFault.code());
            if let Some(gate) = config.start_gate.as_deref() {
                gate.arrive();
            }
            return;
        }
    };
    // Isolates of different startup blobs never live at the same time (see phase.rs).
    // An instance that must wait for its phase reports at the start gate first: it cannot be
    // alive together with the others, and nobody should wait for it to be.
    let blob = config.snapshot.as_ref().map_or(crate::phase::Blob::Default, |s| s.phase());
    let gate = config.start_gate.as_deref();
    let mut arrived = false;
    let phase = crate::phase::enter(blob, control.parent_link().is_some(), || control.is_ended(), || {
        control.set_activity(Activity::WaitingForPhase);
        if let Some(gate) = gate {
            gate.arrive();
        }
        arrived = true;
    });
    control.set_activity(Activity::Starting);
    let Some(_phase) = phase else {
        // Ended while waiting: no isolate was made.
        if let (Some(gate), false) = (gate, arrived) {
            gate.arrive();
        }
        return;
    };
    let (mut runtime, prebuilt_context, math_random_seed) = match prebuilt {
        Some(Prebuilt { context, isolate, math_random_seed }) if config.heap_limit.is_none() => {
            (JsRuntime::from_isolate(isolate, config, control, started), Some(context), math_random_seed)
        }
        unusable => {
            // A copy of the zygote's isolate that this child cannot use: left as it is (its
            // pages are the zygote's until written), never disposed.
            std::mem::forget(unusable);
            (JsRuntime::new(config, base, control, started), None, None)
        }
    };
    let in_a_zygote_child = prebuilt_context.is_some();
    let _live = crate::gate::LiveGuard::enter();
    run_context(&mut runtime, prebuilt_context, math_random_seed, config, control, arrived);
    if in_a_zygote_child {
        // Its process exits right after: tearing the isolate down would only free every object
        // (copying the zygote's pages on the way, for a warm heap most of the child's time)
        // for the kernel to discard anyway. Its phase is kept as long as the isolate lives.
        runtime.leak();
        std::mem::forget(_phase);
    }
}

/// Makes (or adopts) the instance's context, then boots, restores and runs it.
fn run_context(
    runtime: &mut JsRuntime,
    prebuilt_context: Option<v8::Global<v8::Context>>,
    math_random_seed: Option<i32>,
    config: &InstanceConfig,
    control: &Arc<Control>,
    arrived: bool,
) {
    let gate = config.start_gate.as_deref();
    let state = runtime.state().clone();
    v8::scope!(let scope, runtime.isolate());
    let context = match &prebuilt_context {
        Some(context) => v8::Local::new(scope, context),
        None => v8::Context::new(scope, Default::default()),
    };
    let scope = &mut v8::ContextScope::new(scope, context);
    let booted = crate::runtime::adopt(scope);
    if let (Some(seed), true) = (math_random_seed, booted) {
        crate::runtime::seed_math_random(scope, seed);
    }
    // Every instance reports at the gate, even one already ended, so that nobody waits
    // for an arrival that will never come.
    if let Some(gate) = gate {
        control.set_activity(Activity::AtGate);
        if !arrived {
            gate.arrive();
        }
        gate.wait_open_unless(|| control.is_ended());
    }
    control.set_activity(Activity::Running);
    // The clocks start as the script is about to run: building the isolate and booting
    // it is the host's work, and under load it must not eat the script's budget.
    if let Some(timeout) = config.timeout {
        let due = crate::watchdog::arm_timeout(control, timeout);
        if config.idle_to_timeout && config.cpu_limit.is_none() {
            control.end_idle_waits_past(due);
        }
    }
    if let Some(limit) = config.cpu_limit {
        if !crate::watchdog::arm_cpu_limit(control, limit) {
            let message = "the instance thread has no CPU clock: its CPU limit cannot be enforced".into();
            control.end(ExitCause::EngineFault { message }, ExitCode::EngineFault.code());
        }
    }
    if booted {
        // The instance's own identity (pid, argv, clocks), then a warm-up's deserialize main.
        crate::event_loop::restore(scope, config, false);
        crate::event_loop::run_main(scope, config);
        crate::event_loop::run(scope, &state);
    } else if !control.is_ended() {
        control.end(ExitCause::EngineFault { message: "the runtime did not boot".into() }, ExitCode::EngineFault.code());
    }
}
