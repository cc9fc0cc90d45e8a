//! The `native` binding: the process-level ops the runtime's JavaScript calls — output,
//! exit, the clock, microtasks, uncaught exceptions, usage, random bytes, the introspection
//! util.inspect and util.types need (promises, iterators, weak collections, proxies, V8's type
//! checks), the source of a script on the stack (assert.ok's message), the env overlay, signals,
//! native modules and the shared constants. Every effect an instance has on its host goes
//! through one of these.

use crate::js;
use crate::outcome::ExitCause;
use crate::signal::Signal;
use crate::state::InstanceState;

/// The binding's ops, in a fixed order (part of the snapshot's external references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "write" => op_write,
        "reallyExit" => op_really_exit,
        "abort" => op_abort,
        "now" => op_now,
        "runMicrotasks" => op_run_microtasks,
        "enqueueMicrotask" => op_enqueue_microtask,
        "triggerUncaughtException" => op_trigger_uncaught_exception,
        "memoryUsage" => op_memory_usage,
        "constrainedMemory" => op_constrained_memory,
        "availableMemory" => op_available_memory,
        "threadUsage" => op_thread_usage,
        "randomBytes" => op_random_bytes,
        "promiseState" => op_promise_state,
        "previewEntries" => op_preview_entries,
        "previewWeakEntries" => op_preview_weak_entries,
        "proxyDetails" => op_proxy_details,
        "constructorName" => op_constructor_name,
        "ownNonIndexProperties" => op_own_non_index_properties,
        "isExternal" => op_is_external,
        "isDate" => op_is_date,
        "isArgumentsObject" => op_is_arguments_object,
        "isBigIntObject" => op_is_big_int_object,
        "isBooleanObject" => op_is_boolean_object,
        "isNumberObject" => op_is_number_object,
        "isStringObject" => op_is_string_object,
        "isSymbolObject" => op_is_symbol_object,
        "isNativeError" => op_is_native_error,
        "isRegExp" => op_is_reg_exp,
        "isAsyncFunction" => op_is_async_function,
        "isGeneratorFunction" => op_is_generator_function,
        "isGeneratorObject" => op_is_generator_object,
        "isPromise" => op_is_promise,
        "isMap" => op_is_map,
        "isSet" => op_is_set,
        "isMapIterator" => op_is_map_iterator,
        "isSetIterator" => op_is_set_iterator,
        "isWeakMap" => op_is_weak_map,
        "isWeakSet" => op_is_weak_set,
        "isArrayBuffer" => op_is_array_buffer,
        "isDataView" => op_is_data_view,
        "isSharedArrayBuffer" => op_is_shared_array_buffer,
        "isProxy" => op_is_proxy,
        "isModuleNamespaceObject" => op_is_module_namespace_object,
        "isAnyArrayBuffer" => op_is_any_array_buffer,
        "isBoxedPrimitive" => op_is_boxed_primitive,
        "envGet" => op_env_get,
        "envSet" => op_env_set,
        "envDelete" => op_env_delete,
        "envKeys" => op_env_keys,
        "kill" => op_kill,
        "signalListeners" => op_signal_listeners,
        "hasNativeModule" => op_has_native_module,
        "loadNativeModule" => op_load_native_module,
        "constants" => op_constants,
        "compileModule" => op_compile_module,
        "scriptSource" => op_script_source,
        "mutantCell" => crate::mutants::op_mutant_cell,
        "mutantBuffer" => crate::mutants::op_mutant_buffer,
    ]
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
    state.control.write(fd, text.as_bytes());
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
    crate::uncaught::trigger(scope, exception, None, from_promise);
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

/// `process.constrainedMemory()`: the host process's cgroup memory limit (host.rs).
fn op_constrained_memory(_scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    rv.set_double(crate::host::constrained_memory() as f64);
}

/// `process.availableMemory()`: what the host process may still use (host.rs).
fn op_available_memory(_scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    rv.set_double(crate::host::available_memory() as f64);
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
    let n = args.get(0).number_value(scope).unwrap_or(0.0);
    let n = if n.is_finite() && n > 0.0 { (n as usize).min(i32::MAX as usize) } else { 0 };
    // A size the host cannot allocate is the script's RangeError, never the host's abort.
    let mut bytes = Vec::new();
    if bytes.try_reserve_exact(n).is_err() {
        super::throw_error(scope, super::ErrorKind::RangeError, "Array buffer allocation failed", None);
        return;
    }
    bytes.resize(n, 0);
    #[cfg(feature = "mutants")]
    if crate::mutants::active(crate::mutants::Mutant::SameRandom) {
        bytes.iter_mut().enumerate().for_each(|(i, b)| *b = (i as u8).wrapping_mul(151).wrapping_add(7));
        rv.set(super::array_buffer(scope, bytes).into());
        return;
    }
    let read = crate::host::os_random(&mut bytes);
    if let Err(e) = read {
        super::throw_error(scope, super::ErrorKind::Error, &format!("cannot read random bytes from /dev/urandom: {e}"), None);
        return;
    }
    rv.set(super::array_buffer(scope, bytes).into());
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

/// The entries of a WeakMap (`[k1, v1, k2, v2, …]`) or WeakSet (`[v1, v2, …]`) that are alive
/// now, for util.inspect with showHidden; undefined for anything else.
fn op_preview_weak_entries(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    if !(object.is_weak_map() || object.is_weak_set()) {
        return;
    }
    if let (Some(entries), _) = object.preview_entries(scope) {
        rv.set(entries.into());
    }
}

/// `proxyDetails(value, full)`: undefined unless `value` is a proxy; else its target, or with
/// `full` the pair `[target, handler]` (each null once the proxy is revoked). Looking never runs
/// a trap, as Node's getProxyDetails.
fn op_proxy_details(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(proxy) = v8::Local::<v8::Proxy>::try_from(args.get(0)) else { return };
    let target = proxy.get_target(scope);
    if args.get(1).is_true() {
        let handler = proxy.get_handler(scope);
        rv.set(v8::Array::new_with_elements(scope, &[target, handler]).into());
    } else {
        rv.set(target);
    }
}

/// The name V8 gives an object's constructor (its map's), which survives a prototype set to
/// null: how util.inspect names `[Foo: null prototype]`.
fn op_constructor_name(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    let name = object.get_constructor_name();
    rv.set(name.into());
}

/// `ownNonIndexProperties(object, onlyEnumerable)`: the own keys (strings and symbols) that are
/// not array indices, without listing the indices of a large array first.
fn op_own_non_index_properties(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    let property_filter = if args.get(1).is_true() { v8::PropertyFilter::ONLY_ENUMERABLE } else { v8::PropertyFilter::ALL_PROPERTIES };
    let names = object.get_property_names(
        scope,
        v8::GetPropertyNamesArgs {
            mode: v8::KeyCollectionMode::OwnOnly,
            property_filter,
            index_filter: v8::IndexFilter::SkipIndices,
            key_conversion: v8::KeyConversionMode::KeepNumbers,
        },
    );
    if let Some(names) = names {
        rv.set(names.into());
    }
}

/// util.types' predicates that only the engine can answer: each op is V8's own check of its
/// first argument.
macro_rules! type_checks {
    ($($op:ident => $check:expr),* $(,)?) => {$(
        fn $op(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
            let check: fn(&v8::Value) -> bool = $check;
            rv.set_bool(check(&args.get(0)));
        }
    )*};
}
type_checks! {
    op_is_external => v8::Value::is_external,
    op_is_date => v8::Value::is_date,
    op_is_arguments_object => v8::Value::is_arguments_object,
    op_is_big_int_object => v8::Value::is_big_int_object,
    op_is_boolean_object => v8::Value::is_boolean_object,
    op_is_number_object => v8::Value::is_number_object,
    op_is_string_object => v8::Value::is_string_object,
    op_is_symbol_object => v8::Value::is_symbol_object,
    op_is_native_error => v8::Value::is_native_error,
    op_is_reg_exp => v8::Value::is_reg_exp,
    op_is_async_function => v8::Value::is_async_function,
    op_is_generator_function => v8::Value::is_generator_function,
    op_is_generator_object => v8::Value::is_generator_object,
    op_is_promise => v8::Value::is_promise,
    op_is_map => v8::Value::is_map,
    op_is_set => v8::Value::is_set,
    op_is_map_iterator => v8::Value::is_map_iterator,
    op_is_set_iterator => v8::Value::is_set_iterator,
    op_is_weak_map => v8::Value::is_weak_map,
    op_is_weak_set => v8::Value::is_weak_set,
    op_is_array_buffer => v8::Value::is_array_buffer,
    op_is_data_view => v8::Value::is_data_view,
    op_is_shared_array_buffer => v8::Value::is_shared_array_buffer,
    op_is_proxy => v8::Value::is_proxy,
    op_is_module_namespace_object => v8::Value::is_module_namespace_object,
    op_is_any_array_buffer => |v| v.is_array_buffer() || v.is_shared_array_buffer(),
    op_is_boxed_primitive => |v| {
        v.is_number_object() || v.is_string_object() || v.is_boolean_object() || v.is_big_int_object() || v.is_symbol_object()
    },
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
    state.control.deliver_signal(signal);
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
    rv.set_bool(super::NATIVE_MODULES.contains(&name.as_str()));
}

fn op_load_native_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0).unwrap_or_default();
    let exports = match name.as_str() {
        "path" => super::path::exports(scope),
        "os" => super::os::exports(scope),
        _ => None,
    };
    if let Some(exports) = exports {
        rv.set(exports.into());
    }
}

/// The facts the runtime's JavaScript shares with Rust, each defined once in Rust:
/// `{ signals: { SIGHUP: 1, … }, exitCodes: { kNoFailure: 0, … }, nodeVersion, v8Version,
/// engineVersion, platform, arch }`.
fn op_constants(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let signals = number_table(scope, crate::signal::NODE_SIGNALS.iter().copied());
    let exit_codes = number_table(scope, crate::exit_code::ExitCode::ALL.iter().map(|&(code, name)| (name, code.code())));
    let object = v8::Object::new(scope);
    for (name, value) in [("signals", signals), ("exitCodes", exit_codes)] {
        if let Some(key) = v8::String::new(scope, name) {
            object.set(scope, key.into(), value.into());
        }
    }
    let texts = [
        ("nodeVersion", crate::NODE_COMPAT_VERSION),
        ("v8Version", v8::V8::get_version()),
        ("engineVersion", crate::ENGINE_VERSION),
        ("platform", super::os::node_platform()),
        ("arch", super::os::node_arch()),
    ];
    for (name, text) in texts {
        if let (Some(key), Some(value)) = (v8::String::new(scope, name), v8::String::new(scope, text)) {
            object.set(scope, key.into(), value.into());
        }
    }
    rv.set(object.into());
}

/// `compileModule(id)`: the runtime's module `id` as a function (builtins.rs), or undefined.
fn op_compile_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(id) = arg_string(scope, &args, 0) else { return };
    if let Some(f) = crate::builtins::compile(scope, &id, None) {
        rv.set(f.into());
    }
}

/// `scriptSource(name, line, column)`: the source text of the script running the frame at
/// `name:line:column` (1-based) on the current stack, as V8 compiled it; undefined when no
/// frame of the stack's top 64 is there. assert.ok reads its failing call back from it.
fn op_script_source(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(name) = arg_string(scope, &args, 0) else { return };
    let (Some(line), Some(column)) = (args.get(1).uint32_value(scope), args.get(2).uint32_value(scope)) else { return };
    let Some(trace) = v8::StackTrace::current_stack_trace(scope, 64) else { return };
    for index in 0..trace.get_frame_count() {
        let Some(frame) = trace.get_frame(scope, index) else { continue };
        if frame.get_line_number() != line as usize || frame.get_column() != column as usize {
            continue;
        }
        if frame.get_script_name(scope).is_some_and(|n| n.to_rust_string_lossy(scope) == name) {
            if let Some(source) = frame.get_script_source(scope) {
                rv.set(source.into());
            }
            return;
        }
    }
}

/// An object of name → number entries.
fn number_table<'s>(scope: &mut v8::PinScope<'s, '_>, entries: impl Iterator<Item = (&'static str, i32)>) -> v8::Local<'s, v8::Object> {
    let object = v8::Object::new(scope);
    for (name, value) in entries {
        if let Some(key) = v8::String::new(scope, name) {
            let value = v8::Integer::new(scope, value);
            object.set(scope, key.into(), value.into());
        }
    }
    object
}
