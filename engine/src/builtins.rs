//! The runtime's JavaScript, as modules: every file under `engine/src/js/`, embedded in the
//! binary, compiled on demand into a function of `(exports, require, module, internalBinding,
//! primordials)` — the shape Node's lib/internal modules have — and named `node:ID` in
//! stack traces, as Node names its own. The module loader that calls them is JavaScript
//! (`internal/bootstrap/realm`); this is its one door to the sources ([`compile`], the
//! `compileModule` op).
//!
//! A module's source is never copied into a heap: V8 reads it where the binary holds it (an
//! external string), and a snapshot refers to it by its place in the external-reference table.
//!
//! Modules loaded while the base snapshot is built ride in it, compiled; the others are
//! compiled the first time an instance requires one, from a code cache the first such
//! instance in the process makes, so that V8 parses each module once per process at most.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

macro_rules! modules {
    ($($id:literal),* $(,)?) => {
        /// Every module of the runtime: its id, its source, and that same source as a V8
        /// external string resource (one copy of the text in the binary serves both). Compiled
        /// from the resource, an isolate's heap points into the binary instead of holding a
        /// copy, and a snapshot records the resource's place in the external-reference table
        /// instead of the text (so every restored instance shares one copy).
        /// `create_external_onebyte_const` refuses, at compile time, a source that is not ASCII.
        pub(crate) static MODULES: &[(&str, &str, &v8::OneByteConst)] = &[$({
            const TEXT: &str = include_str!(concat!("js/", $id, ".js"));
            static EXTERNAL: v8::OneByteConst = v8::String::create_external_onebyte_const(TEXT.as_bytes());
            ($id, TEXT, &EXTERNAL)
        }),*];
    };
}

modules![
    "internal/per_context/primordials",
    "internal/bootstrap/realm",
    "internal/bootstrap/node",
    "internal/errors",
    "internal/validators",
    "internal/util",
    "internal/util/inspect",
    "internal/util/types",
    "internal/util/comparisons",
    "internal/assert/assertion_error",
    "internal/assert/utils",
    "internal/assert/calltracker",
    "internal/encoding",
    "internal/console",
    "internal/timers",
    "internal/child_process",
    "internal/cluster/setup",
    "internal/cluster/worker",
    "internal/cluster/primary",
    "internal/cluster/child",
    "internal/modules/cjs",
    "internal/modules/cjs_lexer",
    "internal/modules/esm",
    "internal/process/object",
    "internal/process/info",
    "internal/process/execution",
    "internal/process/signal",
    "internal/process/warning",
    "internal/process/per_thread",
    "internal/process/stdio",
    "internal/process/env",
    "internal/process/task_queues",
    "internal/process/platform_work",
    "internal/process/allowed_flags",
    "internal/web/expose",
    "internal/web/dom_exception",
    "internal/web/encoding",
    "internal/web/structured_clone",
    "internal/web/performance",
    "internal/web/webcrypto",
    "internal/web/event_target",
    "assert",
    "child_process",
    "cluster",
    "assert/strict",
    "buffer",
    "crypto",
    "events",
    "module",
    "process",
    "timers",
    "timers/promises",
    "util",
    "util/types",
    "v8",
];

/// The external references of the modules' sources, for the isolate's table (bindings/mod.rs):
/// the same in every process running this binary, so a blob it cached stays readable.
pub(crate) fn external_references() -> impl Iterator<Item = v8::ExternalReference> {
    MODULES.iter().map(|(_, _, external)| v8::ExternalReference { pointer: std::ptr::from_ref::<v8::OneByteConst>(external).cast_mut().cast() })
}

/// Every identifier the runtime's modules spell out (primordials.js aside: it makes them), each
/// once, between commas (`,ArrayPrototypePush,MathMax,...,`): which primordials to make.
pub(crate) fn identifiers() -> String {
    let words: std::collections::BTreeSet<&str> = MODULES
        .iter()
        .filter(|(id, _, _)| *id != "internal/per_context/primordials")
        .flat_map(|(_, text, _)| text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')))
        .filter(|word| !word.is_empty())
        .collect();
    words.into_iter().fold(String::from(","), |all, word| all + word + ",")
}

/// The parameters every module function takes.
const PARAMS: [&str; 5] = ["exports", "require", "module", "internalBinding", "primordials"];

/// The code cache of each module, made by the first isolate that compiles it at run time.
fn caches() -> &'static [OnceLock<Box<[u8]>>] {
    static CACHES: OnceLock<Vec<OnceLock<Box<[u8]>>>> = OnceLock::new();
    CACHES.get_or_init(|| MODULES.iter().map(|_| OnceLock::new()).collect())
}

/// How many times V8 refused a module's code cache (it should never, within one process).
pub(crate) static CODE_CACHE_REJECTIONS: AtomicU64 = AtomicU64::new(0);

/// Compiles the module `id` into its function, with `params` (the module shape when `None`);
/// `None` when there is no such module (or it does not compile: a bug in the runtime, which
/// then fails to boot or throws where it is required).
pub(crate) fn compile<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: &str,
    params: Option<&[&str]>,
) -> Option<v8::Local<'s, v8::Function>> {
    let index = MODULES.iter().position(|(m, _, _)| *m == id)?;
    let source = v8::String::new_from_onebyte_const(scope, MODULES[index].2)?;
    let name = v8::String::new(scope, &format!("node:{id}"))?;
    let origin = crate::js::script_origin(scope, name.into());
    let params: Vec<v8::Local<v8::String>> = params.unwrap_or(&PARAMS).iter().filter_map(|p| v8::String::new(scope, p)).collect();
    let cache = &caches()[index];
    let function = match cache.get() {
        Some(bytes) => {
            let data = v8::script_compiler::CachedData::new(bytes);
            let mut source = v8::script_compiler::Source::new_with_cached_data(source, Some(&origin), data);
            let f = v8::script_compiler::compile_function(
                scope,
                &mut source,
                &params,
                &[],
                v8::script_compiler::CompileOptions::ConsumeCodeCache,
                v8::script_compiler::NoCacheReason::NoReason,
            )?;
            if source.get_cached_data().is_some_and(|d| d.rejected()) {
                CODE_CACHE_REJECTIONS.fetch_add(1, Ordering::Relaxed);
            }
            f
        }
        None => {
            let mut source = v8::script_compiler::Source::new(source, Some(&origin));
            let f = v8::script_compiler::compile_function(
                scope,
                &mut source,
                &params,
                &[],
                v8::script_compiler::CompileOptions::NoCompileOptions,
                v8::script_compiler::NoCacheReason::NoReason,
            )?;
            // A snapshot creator's compiles ride in its blob; an instance's make the cache.
            if !crate::state::InstanceState::get(scope).building_snapshot {
                if let Some(data) = f.create_code_cache() {
                    let _ = cache.set(data.to_vec().into_boxed_slice());
                }
            }
            f
        }
    };
    Some(function)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_has_a_unique_id_and_a_module_doc() {
        let mut seen = std::collections::HashSet::new();
        for (id, source, _) in MODULES {
            assert!(seen.insert(*id), "{id} twice");
            assert!(source.starts_with(&format!("// {id}.js - ")), "{id}: a module opens with `// {id}.js - what it is`");
        }
    }

    #[test]
    fn the_primordials_made_are_the_names_the_other_modules_spell_out() {
        let spelled = identifiers();
        assert!(spelled.starts_with(',') && spelled.ends_with(','), "one name between each two commas");
        assert!(!spelled.contains(",,"), "no empty name");
        // Spelled out by internal/util/inspect.js.
        for used in ["ArrayPrototypePush", "ObjectGetOwnPropertyNames", "StringPrototypeSlice"] {
            assert!(spelled.contains(&format!(",{used},")), "{used} is spelled out by a module, so it must be made");
        }
        // Words that only primordials.js itself has are not a reason to make anything.
        assert!(!spelled.contains(",copyPropsRenamed,"), "primordials.js's own words count");
        assert!(!spelled.contains(",ArrayPrototypeCopyWithin,"), "no module calls copyWithin");
    }

    #[test]
    fn snapshots_refer_to_the_module_sources_instead_of_copying_them() {
        // Each module's first line (its doc, unique to it) would be in a blob that copied the
        // text: the base one holds every module booted, the user one also what its warm-up
        // required at run time.
        let base = crate::snapshot::base().expect("the base snapshot builds");
        let warm_up = crate::ScriptSource::new("globalThis.assert = require('assert');", "/virtual/warm.js");
        let (user, _) = crate::snapshot::build(&warm_up).expect("the warm-up builds");
        let firsts: Vec<(&str, &str)> = MODULES.iter().map(|(id, source, _)| (*id, source.lines().next().unwrap_or_default())).collect();
        for (what, blob) in [("base", base), ("user", user.blob())] {
            for at in 0..blob.len().saturating_sub(3) {
                if &blob[at..at + 3] != b"// " {
                    continue;
                }
                for (id, first) in &firsts {
                    assert!(!blob[at..].starts_with(first.as_bytes()), "the {what} snapshot holds a copy of {id}'s source");
                }
            }
        }
    }

    #[test]
    fn a_module_compiled_at_run_time_makes_its_cache_once_and_later_isolates_accept_it() {
        // `assert` is not part of the base snapshot: the first instance that requires it
        // compiles it and makes its cache; the next ones consume it.
        let run = || {
            let config = crate::InstanceConfig::new(crate::ScriptSource::new("console.log(typeof require('assert').deepStrictEqual)", "/virtual/cache.js"));
            crate::spawn(config).expect("spawn").join()
        };
        let first = run();
        assert_eq!(first.stdout, "function\n", "{}", first.stderr);
        let index = MODULES.iter().position(|(m, _, _)| *m == "assert").expect("assert is a module");
        assert!(caches()[index].get().is_some());
        for _ in 0..3 {
            let later = run();
            assert_eq!(later.stdout, "function\n", "{}", later.stderr);
        }
        assert_eq!(CODE_CACHE_REJECTIONS.load(Ordering::Relaxed), 0);
    }
}
