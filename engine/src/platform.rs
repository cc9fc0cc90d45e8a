//! The process-wide V8 platform: initialised exactly once, from whichever thread gets there
//! first, and never torn down (instances may be spawned until the process exits).
//!
//! Two kinds: the default platform (worker threads for GC and compilation), for a process that
//! hosts many instances, and a single-threaded one (`--single-threaded`, no worker thread at
//! all), for the warm-fork zygote, which must still be one thread whenever it forks
//! (zygote/mod.rs). The kind is chosen before the first initialisation and recorded in
//! [`flags`], so a blob built under one is never read under the other.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};

/// The V8 flags every isolate of this engine runs with, recorded in snapshot headers:
/// --stack-size keeps V8's stack guard well inside the 4 MiB stacks instance threads get, so
/// a runaway recursion is a RangeError, never a fault; the rest turn off the language features
/// V8 15 still keeps behind a flag and Node 20 (V8 11.3) does not have, so that a script sees
/// what it would see under Node 20 (Symbol.dispose is then Node 20's own, see
/// internal/per_context/primordials.js).
pub(crate) const V8_FLAGS: &str = "--stack-size=984 --no-js-explicit-resource-management --no-js-float16array --no-js-base-64 \
--no-js-upsert --no-js-error-iserror --no-js-promise-try --no-js-regexp-escape --no-js-iterator-sequencing \
--no-js-regexp-modifiers --no-js-regexp-duplicate-named-groups --no-js-atomics-pause --no-js-sum-precise";

/// What the single-threaded kind adds to [`V8_FLAGS`]: V8 then starts no thread of its own
/// (no concurrent marking, compilation or sweeping), so the process stays at one thread; and
/// its flags stay writable after initialisation, so that a zygote's child can seed its
/// `Math.random()` afresh (runtime.rs `seed_math_random`).
const SINGLE_THREADED_FLAGS: &str = " --single-threaded --no-freeze-flags-after-init";

static INIT: Once = Once::new();
/// Whether [`init`] chose the single-threaded kind (set by [`init_single_threaded`] first).
static SINGLE_THREADED: AtomicBool = AtomicBool::new(false);
static FLAGS: OnceLock<String> = OnceLock::new();
static PLATFORM: OnceLock<v8::SharedRef<v8::Platform>> = OnceLock::new();

/// Initialises V8 for this process. Safe to call any number of times from any thread; every
/// call returns after initialisation has completed.
pub fn init() {
    INIT.call_once(|| {
        // Flags must be set before V8 is initialised. Each instance's exit path relies on
        // TerminateExecution, and its heap limit on per-isolate constraints, so no global
        // flag is needed for those.
        v8::V8::set_flags_from_string(flags());
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::SameRandom) {
            v8::V8::set_flags_from_string("--random-seed=20261125");
        }
        let platform = if SINGLE_THREADED.load(Ordering::SeqCst) {
            v8::new_single_threaded_default_platform(false).make_shared()
        } else {
            v8::new_default_platform(0, false).make_shared()
        };
        let _ = PLATFORM.set(platform.clone());
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
}

/// Initialises V8 single-threaded, for a zygote. False when V8 was already initialised as
/// the default kind (the caller must then not fork).
pub(crate) fn init_single_threaded() -> bool {
    if !INIT.is_completed() {
        SINGLE_THREADED.store(true, Ordering::SeqCst);
    }
    init();
    SINGLE_THREADED.load(Ordering::SeqCst) && flags().ends_with(SINGLE_THREADED_FLAGS)
}

/// Every V8 flag this process runs with (fixed once V8 is initialised): recorded in snapshot
/// headers and the base blob's cache key.
pub(crate) fn flags() -> &'static str {
    FLAGS.get_or_init(|| {
        let mut flags = V8_FLAGS.to_string();
        if SINGLE_THREADED.load(Ordering::SeqCst) {
            flags.push_str(SINGLE_THREADED_FLAGS);
        }
        flags
    })
}

/// Runs the foreground tasks V8 has posted for `isolate` (the settling of an async
/// WebAssembly compile, among others), as Node's platform does between loop phases. Call it
/// on the isolate's own thread. True when at least one ran.
pub(crate) fn run_posted_tasks(isolate: &v8::Isolate) -> bool {
    let Some(platform) = PLATFORM.get() else { return false };
    let mut ran = false;
    while v8::Platform::pump_message_loop(platform, isolate, false) {
        ran = true;
    }
    ran
}
