//! *Module statics*: what native modules cache per isolate.
//!
//! Node once kept V8 handles for its native modules in C++ statics, which breaks as soon as
//! two isolates share a process. Here every native module keeps its cached handles (strings,
//! templates, functions) in `ModuleStatics`, a table that lives in the isolate's own state:
//! created lazily the first time that isolate needs them, dropped with that isolate. No
//! `static` or `thread_local` ever holds a V8 handle.
//!
//! A cached handle is a [`StaticHandle`], which remembers the instance that created it; using
//! it from any other isolate ends that instance with an engine fault before V8 could be handed
//! a foreign handle (checked on every use, in every build: it costs one comparison).

use std::any::{Any, TypeId};
use std::rc::Rc;

use crate::state::InstanceState;

/// A V8 handle cached for one isolate.
pub(crate) struct StaticHandle<T> {
    handle: v8::Global<T>,
    owner: u64,
}

impl<T: 'static> StaticHandle<T> {
    pub fn new(scope: &mut v8::PinScope, local: v8::Local<T>) -> Self {
        let owner = InstanceState::get(scope).control.id;
        #[cfg(feature = "mutants")]
        let owner = if crate::mutants::active(crate::mutants::Mutant::SharedModuleStatics) {
            *crate::mutants::shared::statics_owners().entry(std::any::TypeId::of::<T>()).or_insert(owner)
        } else {
            owner
        };
        StaticHandle { handle: v8::Global::new(scope, local), owner }
    }

    /// The handle as a local of `scope`'s isolate; `None` (the instance then ends with an
    /// engine fault) when it belongs to another isolate.
    pub fn get<'s>(&self, scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, T>> {
        let state = InstanceState::get(scope);
        if let Err(message) = check_owner(self.owner, state.control.id) {
            state.control.end(crate::outcome::ExitCause::EngineFault { message }, crate::exit_code::ExitCode::EngineFault.code());
            scope.terminate_execution();
            return None;
        }
        Some(v8::Local::new(scope, &self.handle))
    }
}

/// The check behind [`StaticHandle::get`].
pub(crate) fn check_owner(owner: u64, user: u64) -> Result<(), String> {
    if owner == user {
        Ok(())
    } else {
        Err(format!("a module static created by instance {owner} was used by instance {user}: V8 handles must never cross isolates"))
    }
}

/// The statics of type `T` for `scope`'s isolate (kept in its [`crate::state::ModuleStatics`]), created by
/// `init` on first use.
pub(crate) fn get_or_init<T: 'static>(scope: &mut v8::PinScope, init: impl FnOnce(&mut v8::PinScope) -> Option<T>) -> Option<Rc<T>> {
    let state = InstanceState::get(scope);
    let existing = state.statics.get(TypeId::of::<T>());
    let any = match existing {
        Some(any) => any,
        None => {
            let value: Rc<dyn Any> = Rc::new(init(scope)?);
            state.statics.insert(TypeId::of::<T>(), value.clone());
            value
        }
    };
    any.downcast::<T>().ok()
}

/// Reads argument `i` as a string, or throws Node's ERR_INVALID_ARG_TYPE.
pub(crate) fn string_arg(
    scope: &mut v8::PinScope,
    args: &v8::FunctionCallbackArguments,
    i: i32,
    name: &str,
) -> Option<String> {
    let v = args.get(i);
    if v.is_string() {
        return Some(v.to_rust_string_lossy(scope));
    }
    throw_invalid_arg_type(scope, name, "string", v);
    None
}

/// Throws Node's ERR_INVALID_ARG_TYPE: `The "name" argument must be of type expected.
/// Received …`.
pub(crate) fn throw_invalid_arg_type(scope: &mut v8::PinScope, name: &str, expected: &str, v: v8::Local<v8::Value>) {
    let shown = if v.is_null_or_undefined() {
        format!("Received {}", crate::js::display_string(scope, v))
    } else if v.is_function() {
        let fname = v8::Local::<v8::Function>::try_from(v).map(|f| f.get_name(scope).to_rust_string_lossy(scope)).unwrap_or_default();
        format!("Received function {fname}")
    } else {
        let type_name = v.type_of(scope).to_rust_string_lossy(scope);
        let text = crate::js::inspect(scope, v).unwrap_or_default();
        if type_name == "object" { "Received an instance of Object".to_string() } else { format!("Received type {type_name} ({text})") }
    };
    let text = format!("The \"{name}\" argument must be of type {expected}. {shown}");
    super::throw_error(scope, super::ErrorKind::TypeError, &text, Some("ERR_INVALID_ARG_TYPE"));
}

/// Sets a string return value.
pub(crate) fn return_string(scope: &mut v8::PinScope, rv: &mut v8::ReturnValue, s: &str) {
    if let Some(s) = v8::String::new(scope, s) {
        rv.set(s.into());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_owner_check_rejects_a_handle_from_another_isolate() {
        let message = super::check_owner(1, 2).expect_err("instance 2 must not use instance 1's handle");
        assert!(message.contains("must never cross isolates"), "{message}");
    }

    #[test]
    fn the_owner_check_accepts_the_owner() {
        assert!(super::check_owner(7, 7).is_ok());
    }
}
