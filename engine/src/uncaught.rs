//! Node's uncaught-exception path (`TriggerUncaughtException`): an exception that escaped
//! JavaScript goes to `process._fatalException`; if nobody handles it, the fatal report is
//! written and the instance ends with `process.exitCode` (1 when unset). A `_fatalException`
//! that is not a function ends it with 6; one that throws ends it with 7. [`call_hook`] is
//! how the engine calls the runtime's hooks with that path behind them.

use crate::exit_code::ExitCode;
use crate::js::{self, Ret};
use crate::outcome::ExitCause;
use crate::report::fatal_report;
use crate::state::InstanceState;

/// Calls a hook of the runtime. An exception it lets escape goes down Node's
/// uncaught-exception path; `None` then means "it threw, or the instance is ending".
pub(crate) fn call_hook(scope: &mut v8::PinScope, which: js::Hook, args: &[v8::Local<v8::Value>]) -> Option<Ret> {
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return None;
    }
    let f = js::hook(scope, which)?;
    let recv = v8::undefined(scope).into();
    match js::call(scope, f, recv, args) {
        Ok(ret) => Some(ret),
        Err(thrown) => {
            if let Some((exception, message)) = thrown.into_locals(scope) {
                trigger(scope, exception, message, false);
            }
            None
        }
    }
}

/// Hands `exception` to `process._fatalException` (see the module's doc).
pub(crate) fn trigger(
    scope: &mut v8::PinScope,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
    from_promise: bool,
) {
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return;
    }
    let Some(process) = js::process_object(scope) else {
        end_fatal(scope, exception, message, ExitCode::GenericUserError.code());
        return;
    };
    let fatal = v8::String::new(scope, "_fatalException")
        .and_then(|key| process.get(scope, key.into()))
        .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok());
    let Some(fatal) = fatal else {
        end_fatal(scope, exception, message, ExitCode::InvalidFatalExceptionMonkeyPatching.code());
        return;
    };
    let from_promise = v8::Boolean::new(scope, from_promise).into();
    match js::call(scope, fatal, process.into(), &[exception, from_promise]) {
        Ok(Ret::Bool(false)) => {
            let code = exit_code_or(scope, process, ExitCode::GenericUserError.code());
            end_fatal(scope, exception, message, code);
        }
        Ok(_) => {}
        Err(thrown) => {
            if let Some((exception, message)) = thrown.into_locals(scope) {
                end_fatal(scope, exception, message, ExitCode::ExceptionInFatalExceptionHandler.code());
            }
        }
    }
}

fn end_fatal(
    scope: &mut v8::PinScope,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
    code: i32,
) {
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return;
    }
    let report = fatal_report(scope, exception, message);
    state.control.write(2, report.text.as_bytes());
    let cause = ExitCause::UncaughtException { message: report.message, stack: report.stack };
    if state.control.end(cause, code) {
        scope.terminate_execution();
    }
}

/// `process.exitCode` as the exit status it stands for, or `fallback` when it is unset.
pub(crate) fn exit_code_or(scope: &mut v8::PinScope, process: v8::Local<v8::Object>, fallback: i32) -> i32 {
    let value = v8::String::new(scope, "exitCode").and_then(|key| process.get(scope, key.into()));
    match value {
        Some(v) if !v.is_null_or_undefined() => v.int32_value(scope).unwrap_or(fallback),
        _ => fallback,
    }
}
