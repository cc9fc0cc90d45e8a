//! ES modules, the engine's half: one isolate's module records (V8 `Module`s, which are not
//! JavaScript values) in a table the runtime's loader (`internal/modules/esm`) addresses by
//! number, and the callbacks V8 makes while it links, evaluates and imports. The loader
//! decides everything (resolution, formats, the order of loading); this file only keeps
//! records, answers V8's resolve callback from the links the loader made, runs a synthetic
//! module's evaluation through the function the loader gave it, and hands `import()` and
//! `import.meta` to the loader's hooks.
//!
//! The table lives in the isolate's [`InstanceState`] and dies with it: module records
//! cannot ride in a snapshot, so building one refuses an instance that has any.

use crate::state::InstanceState;
use crate::uncaught::call_hook;

/// One module record.
pub(crate) struct Record {
    pub module: v8::Global<v8::Module>,
    /// What the loader named it (a `file:` URL, `node:` id …).
    pub url: String,
    /// Its requests, resolved by the loader: specifier, `type` attribute, target record.
    pub links: Vec<(String, String, usize)>,
    /// A synthetic module's evaluation: returns the object its exports are read from.
    pub evaluate: Option<v8::Global<v8::Function>>,
    /// A synthetic module's export names.
    pub exports: Vec<String>,
}

/// One isolate's module records, by number.
#[derive(Default)]
pub(crate) struct ModuleMap {
    pub records: Vec<Record>,
}

impl ModuleMap {
    /// The record of `module`, found by identity.
    fn find(&self, scope: &mut v8::PinScope, module: v8::Local<v8::Module>) -> Option<usize> {
        self.records.iter().position(|r| v8::Local::new(scope, &r.module) == module)
    }
}

/// Adds a record; its number.
pub(crate) fn add(scope: &mut v8::PinScope, module: v8::Local<v8::Module>, url: String, evaluate: Option<v8::Local<v8::Function>>, exports: Vec<String>) -> usize {
    let state = InstanceState::get(scope);
    let mut map = state.modules.borrow_mut();
    map.records.push(Record {
        module: v8::Global::new(scope, module),
        url,
        links: Vec::new(),
        evaluate: evaluate.map(|f| v8::Global::new(scope, f)),
        exports,
    });
    map.records.len() - 1
}

/// The module of record `id`.
pub(crate) fn module<'s>(scope: &mut v8::PinScope<'s, '_>, id: usize) -> Option<v8::Local<'s, v8::Module>> {
    let state = InstanceState::get(scope);
    let map = state.modules.borrow();
    map.records.get(id).map(|r| v8::Local::new(scope, &r.module))
}

/// Records what the loader resolved a request of `id` to.
pub(crate) fn link(scope: &v8::PinScope, id: usize, specifier: String, kind: String, target: usize) -> bool {
    let state = InstanceState::get(scope);
    let mut map = state.modules.borrow_mut();
    if target >= map.records.len() {
        return false;
    }
    match map.records.get_mut(id) {
        Some(record) => {
            record.links.push((specifier, kind, target));
            true
        }
        None => false,
    }
}

/// The `type` import attribute in V8's flat attribute list (`stride` entries per attribute),
/// or the empty string.
pub(crate) fn type_attribute(scope: &mut v8::PinScope, attributes: v8::Local<v8::FixedArray>, stride: usize) -> String {
    let mut i = 0;
    while i + 1 < attributes.length() {
        let key = attributes.get(scope, i).and_then(|k| v8::Local::<v8::Value>::try_from(k).ok());
        let value = attributes.get(scope, i + 1).and_then(|v| v8::Local::<v8::Value>::try_from(v).ok());
        if let (Some(key), Some(value)) = (key, value) {
            if key.to_rust_string_lossy(scope) == "type" {
                return value.to_rust_string_lossy(scope);
            }
        }
        i += stride;
    }
    String::new()
}

/// V8's resolve callback: the record the loader linked `specifier` of `referrer` to.
pub(crate) fn resolve<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    attributes: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    // SAFETY: V8 calls this while it instantiates a module, on the isolate's thread, inside
    // the context it passes: the context is entered and a handle scope may be opened.
    v8::callback_scope!(unsafe scope, context);
    let specifier = specifier.to_rust_string_lossy(scope);
    let kind = type_attribute(scope, attributes, 3);
    let state = InstanceState::get(scope);
    let target = {
        let map = state.modules.borrow();
        let from = map.find(scope, referrer)?;
        map.records[from].links.iter().find(|(s, k, _)| *s == specifier && *k == kind).map(|(_, _, t)| *t)
    };
    match target {
        Some(target) => module(scope, target),
        None => {
            let message = v8::String::new(scope, &format!("Cannot find module '{specifier}': the loader did not link it"))?;
            let exception = v8::Exception::error(scope, message);
            scope.throw_exception(exception);
            None
        }
    }
}

/// A synthetic module's evaluation: calls the loader's function, then sets each export from
/// the object it returns.
pub(crate) fn evaluate_synthetic<'s>(context: v8::Local<'s, v8::Context>, module: v8::Local<v8::Module>) -> Option<v8::Local<'s, v8::Value>> {
    // SAFETY: V8 calls this while it evaluates the module, on the isolate's thread, inside the
    // context it passes.
    v8::callback_scope!(unsafe scope, context);
    let state = InstanceState::get(scope);
    let (evaluate, exports) = {
        let map = state.modules.borrow();
        let id = map.find(scope, module)?;
        let record = &map.records[id];
        (v8::Local::new(scope, record.evaluate.as_ref()?), record.exports.clone())
    };
    let recv = v8::undefined(scope).into();
    let values = evaluate.call(scope, recv, &[])?.to_object(scope)?;
    for name in exports {
        let key = v8::String::new(scope, &name)?;
        let value = values.get(scope, key.into())?;
        module.set_synthetic_module_export(scope, key, value)?;
    }
    // V8 hands the steps' result to whoever evaluates the module: a settled promise, as for
    // a module without top-level await.
    let resolver = v8::PromiseResolver::new(scope)?;
    let undefined = v8::undefined(scope).into();
    resolver.resolve(scope, undefined)?;
    Some(resolver.get_promise(scope).into())
}

/// `import()`: the loader's `importModuleDynamically(specifier, referrer, type)` gives the
/// promise.
pub(crate) fn import_dynamically<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _options: v8::Local<'s, v8::Data>,
    referrer: v8::Local<'s, v8::Value>,
    specifier: v8::Local<'s, v8::String>,
    attributes: v8::Local<'s, v8::FixedArray>,
) -> Option<v8::Local<'s, v8::Promise>> {
    let kind = type_attribute(scope, attributes, 2);
    let kind = v8::String::new(scope, &kind)?;
    let f = crate::js::hook(scope, |h| &h.import_dynamically)?;
    let recv = v8::undefined(scope).into();
    let promise = f.call(scope, recv, &[specifier.into(), referrer, kind.into()])?;
    v8::Local::<v8::Promise>::try_from(promise).ok()
}

/// `import.meta`, the first time a module reads it: the loader fills it from the module's URL.
pub(crate) unsafe extern "C" fn initialize_import_meta(context: v8::Local<v8::Context>, module: v8::Local<v8::Module>, meta: v8::Local<v8::Object>) {
    // SAFETY: V8 calls this on the isolate's thread, inside the context it passes, the first
    // time a module's code reads import.meta.
    v8::callback_scope!(unsafe scope, context);
    let state = InstanceState::get(scope);
    let url = {
        let map = state.modules.borrow();
        let Some(id) = map.find(scope, module) else { return };
        map.records[id].url.clone()
    };
    let Some(url) = v8::String::new(scope, &url) else { return };
    call_hook(scope, |h| &h.initialize_import_meta, &[meta.into(), url.into()]);
}
