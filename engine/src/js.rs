//! Calling into JavaScript from Rust: the guarded call, the runtime's typed hooks, and
//! reading values without ever throwing. What happens to an exception that escapes, and the
//! hook calls that send it there, are uncaught.rs's.

use crate::state::{Hooks, InstanceState};

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

/// Which hook to call: a field of [`Hooks`].
pub(crate) type Hook = fn(&Hooks) -> &v8::Global<v8::Function>;

/// The instance's `process` object.
pub(crate) fn process_object<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let hooks = InstanceState::get(scope).hooks()?;
    Some(v8::Local::new(scope, &hooks.process))
}

/// A hook as a local function of `scope`.
pub(crate) fn hook<'s>(scope: &mut v8::PinScope<'s, '_>, which: Hook) -> Option<v8::Local<'s, v8::Function>> {
    let hooks = InstanceState::get(scope).hooks()?;
    Some(v8::Local::new(scope, which(&hooks)))
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

/// The runtime's `inspect(value)`, as Node's util.inspect would print it.
pub(crate) fn inspect(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Option<String> {
    let f = hook(scope, |h| &h.inspect)?;
    v8::tc_scope!(let tc, scope);
    let recv = v8::undefined(tc).into();
    let out = f.call(tc, recv, &[value])?;
    Some(out.to_rust_string_lossy(tc))
}

/// A script origin naming `name`.
pub(crate) fn script_origin<'s>(scope: &v8::PinScope<'s, '_>, name: v8::Local<'s, v8::Value>) -> v8::ScriptOrigin<'s> {
    v8::ScriptOrigin::new(scope, name, 0, 0, false, 0, None, false, false, false, None)
}

/// A script origin naming `name`, for an ES module.
pub(crate) fn module_origin<'s>(scope: &v8::PinScope<'s, '_>, name: v8::Local<'s, v8::Value>) -> v8::ScriptOrigin<'s> {
    v8::ScriptOrigin::new(scope, name, 0, 0, false, 0, None, false, false, true, None)
}

/// The parameters of Node's CommonJS wrapper.
const COMMONJS_PARAMS: [&str; 5] = ["exports", "require", "module", "__filename", "__dirname"];

/// `source` compiled as the body of a CommonJS module's wrapper function, its frames named
/// `file_name`; `None` with the SyntaxError pending in `scope` when it does not compile.
pub(crate) fn compile_commonjs<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: v8::Local<'s, v8::String>,
    file_name: v8::Local<'s, v8::String>,
) -> Option<v8::Local<'s, v8::Function>> {
    let origin = script_origin(scope, file_name.into());
    let mut source = v8::script_compiler::Source::new(source, Some(&origin));
    let params: Vec<v8::Local<v8::String>> = COMMONJS_PARAMS.iter().filter_map(|p| v8::String::new(scope, p)).collect();
    v8::script_compiler::compile_function(
        scope,
        &mut source,
        &params,
        &[],
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    )
}
