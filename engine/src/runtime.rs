//! [`JsRuntime`]: the one owner of an isolate's setup and teardown, for running an instance and
//! for building a snapshot alike (deno_core's `JsRuntime` / `JsRuntimeForSnapshot`). It
//! creates the isolate (its heap limit, external references and startup blob), links it to
//! the instance's [`Control`], installs Node's microtask policy, the rejection tracker and the
//! heap-limit callback, puts the [`InstanceState`] in the isolate's slot, boots the runtime's
//! JavaScript (or adopts the hooks a snapshot kept) and, on drop, releases every handle before
//! the isolate goes.
//!
//! What it is not: the instance's thread lifecycle (instance.rs) or its event loop
//! (event_loop.rs).

use std::rc::Rc;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::config::InstanceConfig;
use crate::control::Control;
use crate::env::EnvOverlay;
use crate::js;
use crate::state::{Hooks, InstanceState};

/// An isolate with its state, ready for a context.
pub(crate) struct JsRuntime {
    state: Rc<InstanceState>,
    // Dropped after `Drop::drop` released the handles into its heap. `None` only once a
    // snapshot creator's isolate has been consumed by `create_blob`.
    isolate: Option<v8::OwnedIsolate>,
    // The user snapshot's blob the isolate was restored from, shared rather than copied: V8
    // reads it for as long as the isolate lives (each context is made from it). Declared
    // after `isolate`, so dropped after it.
    blob: Option<Arc<[u8]>>,
}

impl JsRuntime {
    /// An instance's isolate, restored from the config's snapshot, or else from the engine's
    /// base snapshot (snapshot/build.rs), whose runtime is already booted.
    pub fn new(config: &InstanceConfig, base: &'static [u8], control: &Arc<Control>, started: Instant) -> JsRuntime {
        let shared = config.snapshot.as_ref().map(|s| s.shared_blob());
        let blob = match &shared {
            // SAFETY: the slice lives as long as the Arc, which the runtime keeps (its `blob`
            // field) until after the isolate is disposed, or leaks with the isolate (`leak`);
            // V8 reads the blob only while the isolate lives.
            Some(shared) => v8::StartupData::from(unsafe { &*Arc::as_ptr(shared) }),
            None => v8::StartupData::from(base),
        };
        let mut runtime = JsRuntime::prepare(new_isolate(blob, config.heap_limit), config, control, started, false);
        runtime.blob = shared;
        runtime
    }

    /// An instance's runtime on an isolate built before it (a zygote's, restored from the
    /// base blob without a heap limit; see instance.rs `Prebuilt`).
    pub fn from_isolate(isolate: v8::OwnedIsolate, config: &InstanceConfig, control: &Arc<Control>, started: Instant) -> JsRuntime {
        JsRuntime::prepare(isolate, config, control, started, false)
    }

    /// A snapshot creator's isolate (its blob comes from [`JsRuntime::create_blob`]): a fresh
    /// one for the base snapshot, or one restored from `base` to build a user snapshot on.
    pub fn for_snapshot(config: &InstanceConfig, base: Option<v8::StartupData>, control: &Arc<Control>) -> JsRuntime {
        let references = Some(std::borrow::Cow::Borrowed(crate::bindings::external_references()));
        let isolate = match base {
            None => v8::Isolate::snapshot_creator(references, None),
            Some(base) => v8::Isolate::snapshot_creator_from_existing_snapshot(base, references, None),
        };
        JsRuntime::prepare(isolate, config, control, Instant::now(), true)
    }

    /// Everything an isolate needs before its context exists: the control link, Node's
    /// microtask policy, the rejection tracker, the module callbacks, the heap-limit callback
    /// and its state slot.
    fn prepare(mut isolate: v8::OwnedIsolate, config: &InstanceConfig, control: &Arc<Control>, started: Instant, building_snapshot: bool) -> JsRuntime {
        control.attach_isolate(isolate.thread_safe_handle());
        isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
        isolate.set_promise_reject_callback(promise_reject_callback);
        isolate.set_host_import_module_dynamically_callback(crate::modules::import_dynamically);
        isolate.set_host_initialize_import_meta_object_callback(crate::modules::initialize_import_meta);
        crate::limits::install(&mut isolate, control);
        let state = Rc::new(InstanceState {
            control: control.clone(),
            started,
            hooks: Default::default(),
            env: std::cell::RefCell::new(EnvOverlay::new(config.env.clone(), config.env_only)),
            cwd: std::cell::RefCell::new(config.cwd.as_ref().map(|p| p.to_string_lossy().into_owned())),
            statics: Default::default(),
            modules: Default::default(),
            building_snapshot,
            fork_defaults: crate::ipc::ForkDefaults::of(config),
        });
        isolate.set_slot(state.clone());
        JsRuntime { state, isolate: Some(isolate), blob: None }
    }

    pub fn isolate(&mut self) -> &mut v8::OwnedIsolate {
        self.isolate.as_mut().expect("a runtime's isolate lives as long as the runtime, unless create_blob consumed both")
    }

    pub fn state(&self) -> &Rc<InstanceState> {
        &self.state
    }

    /// Ends a snapshot creator: releases the engine's handles and serialises the heap (the
    /// blob of a failed build is created anyway, as V8 requires, and thrown away).
    pub fn create_blob(mut self, keep: bool) -> Option<v8::StartupData> {
        self.release();
        let mut isolate = self.isolate.take()?;
        isolate.remove_slot::<Rc<InstanceState>>();
        if !keep {
            isolate.cancel_terminate_execution();
        }
        let handling = if keep { v8::FunctionCodeHandling::Keep } else { v8::FunctionCodeHandling::Clear };
        isolate.create_blob(handling)
    }

    /// Releases the engine's handles and detaches from the control, but leaves the isolate
    /// alive, never disposed: for a process about to exit (a zygote's child), whose teardown
    /// the kernel does at once.
    pub fn leak(mut self) {
        self.release();
        if let Some(isolate) = self.isolate.take() {
            std::mem::forget(isolate);
            // What the leaked isolate was restored from stays as long as it does.
            std::mem::forget(self.blob.take());
        }
    }

    fn release(&self) {
        self.state.control.detach_isolate();
        // Handles into this heap must go before the heap does (or is serialised).
        self.state.release_handles();
    }
}

impl Drop for JsRuntime {
    fn drop(&mut self) {
        self.release();
    }
}

/// Boots the runtime in a fresh isolate's context, by running the engine's JavaScript (only
/// the base snapshot's builder does). False when the runtime did not come up.
pub(crate) fn boot_fresh(scope: &mut v8::PinScope, config: &InstanceConfig) -> bool {
    bootstrap(scope, config, false).is_some()
}

/// Takes over the runtime a restored context carries: the hooks its snapshot kept. False
/// when the snapshot holds none.
pub(crate) fn adopt(scope: &mut v8::PinScope) -> bool {
    adopt_snapshot_hooks(scope).is_some()
}

/// An isolate restored from `blob`, with the engine's external references and, if given, a
/// heap limit in bytes; entered on this thread.
pub(crate) fn new_isolate(blob: v8::StartupData, heap_limit: Option<usize>) -> v8::OwnedIsolate {
    let mut params = v8::CreateParams::default();
    if let Some(limit) = heap_limit {
        params = params.heap_limits(0, limit);
    }
    // Every isolate gets the same external-references table.
    params = params.external_references(std::borrow::Cow::Borrowed(crate::bindings::external_references())).snapshot_blob(blob);
    v8::Isolate::new(params)
}

/// Seeds the current context's `Math.random()` with `seed` (not 0): for a context a zygote
/// restored before it forked. V8 seeds a context's generator at its first draw, from
/// `--random-seed` when set, else from its isolate's generator — which restoring the context
/// already made, in the zygote, so every child would draw the same stream. The flag is set for
/// one draw of V8's own `Math.random` (the runtime's `mathRandom` hook, captured before any
/// script ran, so a warm-up that replaced the global one cannot run here instead) and cleared
/// at once, so that any other context or isolate (a forked child's) seeds itself as usual.
/// V8 leaves `random_seed` out of its flag hash, so nothing checked against it changes. Needs
/// V8's flags unfrozen (platform.rs, single-threaded kind).
pub(crate) fn seed_math_random(scope: &mut v8::PinScope, seed: i32) {
    let Some(random) = js::hook(scope, |h| &h.math_random) else { return };
    v8::V8::set_flags_from_string(&format!("--random-seed={seed}"));
    let receiver = v8::undefined(scope).into();
    let _ = js::call(scope, random, receiver, &[]);
    v8::V8::set_flags_from_string("--random-seed=0");
}

/// The index of the runtime's hooks among a snapshot's context data.
pub(crate) const HOOKS_INDEX: usize = 0;

/// A restored isolate: take the hooks the snapshot kept as context data.
fn adopt_snapshot_hooks(scope: &mut v8::PinScope) -> Option<()> {
    let state = InstanceState::get(scope);
    let hooks = scope.get_context_data_from_snapshot_once::<v8::Object>(HOOKS_INDEX).ok()?;
    *state.hooks.borrow_mut() = Some(Rc::new(Hooks::from_object(scope, hooks)?));
    Some(())
}

/// What an instance is, as its runtime's JavaScript learns it (`process.pid`, argv, …).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct BootInfo {
    argv: Vec<String>,
    exec_path: String,
    pid: u64,
    ppid: u64,
    /// Forked by another instance: `process.send` and the channel exist.
    ipc: bool,
    /// How the channel serializes: Node's 'json' or 'advanced'.
    ipc_serialization: &'static str,
    /// Forked with piped stdio: `process.stdin` reads what the parent writes to `child.stdin`.
    piped_stdin: bool,
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
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    let epoch = *EPOCH.get_or_init(Instant::now);
    BootInfo {
        argv,
        exec_path,
        pid: if crate::mutants::active(crate::mutants::Mutant::SharedPid) { u64::from(std::process::id()) } else { state.control.id },
        ppid: state.control.parent_link().map_or(u64::from(std::process::id()), |link| link.parent.id),
        ipc: state.control.parent_link().is_some(),
        ipc_serialization: if state.control.parent_link().is_some_and(|link| link.advanced) { "advanced" } else { "json" },
        piped_stdin: state.control.parent_link().is_some_and(|link| link.stdin_piped),
        cwd: state.cwd(),
        node_version: crate::NODE_COMPAT_VERSION,
        v8_version: v8::V8::get_version(),
        engine_version: crate::ENGINE_VERSION,
        platform: crate::bindings::os::node_platform(),
        arch: crate::bindings::os::node_arch(),
        hrtime_base_ns: epoch.elapsed().as_nanos() as f64,
        time_origin_ms: time_origin_ms(state),
        credentials: crate::host::credentials(),
        building_snapshot,
        mutant: crate::mutants::selected().map(|m| m.name),
    }
}

/// The instance's boot info as a JavaScript object of `scope`.
pub(crate) fn boot_info_object<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    config: &InstanceConfig,
    building_snapshot: bool,
) -> Option<v8::Local<'s, v8::Value>> {
    let state = InstanceState::get(scope);
    let info = serde_json::to_string(&boot_info(config, &state, building_snapshot)).ok()?;
    let info = v8::String::new(scope, &info)?;
    v8::json::parse(scope, info)
}

/// The wall-clock time (ms since the Unix epoch) at which the instance started:
/// `performance.timeOrigin`.
fn time_origin_ms(state: &InstanceState) -> f64 {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    since_epoch.as_secs_f64() * 1000.0 - state.now_ms()
}

/// Boots the runtime's JavaScript (builtins.rs): fills `primordials` (those the modules spell
/// out), runs the module loader (`internal/bootstrap/realm`) and through it
/// `internal/bootstrap/node`, and keeps the hooks it exports. Runs once per process, when the base snapshot is built.
fn bootstrap(scope: &mut v8::PinScope, _config: &InstanceConfig, _building_snapshot: bool) -> Option<()> {
    let state = InstanceState::get(scope);
    let recv: v8::Local<v8::Value> = v8::undefined(scope).into();
    let primordials = v8::Object::new(scope);
    let fill = crate::builtins::compile(scope, "internal/per_context/primordials", Some(&["primordials", "spelled"]))?;
    let spelled = v8::String::new(scope, &crate::builtins::identifiers())?;
    fill.call(scope, recv, &[primordials.into(), spelled.into()])?;
    // internalBinding(name): the native bindings by name.
    let bindings = v8::Object::new(scope);
    for name in ["native", "fs", "esm", "child_process"] {
        let binding = crate::bindings::install(scope, name)?;
        let key = v8::String::new(scope, name)?;
        bindings.set(scope, key.into(), binding.into())?;
    }
    let make_binding = {
        let source = v8::String::new(scope, "return function internalBinding(name) { return bindings[name]; };")?;
        let name = v8::String::new(scope, "node:internal/bootstrap/binding")?;
        let origin = crate::js::script_origin(scope, name.into());
        let mut source = v8::script_compiler::Source::new(source, Some(&origin));
        let param = v8::String::new(scope, "bindings")?;
        v8::script_compiler::compile_function(
            scope,
            &mut source,
            &[param],
            &[],
            v8::script_compiler::CompileOptions::NoCompileOptions,
            v8::script_compiler::NoCacheReason::NoReason,
        )?
    };
    let internal_binding = make_binding.call(scope, recv, &[bindings.into()])?;
    // The loader: run as a module of its own, it exports `requireBuiltin`.
    let realm = crate::builtins::compile(scope, "internal/bootstrap/realm", None)?;
    let exports = v8::Object::new(scope);
    let module = v8::Object::new(scope);
    let exports_key = v8::String::new(scope, "exports")?;
    module.set(scope, exports_key.into(), exports.into())?;
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    realm.call(scope, recv, &[exports.into(), undefined, module.into(), internal_binding, primordials.into()])?;
    let realm_exports = module.get(scope, exports_key.into())?.to_object(scope)?;
    let require_key = v8::String::new(scope, "requireBuiltin")?;
    let require = v8::Local::<v8::Function>::try_from(realm_exports.get(scope, require_key.into())?).ok()?;
    let id = v8::String::new(scope, "internal/bootstrap/node")?;
    let hooks = require.call(scope, recv, &[id.into()])?.to_object(scope)?;
    *state.hooks.borrow_mut() = Some(Rc::new(Hooks::from_object(scope, hooks)?));
    Some(())
}


/// V8 reports promise rejections without a handler (and handlers added later) here; the
/// runtime's tracker decides after the microtask queue drains whether they were unhandled.
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
    let Some(handler) = js::hook(scope, |h| &h.promise_reject_handler) else { return };
    let event = v8::Integer::new(scope, event).into();
    let recv = v8::undefined(scope).into();
    // The tracker is engine code; if it cannot run (the instance is terminating), there is
    // nothing left to track.
    let _ = js::call(scope, handler, recv, &[event, promise.into(), value]);
}
