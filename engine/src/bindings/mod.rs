//! The one door from JavaScript into the engine: native *bindings*, each a table of ops
//! declared in its own file (`native`, the `path` and `os` native modules, `fs` and `esm` for
//! the module loaders, `child_process` for fork and its channel), built into
//! objects by one installer ([`template`]). The same tables, concatenated in a fixed order and
//! followed by the runtime modules' sources (builtins.rs), are the external-references table a
//! snapshot needs ([`external_references`]): an op cannot be installed without being
//! snapshot-safe.
//!
//! Native modules cache what they build per isolate in [`statics`] (ModuleStatics), never in
//! a `static`.

pub(crate) mod child;
pub(crate) mod esm;
pub(crate) mod fs;
pub(crate) mod native;
pub(crate) mod os;
pub(crate) mod path;
pub(crate) mod statics;

use std::sync::OnceLock;

/// One native callback: its property name and the callback.
pub(crate) struct Op {
    pub name: &'static str,
    pub callback: v8::FunctionCallback,
}

/// A binding's op table from `"name" => function` pairs.
macro_rules! ops {
    ($($name:literal => $f:path),* $(,)?) => {{
        use v8::MapFnTo;
        vec![$($crate::bindings::Op { name: $name, callback: $f.map_fn_to() }),*]
    }};
}
pub(crate) use ops;

/// A named table of ops.
pub(crate) struct Binding {
    pub name: &'static str,
    pub ops: Vec<Op>,
}

/// The native modules `require` can load (each a binding of the same name).
pub(crate) const NATIVE_MODULES: [&str; 2] = ["path", "os"];

/// Every binding, in a fixed order.
pub(crate) fn all() -> &'static [Binding] {
    static ALL: OnceLock<Vec<Binding>> = OnceLock::new();
    ALL.get_or_init(|| {
        vec![
            Binding { name: "native", ops: native::ops() },
            Binding { name: "path", ops: path::ops() },
            Binding { name: "os", ops: os::ops() },
            Binding { name: "fs", ops: fs::ops() },
            Binding { name: "esm", ops: esm::ops() },
            Binding { name: "child_process", ops: child::ops() },
        ]
    })
}

/// What kind of Error an op throws.
pub(crate) enum ErrorKind {
    Error,
    TypeError,
    RangeError,
}

/// Throws a new Error of `kind` with `message` and, when given, Node's `code` property: the
/// one way an op reports a failure to the script that called it.
pub(crate) fn throw_error(scope: &mut v8::PinScope, kind: ErrorKind, message: &str, code: Option<&str>) {
    let Some(message) = v8::String::new(scope, message) else { return };
    let error = match kind {
        ErrorKind::Error => v8::Exception::error(scope, message),
        ErrorKind::TypeError => v8::Exception::type_error(scope, message),
        ErrorKind::RangeError => v8::Exception::range_error(scope, message),
    };
    if let Some(code) = code {
        if let (Ok(object), Some(key), Some(code)) = (v8::Local::<v8::Object>::try_from(error), v8::String::new(scope, "code"), v8::String::new(scope, code)) {
            object.set(scope, key.into(), code.into());
        }
    }
    scope.throw_exception(error);
}

/// A new ArrayBuffer that takes `bytes` as its backing store (no copy).
pub(crate) fn array_buffer<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> v8::Local<'s, v8::ArrayBuffer> {
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    v8::ArrayBuffer::with_backing_store(scope, &store)
}

/// The binding called `name`.
pub(crate) fn binding(name: &str) -> Option<&'static Binding> {
    all().iter().find(|b| b.name == name)
}

/// The installer: an object template holding every op of `binding` as a function.
pub(crate) fn template<'s>(scope: &mut v8::PinScope<'s, '_>, binding: &Binding) -> Option<v8::Local<'s, v8::ObjectTemplate>> {
    let template = v8::ObjectTemplate::new(scope);
    for op in &binding.ops {
        let key = v8::String::new(scope, op.name)?;
        let f = v8::FunctionTemplate::builder_raw(op.callback).build(scope);
        template.set(key.into(), f.into());
    }
    Some(template)
}

/// An object holding the ops of the binding called `name`.
pub(crate) fn install<'s>(scope: &mut v8::PinScope<'s, '_>, name: &str) -> Option<v8::Local<'s, v8::Object>> {
    template(scope, binding(name)?)?.new_instance(scope)
}

/// The external references a snapshot needs: every op of every binding, in order, then the
/// runtime modules' sources (builtins.rs).
pub(crate) fn external_references() -> &'static [v8::ExternalReference] {
    struct Table(Vec<v8::ExternalReference>);
    // SAFETY: the table only holds function pointers to the engine's own `extern "C"`
    // callbacks and addresses of immutable statics (the sources' string resources); it is
    // written once, never mutated, and such pointers may be shared freely.
    unsafe impl Sync for Table {}
    // SAFETY: as above: immutable function pointers and statics.
    unsafe impl Send for Table {}
    static TABLE: OnceLock<Table> = OnceLock::new();
    &TABLE
        .get_or_init(|| {
            let ops = all().iter().flat_map(|b| &b.ops).map(|op| v8::ExternalReference { function: op.callback });
            Table(ops.chain(crate::builtins::external_references()).collect())
        })
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_has_a_unique_name_and_an_external_reference() {
        let mut count = 0;
        for binding in all() {
            let mut seen = std::collections::HashSet::new();
            for op in &binding.ops {
                assert!(seen.insert(op.name), "duplicate op {}.{}", binding.name, op.name);
                count += 1;
            }
        }
        assert_eq!(external_references().len(), count + crate::builtins::MODULES.len());
    }

    #[test]
    fn every_native_module_is_a_binding_with_ops() {
        for name in NATIVE_MODULES {
            assert!(binding(name).is_some_and(|b| !b.ops.is_empty()), "native module {name} has no ops");
        }
    }
}
