//! Calling into JavaScript from Rust: the guarded call every loop step goes through, and
//! Node's uncaught-exception path (`TriggerUncaughtException`) that an escaped exception
//! takes — `process._fatalException`, the 6 and 7 exit codes, and the fatal report.

use crate::outcome::ExitCause;
use crate::report::fatal_report;
use crate::state::InstanceState;

/// What a guarded call produced, reduced to what the loop needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Ret {
    Bool(bool),
    Number(f64),
    Other,
}

impl Ret {
    pub fn truthy(self) -> bool {
        matches!(self, Ret::Bool(true))
    }
}

/// Why JavaScript stopped short.
pub(crate) enum Thrown {
    /// `TerminateExecution`: the instance is ending (or being interrupted); run nothing more.
    Terminated,
    /// An exception escaped.
    Exception { exception: v8::Global<v8::Value>, message: Option<v8::Global<v8::Message>> },
}

impl Thrown {
    /// The caught exception and its message as locals of `scope` (`None` for a termination).
    pub fn into_locals<'s>(
        self,
        scope: &mut v8::PinScope<'s, '_>,
    ) -> Option<(v8::Local<'s, v8::Value>, Option<v8::Local<'s, v8::Message>>)> {
        match self {
            Thrown::Terminated => None,
            Thrown::Exception { exception, message } => {
                let message = message.map(|m| v8::Local::new(scope, m));
                Some((v8::Local::new(scope, exception), message))
            }
        }
    }
}

fn reduce(value: v8::Local<v8::Value>) -> Ret {
    if value.is_boolean() {
        Ret::Bool(value.is_true())
    } else if value.is_number() {
        Ret::Number(value.number_value_fast().unwrap_or(f64::NAN))
    } else {
        Ret::Other
    }
}

trait NumberFast {
    fn number_value_fast(&self) -> Option<f64>;
}

impl NumberFast for v8::Local<'_, v8::Value> {
    fn number_value_fast(&self) -> Option<f64> {
        v8::Local::<v8::Number>::try_from(*self).ok().map(|n| n.value())
    }
}

/// Calls `f` with `args` inside a TryCatch.
pub(crate) fn call(
    scope: &mut v8::PinScope,
    f: v8::Local<v8::Function>,
    recv: v8::Local<v8::Value>,
    args: &[v8::Local<v8::Value>],
) -> Result<Ret, Thrown> {
    v8::tc_scope!(let tc, scope);
    match f.call(tc, recv, args) {
        Some(value) => Ok(reduce(value)),
        None => Err(caught(tc)),
    }
}

/// What a TryCatch holds after JavaScript stopped short.
pub(crate) fn caught(tc: &mut v8::PinnedRef<'_, v8::TryCatch<v8::HandleScope>>) -> Thrown {
    if tc.has_terminated() || !tc.has_caught() {
        return Thrown::Terminated;
    }
    let Some(exception) = tc.exception() else { return Thrown::Terminated };
    let message = tc.message().map(|m| v8::Global::new(tc, m));
    Thrown::Exception { exception: v8::Global::new(tc, exception), message }
}

/// The bootstrap hook named `name`.
pub(crate) fn hook<'s>(scope: &mut v8::PinScope<'s, '_>, name: &str) -> Option<v8::Local<'s, v8::Function>> {
    let state = InstanceState::get(scope);
    let hooks = state.hooks.borrow();
    let hooks = v8::Local::new(scope, hooks.as_ref()?);
    let key = v8::String::new(scope, name)?;
    let value = hooks.get(scope, key.into())?;
    v8::Local::<v8::Function>::try_from(value).ok()
}

/// The instance's `process` object.
pub(crate) fn process_object<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let state = InstanceState::get(scope);
    let hooks = state.hooks.borrow();
    let hooks = v8::Local::new(scope, hooks.as_ref()?);
    let key = v8::String::new(scope, "process")?;
    hooks.get(scope, key.into())?.to_object(scope)
}

/// Calls the bootstrap hook `name`. An exception it lets escape goes down Node's
/// uncaught-exception path; `None` then means "it threw, or the instance is ending".
pub(crate) fn call_hook(scope: &mut v8::PinScope, name: &str, args: &[v8::Local<v8::Value>]) -> Option<Ret> {
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return None;
    }
    let f = hook(scope, name)?;
    let recv = v8::undefined(scope).into();
    match call(scope, f, recv, args) {
        Ok(ret) => Some(ret),
        Err(thrown) => {
            if let Some((exception, message)) = thrown.into_locals(scope) {
                trigger_uncaught(scope, exception, message, false);
            }
            None
        }
    }
}

/// Node's `TriggerUncaughtException`: hands the error to `process._fatalException`, and if
/// nobody handles it, writes the fatal report and ends the instance with `process.exitCode`
/// (1 when unset). A `_fatalException` that is not a function ends it with 6; one that throws
/// ends it with 7.
pub(crate) fn trigger_uncaught(
    scope: &mut v8::PinScope,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
    from_promise: bool,
) {
    let state = InstanceState::get(scope);
    if state.control.is_ended() {
        return;
    }
    let Some(process) = process_object(scope) else {
        end_fatal(scope, exception, message, 1);
        return;
    };
    let fatal = v8::String::new(scope, "_fatalException")
        .and_then(|key| process.get(scope, key.into()))
        .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok());
    let Some(fatal) = fatal else {
        end_fatal(scope, exception, message, 6);
        return;
    };
    let from_promise = v8::Boolean::new(scope, from_promise).into();
    match call(scope, fatal, process.into(), &[exception, from_promise]) {
        Ok(Ret::Bool(false)) => {
            let code = exit_code_or(scope, process, 1);
            end_fatal(scope, exception, message, code);
        }
        Ok(_) => {}
        Err(thrown) => {
            if let Some((exception, message)) = thrown.into_locals(scope) {
                end_fatal(scope, exception, message, 7);
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
    crate::ops::write_output(&state, 2, &report.text);
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

/// `String(value)`, never throwing.
pub(crate) fn display_string(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> String {
    if value.is_symbol() {
        if let Ok(sym) = v8::Local::<v8::Symbol>::try_from(value) {
            let desc = sym.description(scope);
            if desc.is_undefined() {
                return "Symbol()".into();
            }
            return format!("Symbol({})", desc.to_rust_string_lossy(scope));
        }
    }
    v8::tc_scope!(let tc, scope);
    match value.to_string(tc) {
        Some(s) => s.to_rust_string_lossy(tc),
        None => "[object that cannot be converted to a string]".into(),
    }
}

/// `value.stack` when `value` is an object whose stack is a string.
pub(crate) fn stack_of(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<String> {
    let object = v8::Local::<v8::Object>::try_from(value).ok()?;
    v8::tc_scope!(let tc, scope);
    let key = v8::String::new(tc, "stack")?;
    let stack = object.get(tc, key.into())?;
    stack.is_string().then(|| stack.to_rust_string_lossy(tc))
}

/// The bootstrap's `inspect(value)`, as Node's util.inspect would print it.
pub(crate) fn inspect(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<String> {
    let f = hook(scope, "inspect")?;
    v8::tc_scope!(let tc, scope);
    let recv = v8::undefined(tc).into();
    let out = f.call(tc, recv, &[value])?;
    Some(out.to_rust_string_lossy(tc))
}
