//! The one door from JavaScript into the engine: every native callback the engine installs is
//! declared once in [`registry`], which serves both to install them (the `native` object the
//! bootstrap receives, and the native builtin modules) and as the external-references table a
//! snapshot needs. A callback cannot be installed without being snapshot-safe.

use std::sync::OnceLock;

use v8::MapFnTo;

use crate::js;
use crate::outcome::ExitCause;
use crate::signal::Signal;
use crate::state::InstanceState;

/// One native callback: the object it is installed on (`namespace`), its property name, and
/// the callback.
pub(crate) struct Op {
    pub namespace: &'static str,
    pub name: &'static str,
    pub callback: v8::FunctionCallback,
}

macro_rules! op_registry {
    ($($ns:literal . $name:literal => $f:path),* $(,)?) => {
        /// Every native callback of the engine, in a fixed order.
        pub(crate) fn registry() -> &'static [Op] {
            static OPS: OnceLock<Vec<Op>> = OnceLock::new();
            OPS.get_or_init(|| vec![$(Op { namespace: $ns, name: $name, callback: $f.map_fn_to() }),*])
        }
    };
}

op_registry! {
    "native"."write" => op_write,
    "native"."reallyExit" => op_really_exit,
    "native"."abort" => op_abort,
    "native"."now" => op_now,
    "native"."runMicrotasks" => op_run_microtasks,
    "native"."enqueueMicrotask" => op_enqueue_microtask,
    "native"."triggerUncaughtException" => op_trigger_uncaught_exception,
    "native"."memoryUsage" => op_memory_usage,
    "native"."threadUsage" => op_thread_usage,
    "native"."randomBytes" => op_random_bytes,
    "native"."promiseState" => op_promise_state,
    "native"."previewEntries" => op_preview_entries,
    "native"."envGet" => op_env_get,
    "native"."envSet" => op_env_set,
    "native"."envDelete" => op_env_delete,
    "native"."envKeys" => op_env_keys,
    "native"."kill" => op_kill,
    "native"."signalListeners" => op_signal_listeners,
    "native"."hasNativeModule" => op_has_native_module,
    "native"."loadNativeModule" => op_load_native_module,
    "native"."mutantCell" => crate::mutants::op_mutant_cell,
    "native"."mutantBuffer" => crate::mutants::op_mutant_buffer,
    "path"."join" => crate::modules::path::op_join,
    "path"."normalize" => crate::modules::path::op_normalize,
    "path"."basename" => crate::modules::path::op_basename,
    "path"."dirname" => crate::modules::path::op_dirname,
    "path"."extname" => crate::modules::path::op_extname,
    "path"."isAbsolute" => crate::modules::path::op_is_absolute,
    "path"."resolve" => crate::modules::path::op_resolve,
    "path"."relative" => crate::modules::path::op_relative,
    "path"."parse" => crate::modules::path::op_parse,
    "path"."format" => crate::modules::path::op_format,
    "path"."toNamespacedPath" => crate::modules::path::op_to_namespaced_path,
    "os"."platform" => crate::modules::os::op_platform,
    "os"."type" => crate::modules::os::op_type,
    "os"."arch" => crate::modules::os::op_arch,
    "os"."endianness" => crate::modules::os::op_endianness,
    "os"."availableParallelism" => crate::modules::os::op_available_parallelism,
    "os"."homedir" => crate::modules::os::op_homedir,
    "os"."tmpdir" => crate::modules::os::op_tmpdir,
    "os"."hostname" => crate::modules::os::op_hostname,
    "os"."release" => crate::modules::os::op_release,
    "os"."version" => crate::modules::os::op_version,
    "os"."machine" => crate::modules::os::op_machine,
    "os"."uptime" => crate::modules::os::op_uptime,
    "os"."loadavg" => crate::modules::os::op_loadavg,
    "os"."totalmem" => crate::modules::os::op_totalmem,
    "os"."freemem" => crate::modules::os::op_freemem,
    "os"."userInfo" => crate::modules::os::op_user_info,
}

/// The external-references table for snapshots: every callback in [`registry`].
pub(crate) fn external_references() -> Vec<v8::ExternalReference> {
    registry().iter().map(|op| v8::ExternalReference { function: op.callback }).collect()
}

/// The ops of one namespace.
pub(crate) fn namespace(ns: &'static str) -> impl Iterator<Item = &'static Op> {
    registry().iter().filter(move |op| op.namespace == ns)
}

/// Creates an object holding the ops of `ns` as functions.
pub(crate) fn install<'s>(scope: &mut v8::PinScope<'s, '_>, ns: &'static str) -> Option<v8::Local<'s, v8::Object>> {
    let object = v8::Object::new(scope);
    for op in namespace(ns) {
        let key = v8::String::new(scope, op.name)?;
        let f = v8::Function::builder_raw(op.callback).build(scope)?;
        f.set_name(key);
        object.set(scope, key.into(), f.into())?;
    }
    Some(object)
}

/// Appends to the instance's captured stdout (fd 1) or stderr (fd 2).
pub(crate) fn write_output(state: &InstanceState, fd: i32, text: &str) {
    state.control.write(fd, text.as_bytes());
}

fn arg_string(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> Option<String> {
    let v = args.get(i);
    if v.is_string() {
        Some(v.to_rust_string_lossy(scope))
    } else {
        None
    }
}

fn op_write(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let fd = args.get(0).int32_value(scope).unwrap_or(1);
    let text = js::display_string(scope, args.get(1));
    write_output(&state, fd, &text);
}

/// `process.reallyExit(code)`: record the exit, then stop every frame of JavaScript. The
/// termination cannot be caught by try/catch nor delayed by finally.
fn op_really_exit(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let code = args.get(0).int32_value(scope).unwrap_or(0);
    state.control.end(ExitCause::Exited, code);
    scope.terminate_execution();
}

/// `process.abort()`: a SIGABRT the instance cannot listen for.
fn op_abort(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    state.control.end(ExitCause::Signaled { signal: Signal::Abrt }, Signal::Abrt.exit_code());
    scope.terminate_execution();
}

fn op_now(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    rv.set_double(state.now_ms());
}

fn op_run_microtasks(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    scope.perform_microtask_checkpoint();
}

fn op_enqueue_microtask(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Ok(f) = v8::Local::<v8::Function>::try_from(args.get(0)) {
        scope.enqueue_microtask(f);
    }
}

fn op_trigger_uncaught_exception(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let exception = args.get(0);
    let from_promise = args.get(1).is_true();
    js::trigger_uncaught(scope, exception, None, from_promise);
}

fn op_memory_usage(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let stats = scope.get_heap_statistics();
    let object = v8::Object::new(scope);
    let fields = [
        ("rss", stats.total_physical_size()),
        ("heapTotal", stats.total_heap_size()),
        ("heapUsed", stats.used_heap_size()),
        ("external", stats.external_memory()),
        ("arrayBuffers", 0),
    ];
    for (name, value) in fields {
        if let Some(key) = v8::String::new(scope, name) {
            let value = v8::Number::new(scope, value as f64);
            object.set(scope, key.into(), value.into());
        }
    }
    rv.set(object.into());
}

/// The instance thread's resource usage (`process.resourceUsage()`, with Node's names);
/// `process.cpuUsage()` reads its first two fields.
fn op_thread_usage(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(u) = crate::host::thread_usage() else { return };
    let object = v8::Object::new(scope);
    let fields = [
        ("userCPUTime", u.user_us),
        ("systemCPUTime", u.system_us),
        ("maxRSS", u.max_rss_kb),
        ("sharedMemorySize", 0.0),
        ("unsharedDataSize", 0.0),
        ("unsharedStackSize", 0.0),
        ("minorPageFault", u.minor_faults),
        ("majorPageFault", u.major_faults),
        ("swappedOut", u.swaps),
        ("fsRead", u.fs_reads),
        ("fsWrite", u.fs_writes),
        ("ipcSent", u.ipc_sent),
        ("ipcReceived", u.ipc_received),
        ("signalsCount", u.signals),
        ("voluntaryContextSwitches", u.voluntary_switches),
        ("involuntaryContextSwitches", u.involuntary_switches),
    ];
    for (name, value) in fields {
        if let Some(key) = v8::String::new(scope, name) {
            let value = v8::Number::new(scope, value);
            object.set(scope, key.into(), value.into());
        }
    }
    rv.set(object.into());
}

/// An ArrayBuffer of `n` bytes from the host's /dev/urandom (crypto.getRandomValues and
/// require('crypto').randomBytes validate `n` first); throws an Error when it cannot be read.
fn op_random_bytes(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    use std::io::Read;
    let n = args.get(0).number_value(scope).unwrap_or(0.0);
    let n = if n.is_finite() && n > 0.0 { (n as usize).min(i32::MAX as usize) } else { 0 };
    // A size the host cannot allocate is the script's RangeError, never the host's abort.
    let mut bytes = Vec::new();
    if bytes.try_reserve_exact(n).is_err() {
        if let Some(message) = v8::String::new(scope, "Array buffer allocation failed") {
            let error = v8::Exception::range_error(scope, message);
            scope.throw_exception(error);
        }
        return;
    }
    bytes.resize(n, 0);
    #[cfg(feature = "mutants")]
    if crate::mutants::active(crate::mutants::Mutant::SameRandom) {
        bytes.iter_mut().enumerate().for_each(|(i, b)| *b = (i as u8).wrapping_mul(151).wrapping_add(7));
        let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
        rv.set(v8::ArrayBuffer::with_backing_store(scope, &store).into());
        return;
    }
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if let Err(e) = read {
        if let Some(message) = v8::String::new(scope, &format!("cannot read random bytes from /dev/urandom: {e}")) {
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
        }
        return;
    }
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    rv.set(v8::ArrayBuffer::with_backing_store(scope, &store).into());
}

/// `[state, result]` of a promise, for util.inspect: 0 pending, 1 fulfilled, 2 rejected;
/// undefined for anything else.
fn op_promise_state(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(promise) = v8::Local::<v8::Promise>::try_from(args.get(0)) else { return };
    let (state, result) = match promise.state() {
        v8::PromiseState::Pending => (0, v8::undefined(scope).into()),
        v8::PromiseState::Fulfilled => (1, promise.result(scope)),
        v8::PromiseState::Rejected => (2, promise.result(scope)),
    };
    let state = v8::Integer::new(scope, state).into();
    rv.set(v8::Array::new_with_elements(scope, &[state, result]).into());
}

/// `[entries, isKeyValue]` of a Map or Set iterator from its current position, for
/// util.inspect; undefined for anything else.
fn op_preview_entries(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    if !(object.is_map_iterator() || object.is_set_iterator()) {
        return;
    }
    let (Some(entries), is_key_value) = object.preview_entries(scope) else { return };
    let is_key_value = v8::Boolean::new(scope, is_key_value).into();
    rv.set(v8::Array::new_with_elements(scope, &[entries.into(), is_key_value]).into());
}

fn op_env_get(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let Some(name) = arg_string(scope, &args, 0) else { return };
    let value = state.env.borrow().get(&name);
    if let Some(s) = value.and_then(|value| v8::String::new(scope, &value)) {
        rv.set(s.into());
    }
}

fn op_env_set(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let (Some(name), Some(value)) = (arg_string(scope, &args, 0), arg_string(scope, &args, 1)) else { return };
    state.env.borrow_mut().set(&name, value);
}

fn op_env_delete(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    if let Some(name) = arg_string(scope, &args, 0) {
        state.env.borrow_mut().delete(&name);
    }
}

fn op_env_keys(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let keys = state.env.borrow().keys();
    let elements: Vec<v8::Local<v8::Value>> =
        keys.iter().filter_map(|k| v8::String::new(scope, k)).map(Into::into).collect();
    rv.set(v8::Array::new_with_elements(scope, &elements).into());
}

/// `process.kill(pid, signal)` from JavaScript: only the instance itself is reachable (other
/// instances are other "processes" this one cannot see). Returns the signal number delivered,
/// or -1 for a pid that is not this instance (the bootstrap turns that into ESRCH).
fn op_kill(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let pid = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    let signo = args.get(1).int32_value(scope).unwrap_or(15);
    if pid != state.control.id as f64 {
        rv.set_int32(-1);
        return;
    }
    let Some(signal) = Signal::from_number(i64::from(signo)) else {
        rv.set_int32(-2);
        return;
    };
    rv.set_int32(signal.number());
    crate::instance::deliver_signal(&state.control, signal);
}

/// Told by the bootstrap whenever a signal event's listener count changes, so the host can
/// decide a signal's default action without entering the isolate.
fn op_signal_listeners(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let Some(name) = arg_string(scope, &args, 0) else { return };
    let count = args.get(1).int32_value(scope).unwrap_or(0);
    if let Ok(signal) = name.parse::<Signal>() {
        state.control.set_listening(signal, count > 0);
    }
}

fn op_has_native_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0).unwrap_or_default();
    rv.set_bool(crate::modules::exists(&name));
}

fn op_load_native_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0).unwrap_or_default();
    if let Some(exports) = crate::modules::load(scope, &name) {
        rv.set(exports.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_has_a_unique_name_and_an_external_reference() {
        let mut seen = std::collections::HashSet::new();
        for op in registry() {
            assert!(seen.insert((op.namespace, op.name)), "duplicate op {}.{}", op.namespace, op.name);
        }
        assert_eq!(external_references().len(), registry().len());
    }

    #[test]
    fn every_native_module_has_ops() {
        for name in crate::modules::NATIVE_MODULES {
            assert!(namespace(name).count() > 0, "native module {name} has no ops");
        }
    }
}
