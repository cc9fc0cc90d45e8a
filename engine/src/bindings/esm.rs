//! The ES module loader's ops (`internalBinding('esm')`): compile a module, list its
//! requests, link them, make a synthetic module (a builtin, a CommonJS module, JSON seen from
//! an import), instantiate, evaluate, read a namespace. Modules are numbers here, records in
//! the isolate's table (engine/src/modules.rs).

use crate::modules;

/// The `esm` binding's ops, in a fixed order (part of the snapshot's external references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "compile" => op_compile,
        "requests" => op_requests,
        "link" => op_link,
        "synthetic" => op_synthetic,
        "instantiate" => op_instantiate,
        "evaluate" => op_evaluate,
        "namespace" => op_namespace,
        "isGraphAsync" => op_is_graph_async,
    ]
}

fn id_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, i: i32) -> Option<usize> {
    let n = args.get(i).uint32_value(scope)?;
    Some(n as usize)
}

/// `compile(source, url)`: the module's number; a source that does not parse throws its
/// SyntaxError, decorated with where (as Node shows it).
fn op_compile(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    if !args.get(0).is_string() || !args.get(1).is_string() {
        return;
    }
    v8::tc_scope!(let tc, scope);
    let (Some(source), Some(url)) = (args.get(0).to_string(tc), args.get(1).to_string(tc)) else { return };
    let origin = crate::js::module_origin(tc, url.into());
    let mut source = v8::script_compiler::Source::new(source, Some(&origin));
    match v8::script_compiler::compile_module(tc, &mut source) {
        Some(module) => {
            let url = url.to_rust_string_lossy(tc);
            let id = modules::add(tc, module, url, None, Vec::new());
            rv.set_uint32(id as u32);
        }
        None => {
            if let (Some(exception), Some(message)) = (tc.exception(), tc.message()) {
                crate::report::decorate(tc, exception, message);
            }
            tc.rethrow();
        }
    }
}

/// `requests(id)`: the module's static imports, in source order, as [specifier, type].
fn op_requests(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = id_arg(scope, &args, 0).and_then(|id| modules::module(scope, id)) else { return };
    let requests = module.get_module_requests();
    let mut out = Vec::new();
    for i in 0..requests.length() {
        let Some(request) = requests.get(scope, i).and_then(|r| v8::Local::<v8::ModuleRequest>::try_from(r).ok()) else { continue };
        let specifier = request.get_specifier();
        let attributes = request.get_import_attributes();
        let kind = modules::type_attribute(scope, attributes, 3);
        let Some(kind) = v8::String::new(scope, &kind) else { return };
        out.push(v8::Array::new_with_elements(scope, &[specifier.into(), kind.into()]).into());
    }
    rv.set(v8::Array::new_with_elements(scope, &out).into());
}

/// `link(id, specifier, type, target)`: what a request of `id` resolves to.
fn op_link(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let (Some(id), Some(target)) = (id_arg(scope, &args, 0), id_arg(scope, &args, 3)) else { return };
    let specifier = args.get(1).to_rust_string_lossy(scope);
    let kind = args.get(2).to_rust_string_lossy(scope);
    rv.set_bool(modules::link(scope, id, specifier, kind, target));
}

/// `synthetic(url, exportNames, evaluate)`: a module whose exports `evaluate()` gives when it
/// is evaluated; its number.
fn op_synthetic(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let (Ok(names), Ok(evaluate)) = (v8::Local::<v8::Array>::try_from(args.get(1)), v8::Local::<v8::Function>::try_from(args.get(2))) else {
        return;
    };
    let url = args.get(0).to_rust_string_lossy(scope);
    let mut exports = Vec::new();
    for i in 0..names.length() {
        let Some(name) = names.get_index(scope, i) else { return };
        let name = name.to_rust_string_lossy(scope);
        if !exports.contains(&name) {
            exports.push(name);
        }
    }
    let keys: Vec<v8::Local<v8::String>> = exports.iter().filter_map(|n| v8::String::new(scope, n)).collect();
    let Some(name) = v8::String::new(scope, &url) else { return };
    let module = v8::Module::create_synthetic_module(scope, name, &keys, modules::evaluate_synthetic);
    let id = modules::add(scope, module, url, Some(evaluate), exports);
    rv.set_uint32(id as u32);
}

/// `instantiate(id)`: links the graph through the loader's links; throws what V8 throws (a
/// missing export is a SyntaxError, decorated with where).
fn op_instantiate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = id_arg(scope, &args, 0).and_then(|id| modules::module(scope, id)) else { return };
    v8::tc_scope!(let tc, scope);
    match module.instantiate_module(tc, modules::resolve) {
        Some(ok) => rv.set_bool(ok),
        None => {
            if let (Some(exception), Some(message)) = (tc.exception(), tc.message()) {
                crate::report::decorate(tc, exception, message);
            }
            tc.rethrow();
        }
    }
}

/// `evaluate(id)`: the graph's evaluation promise (undefined once the instance is ending).
fn op_evaluate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = id_arg(scope, &args, 0).and_then(|id| modules::module(scope, id)) else { return };
    if let Some(result) = module.evaluate(scope) {
        rv.set(result);
    }
}

/// `namespace(id)`: the module's namespace object.
fn op_namespace(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = id_arg(scope, &args, 0).and_then(|id| modules::module(scope, id)) else { return };
    if matches!(module.get_status(), v8::ModuleStatus::Uninstantiated | v8::ModuleStatus::Instantiating) {
        return;
    }
    rv.set(module.get_module_namespace());
}

/// `isGraphAsync(id)`: whether the instantiated graph has a top-level await.
fn op_is_graph_async(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = id_arg(scope, &args, 0).and_then(|id| modules::module(scope, id)) else { return };
    rv.set_bool(!matches!(module.get_status(), v8::ModuleStatus::Uninstantiated) && module.is_graph_async());
}
