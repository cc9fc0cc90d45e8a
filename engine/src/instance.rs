//! An instance: one OS thread, one isolate, one context, one event loop.
//!
//! [`spawn`] starts the thread and returns an [`InstanceHandle`]. The thread creates the
//! isolate, runs the bootstrap (engine/src/js/bootstrap.js) and the user's script, then drives
//! the loop: signals, timers, immediates, `'beforeExit'`, `'exit'`. Every step first checks
//! whether the instance has ended; once it has, no more JavaScript of it runs (loop break), and
//! any JavaScript still on the stack was stopped by `TerminateExecution`.

use std::panic::AssertUnwindSafe;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::config::InstanceConfig;
use crate::control::{Activity, Control, Killer};
use crate::env::EnvOverlay;
use crate::js::{self, Ret};
use crate::outcome::{ExitCause, Outcome};
use crate::signal::{DefaultAction, Signal};
use crate::state::InstanceState;

/// An instance's id; also its `process.pid`.
pub type InstanceId = u64;

/// Instance ids are unique within the process, starting at 1 (id 0 is the snapshot builder).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

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
    crate::platform::init();
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let control = Arc::new(Control::new(id, config.echo_output));
    #[cfg(feature = "mutants")]
    if crate::mutants::selected().is_some() {
        crate::mutants::shared::note_started(&control);
    }
    let started = Instant::now();
    let thread_control = control.clone();
    let thread = std::thread::Builder::new()
        .name(format!("instance-{id}"))
        .stack_size(INSTANCE_STACK_BYTES)
        .spawn(move || run(config, thread_control, started))
        .map_err(|source| SpawnError::Thread { id, source })?;
    Ok(InstanceHandle { control, thread, started })
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
        deliver_signal(&self.control, signal);
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
                    exit_code: crate::ENGINE_FAULT_EXIT_CODE,
                    cause: ExitCause::EngineFault { message: panic_message(&panic) },
                    stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
                    stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
                    wall_time: self.started.elapsed(),
                    cpu_time: Duration::ZERO,
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

/// Routes a signal to `control`'s instance (see [`InstanceHandle::signal`]).
pub(crate) fn deliver_signal(control: &Control, signal: Signal) {
    #[cfg(feature = "mutants")]
    if crate::mutants::active(crate::mutants::Mutant::MisroutedSignal) {
        if let Some(other) = crate::mutants::shared::newest_other(control) {
            return route_signal(&other, signal);
        }
    }
    route_signal(control, signal)
}

fn route_signal(control: &Control, signal: Signal) {
    if signal != Signal::Kill && control.is_listening(signal) {
        control.push_signal(signal);
        return;
    }
    match signal.default_action() {
        DefaultAction::Terminate => {
            control.end(ExitCause::Signaled { signal }, signal.exit_code());
        }
        DefaultAction::Ignore => {}
        // Node reserves SIGUSR1 for its inspector: without a listener it starts the debugger
        // and carries on. The loop reports that instead of ending the instance.
        DefaultAction::StartDebugger => control.push_signal(signal),
    }
}

/// The instance thread's body.
fn run(config: InstanceConfig, control: Arc<Control>, started: Instant) -> Outcome {
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| run_isolate(&config, &control, started)));
    if let Err(panic) = result {
        control.end(ExitCause::EngineFault { message: panic_message(&*panic) }, crate::ENGINE_FAULT_EXIT_CODE);
    }
    let ending = control.ending().unwrap_or_else(|| crate::control::Ending {
        cause: ExitCause::EngineFault { message: "the instance stopped without an ending".into() },
        code: crate::ENGINE_FAULT_EXIT_CODE,
    });
    let output = control.take_output();
    let outcome = Outcome {
        id: control.id,
        exit_code: ending.code,
        cause: ending.cause,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        wall_time: started.elapsed(),
        cpu_time: crate::host::CpuClock::current_thread().and_then(|c| c.read()).unwrap_or_default(),
    };
    control.mark_finished();
    outcome
}

fn run_isolate(config: &InstanceConfig, control: &Arc<Control>, started: Instant) {
    // Isolates of different startup blobs never live at the same time (see phase.rs).
    // An instance that must wait for its phase reports at the start gate first: it cannot be
    // alive together with the others, and nobody should wait for it to be.
    let blob = config.snapshot.as_ref().map_or(crate::phase::Blob::Default, |s| s.phase());
    let gate = config.start_gate.as_deref();
    let mut arrived = false;
    let phase = crate::phase::enter(blob, || control.is_ended(), || {
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
    let mut params = v8::CreateParams::default();
    if let Some(limit) = config.heap_limit {
        params = params.heap_limits(0, limit);
    }
    // Every isolate gets the same external-references table, snapshot or not.
    params = params.external_references(std::borrow::Cow::Borrowed(crate::snapshot::external_references()));
    if let Some(snapshot) = &config.snapshot {
        params = params.snapshot_blob(v8::StartupData::from(snapshot.blob().to_vec()));
    }
    let mut isolate = v8::Isolate::new(params);
    let _live = crate::gate::LiveGuard::enter();
    let state = prepare_isolate(&mut isolate, config, control, started);
    {
        v8::scope!(let scope, &mut isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let booted = match &config.snapshot {
            Some(_) => adopt_snapshot_hooks(scope).is_some(),
            None => bootstrap(scope, config, false).is_some(),
        };
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
            crate::watchdog::arm_timeout(control, timeout);
        }
        if let Some(limit) = config.cpu_limit {
            if !crate::watchdog::arm_cpu_limit(control, limit) {
                control.end(ExitCause::EngineFault { message: "the instance thread has no CPU clock: its CPU limit cannot be enforced".into() }, crate::ENGINE_FAULT_EXIT_CODE);
            }
        }
        if booted {
            if config.snapshot.is_some() {
                restore(scope, config);
            }
            run_main(scope, config);
            event_loop(scope, &state);
        } else if !control.is_ended() {
            control.end(ExitCause::EngineFault { message: "the bootstrap script failed".into() }, crate::ENGINE_FAULT_EXIT_CODE);
        }
    }
    control.detach_isolate();
    // Globals of this isolate must go before the isolate does.
    state.hooks.borrow_mut().take();
    state.statics.clear();
    drop(isolate);
}

/// Everything an isolate needs before its context exists: the control link, Node's
/// microtask policy, the rejection tracker, the heap-limit callback and its state slot.
pub(crate) fn prepare_isolate(
    isolate: &mut v8::OwnedIsolate,
    config: &InstanceConfig,
    control: &Arc<Control>,
    started: Instant,
) -> Rc<InstanceState> {
    control.attach_isolate(isolate.thread_safe_handle());
    isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    isolate.set_promise_reject_callback(promise_reject_callback);
    crate::limits::install(isolate, control);
    let state = Rc::new(InstanceState {
        control: control.clone(),
        started,
        hooks: Default::default(),
        env: std::cell::RefCell::new(EnvOverlay::new(config.env.clone())),
        statics: Default::default(),
    });
    isolate.set_slot(state.clone());
    state
}

/// A restored isolate: take the bootstrap hooks the snapshot kept as context data.
fn adopt_snapshot_hooks(scope: &mut v8::PinScope) -> Option<()> {
    let state = InstanceState::get(scope);
    let hooks = scope.get_context_data_from_snapshot_once::<v8::Object>(crate::snapshot::HOOKS_INDEX).ok()?;
    *state.hooks.borrow_mut() = Some(v8::Global::new(scope, hooks));
    Some(())
}

/// Gives a restored instance its own identity, then runs the warm-up's deserialize
/// callbacks and main function.
fn restore(scope: &mut v8::PinScope, config: &InstanceConfig) {
    let state = InstanceState::get(scope);
    let info = serde_json::to_string(&boot_info(config, &state, false)).ok();
    let info = info.and_then(|i| v8::String::new(scope, &i)).and_then(|i| v8::json::parse(scope, i));
    if let Some(info) = info {
        js::call_hook(scope, "restore", &[info]);
        after_macrotask(scope);
    }
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct BootInfo {
    argv: Vec<String>,
    exec_path: String,
    pid: u64,
    ppid: u32,
    cwd: String,
    node_version: &'static str,
    v8_version: &'static str,
    engine_version: &'static str,
    platform: &'static str,
    arch: &'static str,
    hrtime_base_ns: f64,
    time_origin_ms: f64,
    credentials: &'static crate::host::Credentials,
    building_snapshot: bool,
    /// The planted leak this run has, if any (see mutants.rs); always null in normal builds.
    mutant: Option<&'static str>,
}

fn boot_info(config: &InstanceConfig, state: &InstanceState, building_snapshot: bool) -> BootInfo {
    let exec_path = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "bulkhead".into());
    let mut argv = vec![exec_path.clone()];
    if let Some(script) = &config.script {
        argv.push(script.file_name.to_string_lossy().into_owned());
    }
    argv.extend(config.args.iter().cloned());
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let epoch = *EPOCH.get_or_init(Instant::now);
    BootInfo {
        argv,
        exec_path,
        pid: if crate::mutants::active(crate::mutants::Mutant::SharedPid) { u64::from(std::process::id()) } else { state.control.id },
        ppid: std::process::id(),
        cwd: std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into()),
        node_version: crate::NODE_COMPAT_VERSION,
        v8_version: v8::V8::get_version(),
        engine_version: crate::ENGINE_VERSION,
        platform: crate::modules::os::node_platform(),
        arch: crate::modules::os::node_arch(),
        hrtime_base_ns: epoch.elapsed().as_nanos() as f64,
        time_origin_ms: time_origin_ms(state),
        credentials: crate::host::credentials(),
        building_snapshot,
        mutant: crate::mutants::selected().map(|m| m.name),
    }
}

/// The wall-clock time (ms since the Unix epoch) at which the instance started:
/// `performance.timeOrigin`.
fn time_origin_ms(state: &InstanceState) -> f64 {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    since_epoch.as_secs_f64() * 1000.0 - state.now_ms()
}

/// One of the engine's own scripts (bootstrap.js, globals.js) and its code cache: made by
/// the first isolate that runs the script, then handed to every later one, so that V8 neither
/// parses nor compiles the engine's JavaScript again per instance.
struct EngineScript {
    source: &'static str,
    name: &'static str,
    cache: OnceLock<Box<[u8]>>,
}

/// How many times V8 refused one of the engine's code caches.
static CODE_CACHE_REJECTIONS: AtomicU64 = AtomicU64::new(0);

static BOOTSTRAP_JS: EngineScript =
    EngineScript { source: include_str!("js/bootstrap.js"), name: "bulkhead:bootstrap.js", cache: OnceLock::new() };
static GLOBALS_JS: EngineScript =
    EngineScript { source: include_str!("js/globals.js"), name: "bulkhead:globals.js", cache: OnceLock::new() };

impl EngineScript {
    /// Compiles the script (from its code cache when there is one) and runs it; it evaluates
    /// to a function, returned with the script for [`EngineScript::keep_cache`].
    fn factory<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        use_cache: bool,
    ) -> Option<(v8::Local<'s, v8::Function>, v8::Local<'s, v8::Script>)> {
        let source = v8::String::new(scope, self.source)?;
        let name = v8::String::new(scope, self.name)?;
        let origin = script_origin(scope, name.into());
        let cached = if use_cache { self.cache.get() } else { None };
        let script = match cached {
            Some(bytes) => {
                let data = v8::script_compiler::CachedData::new(bytes);
                let mut source = v8::script_compiler::Source::new_with_cached_data(source, Some(&origin), data);
                let script = v8::script_compiler::compile(
                    scope,
                    &mut source,
                    v8::script_compiler::CompileOptions::ConsumeCodeCache,
                    v8::script_compiler::NoCacheReason::NoReason,
                )?;
                // A rejected cache (it should not be, within one process) only costs a normal
                // compile; it is counted so that tests notice.
                if source.get_cached_data().is_some_and(|d| d.rejected()) {
                    CODE_CACHE_REJECTIONS.fetch_add(1, Ordering::Relaxed);
                }
                script
            }
            None => v8::Script::compile(scope, source, Some(&origin))?,
        };
        let function = v8::Local::<v8::Function>::try_from(script.run(scope)?).ok()?;
        Some((function, script))
    }

    /// After the script's functions have run once (so the cache holds them compiled too),
    /// keeps its code cache for the isolates to come, unless one is kept already.
    fn keep_cache(&self, scope: &mut v8::PinScope, script: v8::Local<v8::Script>) {
        if self.cache.get().is_some() {
            return;
        }
        if let Some(data) = script.get_unbound_script(scope).create_code_cache() {
            let _ = self.cache.set(data.to_vec().into_boxed_slice());
        }
    }
}

/// Runs bootstrap.js (handing it globals.js to install the Web globals) and stores the
/// hooks it returns.
pub(crate) fn bootstrap(scope: &mut v8::PinScope, config: &InstanceConfig, building_snapshot: bool) -> Option<()> {
    let state = InstanceState::get(scope);
    let info = serde_json::to_string(&boot_info(config, &state, building_snapshot)).ok()?;
    let native = crate::ops::install(scope, "native")?;
    let info = v8::String::new(scope, &info)?;
    let info = v8::json::parse(scope, info)?;
    // A snapshot's creator isolate neither uses nor makes the caches.
    let use_cache = !building_snapshot;
    let (install_globals, globals_script) = GLOBALS_JS.factory(scope, use_cache)?;
    let (factory, bootstrap_script) = BOOTSTRAP_JS.factory(scope, use_cache)?;
    let recv = v8::undefined(scope).into();
    let hooks = factory.call(scope, recv, &[native.into(), info, install_globals.into()])?;
    let hooks = hooks.to_object(scope)?;
    if use_cache {
        GLOBALS_JS.keep_cache(scope, globals_script);
        BOOTSTRAP_JS.keep_cache(scope, bootstrap_script);
    }
    *state.hooks.borrow_mut() = Some(v8::Global::new(scope, hooks));
    Some(())
}

fn script_origin<'s>(scope: &v8::PinScope<'s, '_>, name: v8::Local<'s, v8::Value>) -> v8::ScriptOrigin<'s> {
    v8::ScriptOrigin::new(scope, name, 0, 0, false, 0, None, false, false, false, None)
}

/// Compiles the user's script as a CommonJS function body and runs it through the
/// bootstrap's `runMain`. A script that does not compile ends the instance with
/// `StartupError`, exit code 1 and Node's report on stderr.
pub(crate) fn run_main(scope: &mut v8::PinScope, config: &InstanceConfig) {
    let state = InstanceState::get(scope);
    let Some(script) = &config.script else { return };
    let file_name = script.file_name.to_string_lossy().into_owned();
    let dir_name = script.file_name.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| ".".into());
    let compiled = compile_main(scope, &script.source, &file_name);
    let function = match compiled {
        Ok(f) => v8::Local::new(scope, f),
        Err(thrown) => {
            let Some((exception, message)) = thrown.into_locals(scope) else { return };
            let report = crate::report::fatal_report(scope, exception, message);
            crate::ops::write_output(&state, 2, &report.text);
            state.control.end(ExitCause::StartupError { message: report.message }, 1);
            return;
        }
    };
    let (Some(file_name), Some(dir_name)) = (v8::String::new(scope, &file_name), v8::String::new(scope, &dir_name)) else {
        return;
    };
    js::call_hook(scope, "runMain", &[function.into(), file_name.into(), dir_name.into()]);
    after_macrotask(scope);
}

fn compile_main(scope: &mut v8::PinScope, source: &str, file_name: &str) -> Result<v8::Global<v8::Function>, js::Thrown> {
    v8::tc_scope!(let tc, scope);
    let compiled = (|| {
        let source = v8::String::new(tc, source)?;
        let name = v8::String::new(tc, file_name)?;
        let origin = script_origin(tc, name.into());
        let mut source = v8::script_compiler::Source::new(source, Some(&origin));
        let params: Vec<v8::Local<v8::String>> = ["exports", "require", "module", "__filename", "__dirname"]
            .iter()
            .filter_map(|p| v8::String::new(tc, p))
            .collect();
        v8::script_compiler::compile_function(
            tc,
            &mut source,
            &params,
            &[],
            v8::script_compiler::CompileOptions::NoCompileOptions,
            v8::script_compiler::NoCacheReason::NoReason,
        )
    })();
    match compiled {
        Some(f) => Ok(v8::Global::new(tc, f)),
        None => Err(js::caught(tc)),
    }
}

/// After a macrotask threw and the exception was handled by an `'uncaughtException'`
/// listener, the tick queue still runs (Node keeps the loop going).
fn after_macrotask(scope: &mut v8::PinScope) {
    let state = InstanceState::get(scope);
    if !state.control.is_ended() {
        js::call_hook(scope, "tick", &[]);
    }
}

/// The event loop: one iteration delivers pending signals, runs expired timers, then
/// immediates; when no referenced work is left it emits `'beforeExit'`, and if that schedules
/// nothing, `'exit'`.
/// How often an idle loop looks for tasks V8 posted while background work is outstanding.
const PLATFORM_POLL: Duration = Duration::from_millis(1);

fn event_loop(scope: &mut v8::PinScope, state: &InstanceState) {
    let control = &state.control;
    loop {
        v8::scope!(let scope, scope);
        if control.is_ended() {
            return;
        }
        deliver_pending_signals(scope, state);
        if control.is_ended() {
            return;
        }
        let now = v8::Number::new(scope, state.now_ms().floor()).into();
        // Node calls processTimers again after a handled exception, to run the rest.
        while js::call_hook(scope, "processTimers", &[now]).is_none() {
            if control.is_ended() {
                return;
            }
        }
        // Node's poll phase, between timers and immediates, is where its platform's tasks run.
        if crate::platform::run_posted_tasks(scope) {
            after_macrotask(scope);
            if control.is_ended() {
                return;
            }
        }
        if js::call_hook(scope, "processImmediates", &[]).is_none() {
            if control.is_ended() {
                return;
            }
            after_macrotask(scope);
            continue;
        }
        if !js::call_hook(scope, "isAlive", &[]).is_some_and(Ret::truthy) {
            if control.is_ended() {
                return;
            }
            js::call_hook(scope, "emitBeforeExit", &[]);
            if control.is_ended() {
                return;
            }
            if js::call_hook(scope, "isAlive", &[]).is_some_and(Ret::truthy) {
                continue;
            }
            break;
        }
        let mut wait = if js::call_hook(scope, "hasPendingImmediates", &[]).is_some_and(Ret::truthy) {
            Some(Duration::ZERO)
        } else {
            match js::call_hook(scope, "nextTimerExpiry", &[]) {
                Some(Ret::Number(expiry)) if expiry >= 0.0 => {
                    Some(Duration::from_secs_f64(((expiry - state.now_ms()) / 1000.0).max(0.0)))
                }
                _ => None,
            }
        };
        // V8 posts the end of its background work as a task nobody wakes the loop for: poll.
        if js::call_hook(scope, "hasPlatformWork", &[]).is_some_and(Ret::truthy) {
            wait = Some(wait.map_or(PLATFORM_POLL, |w| w.min(PLATFORM_POLL)));
        }
        if control.is_ended() {
            return;
        }
        control.wait(wait);
    }
    // The loop drained: 'exit' listeners run, then the instance ends with process.exitCode.
    js::call_hook(scope, "emitExit", &[]);
    if control.is_ended() {
        return;
    }
    let code = match js::process_object(scope) {
        Some(process) => js::exit_code_or(scope, process, 0),
        None => 0,
    };
    #[cfg(feature = "mutants")]
    let code = if crate::mutants::active(crate::mutants::Mutant::SharedExitCode) { crate::mutants::shared::exit_code(code) } else { code };
    control.end(ExitCause::Drained, code);
}

fn deliver_pending_signals(scope: &mut v8::PinScope, state: &InstanceState) {
    while let Some(signal) = state.control.pop_signal() {
        let Some(name) = v8::String::new(scope, signal.name()) else { return };
        match js::call_hook(scope, "deliverSignal", &[name.into()]) {
            Some(Ret::Bool(true)) => {}
            // No listener (any more): the default action applies.
            Some(_) => match signal.default_action() {
                DefaultAction::StartDebugger => crate::ops::write_output(
                    state,
                    2,
                    "Debugger listening on ws://127.0.0.1:9229/bulkhead\nFor help, see: https://nodejs.org/en/docs/inspector\n",
                ),
                DefaultAction::Ignore => {}
                DefaultAction::Terminate => {
                    state.control.end(ExitCause::Signaled { signal }, signal.exit_code());
                    return;
                }
            },
            None => {
                if state.control.is_ended() {
                    return;
                }
                after_macrotask(scope);
            }
        }
    }
}

/// V8 reports promise rejections without a handler (and handlers added later) here; the
/// bootstrap's tracker decides after the microtask queue drains whether they were unhandled.
extern "C" fn promise_reject_callback(message: v8::PromiseRejectMessage) {
    // SAFETY: V8 calls this with a live PromiseRejectMessage on the isolate's own thread,
    // inside that isolate; the scope is dropped before this function returns.
    v8::callback_scope!(unsafe let scope, &message);
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return;
    }
    let event = match message.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => 0,
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => 1,
        v8::PromiseRejectEvent::PromiseRejectAfterResolved => 2,
        v8::PromiseRejectEvent::PromiseResolveAfterResolved => 3,
    };
    let promise = message.get_promise();
    let value = message.get_value().unwrap_or_else(|| v8::undefined(scope).into());
    let Some(handler) = js::hook(scope, "promiseRejectHandler") else { return };
    let event = v8::Integer::new(scope, event).into();
    let recv = v8::undefined(scope).into();
    // The tracker is engine code; if it cannot run (the instance is terminating), there is
    // nothing left to track.
    let _ = js::call(scope, handler, recv, &[event, promise.into(), value]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ScriptSource;

    #[test]
    fn the_engine_scripts_code_caches_are_made_once_and_accepted_after() {
        let run = || {
            let config = InstanceConfig::new(ScriptSource::new("console.log(typeof Buffer, typeof process.on)", "/virtual/cache.js"));
            spawn(config).expect("spawn").join()
        };
        let first = run();
        assert_eq!(first.stdout, "function function\n", "{}", first.stderr);
        assert!(BOOTSTRAP_JS.cache.get().is_some() && GLOBALS_JS.cache.get().is_some());
        for _ in 0..3 {
            let later = run();
            assert_eq!(later.stdout, "function function\n", "{}", later.stderr);
        }
        assert_eq!(CODE_CACHE_REJECTIONS.load(Ordering::Relaxed), 0);
    }
}
