//! An instance's event loop, as Node runs it: the main module, then turn after turn —
//! pending signals, expired timers, the tasks V8 posted (the poll phase), immediates —
//! until no referenced work is left; then 'beforeExit' (which may schedule more) and 'exit'.
//! Every step first checks whether the instance has ended; once it has, no more JavaScript of
//! it runs (loop break), and whatever was on the stack was stopped by `TerminateExecution`.

use std::time::Duration;

use crate::config::InstanceConfig;
use crate::exit_code::ExitCode;
use crate::js::{self, Ret};
use crate::uncaught::call_hook;
use crate::outcome::ExitCause;
use crate::signal::DefaultAction;
use crate::state::InstanceState;

/// Gives a restored instance its own identity, then runs the warm-up's deserialize
/// callbacks and main function.
pub(crate) fn restore(scope: &mut v8::PinScope, config: &InstanceConfig, building_snapshot: bool) {
    let info = crate::runtime::boot_info_object(scope, config, building_snapshot);
    if let Some(info) = info {
        call_hook(scope, |h| &h.restore, &[info]);
        after_macrotask(scope);
    }
}

/// Runs the user's script as the main module, as Node decides what it is: CommonJS (compiled
/// here, and run through the bootstrap's `runMain`), or an ES module (`.mjs`, a `.js` under
/// `"type": "module"`, or a typeless `.js` that only parses as a module), loaded with its
/// static graph by the runtime's loader. A script (or static graph) that does not load ends
/// the instance with `StartupError`, exit code 1 and Node's report on stderr.
pub(crate) fn run_main(scope: &mut v8::PinScope, config: &InstanceConfig) {
    let Some(script) = &config.script else { return };
    let file_name = script.file_name.to_string_lossy().into_owned();
    let Some(name) = v8::String::new(scope, &file_name) else { return };
    let format = match call_hook(scope, |h| &h.main_format, &[name.into()]) {
        Some(Ret::Number(n)) => n as u8,
        _ => return,
    };
    if format == MAIN_MODULE {
        return run_main_module(scope, &script.source, name, false);
    }
    match compile_main(scope, &script.source, &file_name) {
        Ok(f) => {
            let function = v8::Local::new(scope, f);
            call_hook(scope, |h| &h.run_main, &[function.into(), name.into()]);
            after_macrotask(scope);
        }
        Err(thrown) => {
            let Some((exception, message)) = thrown.into_locals(scope) else { return };
            if format == MAIN_DETECT && says_module(scope, exception) {
                return run_main_module(scope, &script.source, name, true);
            }
            startup_error(scope, exception, message);
        }
    }
}

/// `mainFormat`'s answers.
const MAIN_MODULE: u8 = 1;
const MAIN_DETECT: u8 = 2;

/// Whether a CommonJS compile error means the source is an ES module (Node's module syntax
/// detection: import/export, import.meta, or a top-level await).
fn says_module(scope: &mut v8::PinScope, exception: v8::Local<v8::Value>) -> bool {
    let Ok(error) = v8::Local::<v8::Object>::try_from(exception) else { return false };
    let Some(key) = v8::String::new(scope, "message") else { return false };
    let message = error.get(scope, key.into()).map(|m| m.to_rust_string_lossy(scope)).unwrap_or_default();
    [
        "Cannot use import statement outside a module",
        "Unexpected token 'export'",
        "Cannot use 'import.meta' outside a module",
        "await is only valid in async functions and the top level bodies of modules",
    ]
    .contains(&message.as_str())
}

/// The main script as an ES module, through the loader's `runMainESM`.
fn run_main_module(scope: &mut v8::PinScope, source: &str, name: v8::Local<v8::String>, detected: bool) {
    let Some(source) = v8::String::new(scope, source) else { return };
    let Some(f) = js::hook(scope, |h| &h.run_main_module) else { return };
    let recv = v8::undefined(scope).into();
    let detected = v8::Boolean::new(scope, detected).into();
    match js::call(scope, f, recv, &[source.into(), name.into(), detected]) {
        Ok(_) => after_macrotask(scope),
        Err(thrown) => {
            if let Some((exception, message)) = thrown.into_locals(scope) {
                startup_error(scope, exception, message);
            }
        }
    }
}

/// A main module that does not load: Node's report, exit code 1.
fn startup_error(scope: &mut v8::PinScope, exception: v8::Local<v8::Value>, message: Option<v8::Local<v8::Message>>) {
    let state = InstanceState::get(scope);
    let report = crate::report::fatal_report(scope, exception, message);
    state.control.write(2, report.text.as_bytes());
    state.control.end(ExitCause::StartupError { message: report.message }, ExitCode::GenericUserError.code());
}

fn compile_main(scope: &mut v8::PinScope, source: &str, file_name: &str) -> Result<v8::Global<v8::Function>, js::Thrown> {
    v8::tc_scope!(let tc, scope);
    let compiled = (|| {
        let source = v8::String::new(tc, source)?;
        let name = v8::String::new(tc, file_name)?;
        js::compile_commonjs(tc, source, name)
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
        call_hook(scope, |h| &h.tick, &[]);
    }
}

/// How often an idle loop looks for tasks V8 posted while background work is outstanding.
const PLATFORM_POLL: Duration = Duration::from_millis(1);

/// The event loop: while referenced work is left, one iteration delivers pending signals,
/// runs expired timers, then immediates (unreferenced ones too); when none is left it emits
/// `'beforeExit'`, and if that schedules nothing, `'exit'`.
pub(crate) fn run(scope: &mut v8::PinScope, state: &InstanceState) {
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
        // As libuv's uv_run: a loop with no referenced work left does not iterate at all (an
        // unref'd immediate or timer never runs); it emits 'beforeExit', which may revive it.
        if !call_hook(scope, |h| &h.is_alive, &[]).is_some_and(Ret::truthy) {
            call_hook(scope, |h| &h.emit_before_exit, &[]);
            if control.is_ended() {
                return;
            }
            if call_hook(scope, |h| &h.is_alive, &[]).is_some_and(Ret::truthy) {
                continue;
            }
            break;
        }
        let now = v8::Number::new(scope, state.now_ms().floor()).into();
        // Node calls processTimers again after a handled exception, to run the rest.
        while call_hook(scope, |h| &h.process_timers, &[now]).is_none() {
            if control.is_ended() {
                return;
            }
        }
        // Node's poll phase, between timers and immediates: what relatives posted (their I/O),
        // then the tasks of its platform.
        deliver_ipc(scope, state);
        if control.is_ended() {
            return;
        }
        if crate::platform::run_posted_tasks(scope) {
            after_macrotask(scope);
            if control.is_ended() {
                return;
            }
        }
        if call_hook(scope, |h| &h.process_immediates, &[]).is_none() {
            if control.is_ended() {
                return;
            }
            after_macrotask(scope);
            continue;
        }
        if control.is_ended() {
            return;
        }
        if !call_hook(scope, |h| &h.is_alive, &[]).is_some_and(Ret::truthy) {
            continue;
        }
        let mut wait = if call_hook(scope, |h| &h.has_pending_immediates, &[]).is_some_and(Ret::truthy) {
            Some(Duration::ZERO)
        } else {
            match call_hook(scope, |h| &h.next_timer_expiry, &[]) {
                Some(Ret::Number(expiry)) if expiry >= 0.0 => {
                    Some(Duration::from_secs_f64(((expiry - state.now_ms()) / 1000.0).max(0.0)))
                }
                _ => None,
            }
        };
        // V8 posts the end of its background work as a task nobody wakes the loop for: poll.
        if call_hook(scope, |h| &h.has_platform_work, &[]).is_some_and(Ret::truthy) {
            wait = Some(wait.map_or(PLATFORM_POLL, |w| w.min(PLATFORM_POLL)));
        }
        if control.is_ended() {
            return;
        }
        control.wait(wait);
    }
    // The loop drained: 'exit' listeners run, then the instance ends with process.exitCode.
    call_hook(scope, |h| &h.emit_exit, &[]);
    if control.is_ended() {
        return;
    }
    let code = match js::process_object(scope) {
        Some(process) => crate::uncaught::exit_code_or(scope, process, ExitCode::NoFailure.code()),
        None => 0,
    };
    #[cfg(feature = "mutants")]
    let code = if crate::mutants::active(crate::mutants::Mutant::SharedExitCode) { crate::mutants::shared::exit_code(code) } else { code };
    control.end(ExitCause::Drained, code);
}

/// Hands what relatives posted (ipc.rs) to the runtime, one event per call, in order.
fn deliver_ipc(scope: &mut v8::PinScope, state: &InstanceState) {
    use crate::ipc::{IpcEvent, Payload};
    while let Some(event) = state.control.pop_ipc() {
        v8::scope!(let scope, scope);
        let null: v8::Local<v8::Value> = v8::null(scope).into();
        let (kind, id, value, signal) = match event {
            IpcEvent::Message { from, payload: Payload::Json(json) } => ("message", from, v8::String::new(scope, &json).map_or(null, Into::into), null),
            IpcEvent::Message { from, payload: Payload::Advanced(bytes) } => {
                v8::tc_scope!(let tc, scope);
                match crate::bindings::child::read_value(tc, &bytes) {
                    Some(value) => ("value", from, v8::Local::new(tc, value), null),
                    None => continue,
                }
            }
            IpcEvent::Disconnect { from } => ("disconnect", from, null, null),
            IpcEvent::ChildExit { id, code, signal } => {
                let code = code.map_or(null, |c| v8::Integer::new(scope, c).into());
                let signal = signal.and_then(|s| v8::String::new(scope, s)).map_or(null, Into::into);
                ("exit", id, code, signal)
            }
            IpcEvent::Output { from, fd, bytes } => {
                (if fd == 2 { "stderr" } else { "stdout" }, from, crate::bindings::array_buffer(scope, bytes).into(), null)
            }
            IpcEvent::Input { bytes: Some(bytes) } => ("stdin", 0, crate::bindings::array_buffer(scope, bytes).into(), null),
            IpcEvent::Input { bytes: None } => ("stdin", 0, null, null),
        };
        let Some(kind) = v8::String::new(scope, kind) else { return };
        let id = v8::Number::new(scope, id as f64).into();
        if call_hook(scope, |h| &h.deliver_ipc, &[kind.into(), id, value, signal]).is_none() && !state.control.is_ended() {
            after_macrotask(scope);
        }
        if state.control.is_ended() {
            return;
        }
    }
}

fn deliver_pending_signals(scope: &mut v8::PinScope, state: &InstanceState) {
    while let Some(signal) = state.control.pop_signal() {
        let Some(name) = v8::String::new(scope, signal.name()) else { return };
        match call_hook(scope, |h| &h.deliver_signal, &[name.into()]) {
            Some(Ret::Bool(true)) => {}
            // No listener (any more): the default action applies.
            Some(_) => match signal.default_action() {
                DefaultAction::StartDebugger => state.control.write(
                    2,
                    b"Debugger listening on ws://127.0.0.1:9229/bulkhead\nFor help, see: https://nodejs.org/en/docs/inspector\n",
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
