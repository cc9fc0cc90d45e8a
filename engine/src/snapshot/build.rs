//! Building snapshots. The *base* snapshot is the runtime booted once per process (the first
//! time an instance or a user snapshot needs it): every instance starts from it and only
//! applies its own identity. A *user* snapshot runs a warm-up script (as a CommonJS module,
//! with its ticks and microtasks) in a runtime restored from the base. Either way the builder
//! is a snapshot creator on a thread of its own, alone in the process, and the runtime's
//! hooks ride in the blob as context data for the instances that will restore it.

use std::sync::{Arc, OnceLock};

use super::{Snapshot, SnapshotError};
use crate::config::{InstanceConfig, ScriptSource};
use crate::control::Control;
use crate::outcome::ExitCause;
use crate::runtime::{JsRuntime, HOOKS_INDEX};

/// What a warm-up printed while the snapshot was built.
#[derive(Clone, Debug, Default)]
pub struct BuildLog {
    /// The warm-up's stdout.
    pub stdout: String,
    /// The warm-up's stderr.
    pub stderr: String,
}

/// The engine's base snapshot: the runtime booted once (its JavaScript run in a snapshot
/// creator, with the warm-up hook), which every instance and every user snapshot starts from.
/// Read from the cache on disk (cache.rs) or built the first time anything in the process needs
/// it; an error here is an engine bug (the runtime itself does not boot).
pub(crate) fn base() -> Result<&'static [u8], String> {
    static BASE: OnceLock<Result<&'static [u8], String>> = OnceLock::new();
    BASE.get_or_init(|| {
        crate::platform::init();
        let snapshot = match super::cache::load() {
            Some(cached) => cached,
            None => {
                let (built, _) = on_builder_thread("the base snapshot".into(), build_on_this_thread(None)).map_err(|e| e.to_string())?;
                super::cache::store(&built);
                built
            }
        };
        Ok(&*Box::leak(snapshot.blob().to_vec().into_boxed_slice()))
    })
    .clone()
}

/// Runs `warmup` (as a CommonJS module, with its ticks and microtasks) in a runtime restored
/// from the base snapshot and snapshots the resulting heap. The warm-up must not exit, throw,
/// or leave timers pending.
pub fn build(warmup: &ScriptSource) -> Result<(Snapshot, BuildLog), SnapshotError> {
    let file = warmup.file_name.to_string_lossy().into_owned();
    let base = base().map_err(|message| SnapshotError::WarmUp { file: file.clone(), message })?;
    on_builder_thread(file, build_on_this_thread(Some((InstanceConfig::new(warmup.clone()), base))))
}

/// Builds on a thread of its own, with an instance thread's stack; a panic is an error.
fn on_builder_thread(
    file: String,
    build: impl FnOnce() -> Result<(Snapshot, BuildLog), SnapshotError> + Send + 'static,
) -> Result<(Snapshot, BuildLog), SnapshotError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let thread_file = file.clone();
    let spawned = std::thread::Builder::new()
        .name("snapshot-builder".into())
        .stack_size(crate::instance::INSTANCE_STACK_BYTES)
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(build));
            let _ = tx.send(result.unwrap_or_else(|_| {
                Err(SnapshotError::WarmUp { file: thread_file, message: "the engine panicked while building".into() })
            }));
        });
    let builder = match spawned {
        Ok(builder) => builder,
        Err(e) => return Err(SnapshotError::WarmUp { file, message: format!("cannot start the builder thread: {e}") }),
    };
    let built = rx.recv().unwrap_or_else(|_| Err(SnapshotError::WarmUp { file, message: "the builder thread stopped".into() }));
    // Joined, not left to end on its own: a zygote counts its threads before each fork.
    let _ = builder.join();
    built
}

/// The base snapshot (`warmup` none) or a user snapshot of `warmup` on top of `base`.
fn build_on_this_thread(warmup: Option<(InstanceConfig, &'static [u8])>) -> impl FnOnce() -> Result<(Snapshot, BuildLog), SnapshotError> {
    move || {
        let config = warmup.as_ref().map(|(c, _)| c.clone()).unwrap_or_default();
        let file = config.script.as_ref().map(|s| s.file_name.to_string_lossy().into_owned()).unwrap_or_else(|| "the base snapshot".into());
        let fail = |message: String| SnapshotError::WarmUp { file: file.clone(), message };
        let control = Arc::new(Control::new(0, false));
        // A snapshot creator's isolate must be alone in the process (see phase.rs).
        let _phase = crate::phase::enter(crate::phase::building(), false, || false, || {});
        let base = warmup.as_ref().map(|(_, base)| v8::StartupData::from(*base));
        let on_base = base.is_some();
        let mut runtime = JsRuntime::for_snapshot(&config, base, &control);
        let result = {
            v8::scope!(let scope, runtime.isolate());
            let context = v8::Context::new(scope, Default::default());
            let scope = &mut v8::ContextScope::new(scope, context);
            let outcome = (|| {
                if on_base {
                    if !crate::runtime::adopt(scope) {
                        return Err(fail("the base snapshot holds no runtime".into()));
                    }
                    crate::event_loop::restore(scope, &config, true);
                    crate::event_loop::run_main(scope, &config);
                } else {
                    if !crate::runtime::boot_fresh(scope, &config) {
                        return Err(fail("the runtime did not boot".into()));
                    }
                    let info = crate::runtime::boot_info_object(scope, &config, true).ok_or_else(|| fail("no boot info".into()))?;
                    crate::uncaught::call_hook(scope, |h| &h.warm_up, &[info]);
                }
                if let Some(ending) = control.ending() {
                    return Err(fail(format!("ended while building ({}, exit code {})", describe(&ending.cause), ending.code)));
                }
                if !crate::state::InstanceState::get(scope).modules.borrow().records.is_empty() {
                    return Err(fail(
                        "it loaded ES modules (an ES module main, import, import() or require of one): V8 cannot put module \
                         records in a snapshot, so a warm-up may load CommonJS files only"
                            .into(),
                    ));
                }
                let pending = crate::uncaught::call_hook(scope, |h| &h.pending_work, &[]);
                if !matches!(pending, Some(crate::js::Ret::Number(n)) if n == 0.0) {
                    return Err(fail("left timers or immediates pending; a snapshot cannot carry them".into()));
                }
                let hooks = crate::state::InstanceState::get(scope).hooks().map(|h| v8::Local::new(scope, &h.object));
                let hooks = hooks.ok_or_else(|| fail("the runtime left no hooks".into()))?;
                let index = scope.add_context_data(context, hooks);
                if index != HOOKS_INDEX {
                    return Err(fail(format!("the hooks landed at context data index {index}")));
                }
                Ok(())
            })();
            // Whatever happened, the creator gets a default context: V8 cannot finish (or
            // abandon) a snapshot without one.
            scope.set_default_context(context);
            outcome
        };
        let output = control.take_output();
        let log = BuildLog {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        if let Err(e) = result {
            // The creator must be consumed by create_blob before it is dropped; the blob of a
            // failed warm-up is thrown away.
            let _ = runtime.create_blob(false);
            return Err(match e {
                SnapshotError::WarmUp { file, message } if !log.stderr.is_empty() => {
                    SnapshotError::WarmUp { file, message: format!("{message}\n{}", log.stderr.trim_end()) }
                }
                other => other,
            });
        }
        let blob = runtime.create_blob(true).ok_or_else(|| fail("V8 could not create the blob".into()))?;
        Ok((Snapshot::from_blob(&blob), log))
    }
}

fn describe(cause: &ExitCause) -> String {
    match cause {
        ExitCause::UncaughtException { message, .. } => format!("uncaught {message}"),
        ExitCause::StartupError { message } => message.clone(),
        other => other.kind().to_string(),
    }
}
