//! Planted leaks (*mutants*): realistic embedder bugs that break isolation between instances,
//! compiled in only with the `mutants` cargo feature (off in every normal build) and switched
//! on at run time by name through `BULKHEAD_MUTANT`. They exist to prove that the harness
//! catches leaks: `bulkhead mutants` runs the main job once per mutant and scores how many it
//! caught (harness/src/mutants.rs). Each mutant is one small `if active(..)` at the place the
//! bug would live, described in one line in [`ALL`].
//!
//! Without the feature, [`active`] is a constant `false`, so every planted branch is dead code
//! the compiler removes, and [`selected`] is always `None`.

/// One planted leak.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutant {
    /// `process.env` writes go to one overlay shared by every instance.
    SharedEnv,
    /// A simulated signal is delivered to the most recently started other instance.
    MisroutedSignal,
    /// Ending an instance terminates the isolate most recently attached in the process (a
    /// process-wide "current isolate"), not its own.
    TerminateCurrent,
    /// Timers are numbered from one process-wide sequence, as one timer queue for the whole
    /// process would number them.
    SharedTimerIds,
    /// The exit code of a drained instance is kept process-wide (the last non-zero one wins).
    SharedExitCode,
    /// An instance's output is captured by the most recently started instance.
    MisattributedOutput,
    /// Whether an unhandled rejection was handled is decided by 'unhandledRejection'
    /// listeners anywhere in the process (one tracker for all).
    SharedRejectionListeners,
    /// Native modules' statics are cached process-wide: every isolate after the first gets the
    /// first one's handles (the debug owner check stops them before V8 does).
    SharedModuleStatics,
    /// Every instance draws the same `Math.random` and `crypto` streams.
    SameRandom,
    /// A snapshot restore puts the Buffer pool on one process-wide backing store instead of
    /// the instance's own copy.
    SharedSnapshotBuffer,
    /// `process.umask(mask)` changes one process-wide value.
    SharedUmask,
    /// CPU limits and `process.cpuUsage()` read the process's CPU clock, not the thread's.
    ProcessCpuClock,
    /// Every instance reports the host's pid as `process.pid`.
    SharedPid,
    /// Which signals have listeners is recorded process-wide, not per instance.
    SharedSignalListeners,
    /// Which module files have been evaluated is known process-wide: a file another instance
    /// loaded is not run again (its `require` gives empty exports).
    SharedModuleRegistry,
    /// A forked child's inherited stdio is wired to the most recently started other root
    /// instance, not to its own parent.
    MisroutedChildOutput,
    /// What a parent writes to its piped child's stdin also reaches the most recently started
    /// other piped child (one stdin queue for all children).
    MisroutedChildInput,
    /// A zygote's child does not seed its `Math.random()` afresh, so every child draws from the
    /// generator that restoring the zygote's context made before it forked: one stream for all
    /// (the warm-fork leak Aworker reseeds against).
    ZygoteSameRandom,
}

/// A mutant's name (as `BULKHEAD_MUTANT` selects it) and what it plants, in one line.
#[derive(Clone, Copy, Debug)]
pub struct MutantInfo {
    /// The mutant.
    pub mutant: Mutant,
    /// Its name on the command line.
    pub name: &'static str,
    /// The bug it plants.
    pub description: &'static str,
}

/// Every mutant, in a fixed order.
pub const ALL: &[MutantInfo] = &[
    MutantInfo { mutant: Mutant::SharedEnv, name: "shared-env", description: "process.env writes go to one overlay shared by every instance" },
    MutantInfo { mutant: Mutant::MisroutedSignal, name: "misrouted-signal", description: "a simulated signal is delivered to the most recently started other instance" },
    MutantInfo { mutant: Mutant::TerminateCurrent, name: "terminate-current", description: "ending an instance terminates the process-wide \"current\" isolate, not its own" },
    MutantInfo { mutant: Mutant::SharedTimerIds, name: "shared-timer-ids", description: "timers are numbered from one process-wide timer sequence" },
    MutantInfo { mutant: Mutant::SharedExitCode, name: "shared-exit-code", description: "a drained instance's exit code is kept process-wide (the last non-zero one wins)" },
    MutantInfo { mutant: Mutant::MisattributedOutput, name: "misattributed-output", description: "an instance's output is captured by the most recently started instance" },
    MutantInfo { mutant: Mutant::SharedRejectionListeners, name: "shared-rejection-listeners", description: "an unhandled rejection counts as handled if any instance has an 'unhandledRejection' listener" },
    MutantInfo { mutant: Mutant::SharedModuleStatics, name: "shared-module-statics", description: "native modules' statics are cached process-wide, not per isolate" },
    MutantInfo { mutant: Mutant::SameRandom, name: "same-random", description: "every instance draws the same Math.random and crypto streams" },
    MutantInfo { mutant: Mutant::SharedSnapshotBuffer, name: "shared-snapshot-buffer", description: "a snapshot restore puts the Buffer pool on one process-wide backing store" },
    MutantInfo { mutant: Mutant::SharedUmask, name: "shared-umask", description: "process.umask(mask) changes one process-wide value" },
    MutantInfo { mutant: Mutant::ProcessCpuClock, name: "process-cpu-clock", description: "CPU limits and process.cpuUsage() read the process's CPU clock, not the thread's" },
    MutantInfo { mutant: Mutant::SharedPid, name: "shared-pid", description: "every instance reports the host's pid as process.pid" },
    MutantInfo { mutant: Mutant::SharedSignalListeners, name: "shared-signal-listeners", description: "which signals have listeners is recorded process-wide, not per instance" },
    MutantInfo { mutant: Mutant::SharedModuleRegistry, name: "shared-module-registry", description: "which module files have been evaluated is known process-wide, so a file is run once per process" },
    MutantInfo { mutant: Mutant::MisroutedChildOutput, name: "misrouted-child-output", description: "a forked child's inherited output goes to the newest other instance, not its parent" },
    MutantInfo { mutant: Mutant::MisroutedChildInput, name: "misrouted-child-input", description: "what a parent writes to a piped child's stdin also reaches the newest other piped child" },
    MutantInfo { mutant: Mutant::ZygoteSameRandom, name: "zygote-same-random", description: "a zygote's children skip reseeding Math.random, so all draw from the generator the zygote made" },
];

/// Whether this build can plant mutants at all (the `mutants` feature).
pub const ENABLED: bool = cfg!(feature = "mutants");

/// The environment variable that selects a mutant.
pub const SELECTOR: &str = "BULKHEAD_MUTANT";

/// The mutant this process runs with: the one `BULKHEAD_MUTANT` names, in a build with the
/// `mutants` feature; otherwise none.
#[cfg(feature = "mutants")]
pub fn selected() -> Option<&'static MutantInfo> {
    static SELECTED: std::sync::OnceLock<Option<&'static MutantInfo>> = std::sync::OnceLock::new();
    *SELECTED.get_or_init(|| {
        let name = std::env::var(SELECTOR).ok()?;
        let found = ALL.iter().find(|m| m.name == name);
        if found.is_none() && !name.is_empty() {
            eprintln!("bulkhead: {SELECTOR}={name:?} names no mutant; running without one");
        }
        found
    })
}

/// The mutant this process runs with: never one, in a build without the `mutants` feature.
#[cfg(not(feature = "mutants"))]
#[inline(always)]
pub fn selected() -> Option<&'static MutantInfo> {
    None
}

/// Whether `mutant` is planted in this run.
#[inline(always)]
pub fn active(mutant: Mutant) -> bool {
    ENABLED && selected().is_some_and(|m| m.mutant == mutant)
}

/// The shared state some mutants plant: process-wide, exactly what the correct code keeps per
/// instance. Only reached when a mutant is active.
#[cfg(feature = "mutants")]
pub(crate) mod shared {
    use std::collections::{BTreeMap, HashMap};
    use std::sync::{Arc, Mutex, OnceLock, PoisonError, Weak};

    fn lock<T>(m: &'static Mutex<T>) -> std::sync::MutexGuard<'static, T> {
        m.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The one env overlay of [`super::Mutant::SharedEnv`].
    pub fn env() -> std::sync::MutexGuard<'static, BTreeMap<String, String>> {
        static ENV: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
        lock(&ENV)
    }

    /// Things (instances) in the order they started, newest last, held weakly: what the
    /// misrouting mutants pick their wrong target from.
    pub struct Newest<T>(Mutex<Vec<Weak<T>>>);

    impl<T> Newest<T> {
        pub const fn new() -> Self {
            Newest(Mutex::new(Vec::new()))
        }

        pub fn note(&self, item: &Arc<T>) {
            let mut all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            all.retain(|c| c.strong_count() > 0);
            all.push(Arc::downgrade(item));
        }

        /// The newest live item that `accept` takes.
        pub fn newest(&self, accept: impl Fn(&T) -> bool) -> Option<Arc<T>> {
            self.0.lock().unwrap_or_else(PoisonError::into_inner).iter().rev().filter_map(Weak::upgrade).find(|c| accept(c))
        }
    }

    /// The process-wide "current isolate" of [`super::Mutant::TerminateCurrent`].
    pub fn current_isolate() -> std::sync::MutexGuard<'static, Option<v8::IsolateHandle>> {
        static CURRENT: Mutex<Option<v8::IsolateHandle>> = Mutex::new(None);
        lock(&CURRENT)
    }

    /// Process-wide named numbers for the runtime's JavaScript (timer ids, the rejection
    /// listener flag, the umask).
    pub fn cells() -> std::sync::MutexGuard<'static, HashMap<String, f64>> {
        static CELLS: OnceLock<Mutex<HashMap<String, f64>>> = OnceLock::new();
        lock(CELLS.get_or_init(Default::default))
    }

    /// The first instance to create a module static of each type.
    pub fn statics_owners() -> std::sync::MutexGuard<'static, HashMap<std::any::TypeId, u64>> {
        static OWNERS: OnceLock<Mutex<HashMap<std::any::TypeId, u64>>> = OnceLock::new();
        lock(OWNERS.get_or_init(Default::default))
    }

    /// The one backing store of [`super::Mutant::SharedSnapshotBuffer`].
    pub fn buffer(len: usize) -> v8::SharedRef<v8::BackingStore> {
        static STORE: OnceLock<v8::SharedRef<v8::BackingStore>> = OnceLock::new();
        STORE.get_or_init(|| v8::ArrayBuffer::new_backing_store_from_vec(vec![0u8; len]).make_shared()).clone()
    }

    /// The last non-zero exit code of [`super::Mutant::SharedExitCode`].
    pub fn exit_code(code: i32) -> i32 {
        static LAST: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);
        if code != 0 {
            LAST.store(code, std::sync::atomic::Ordering::SeqCst);
        }
        LAST.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The listening bits of [`super::Mutant::SharedSignalListeners`].
    pub static LISTENING: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
}

/// `native.mutantCell(name[, value])`: a process-wide number (set and return the old value,
/// or read it), for the mutants planted in the runtime's JavaScript. Does nothing in a build
/// without the `mutants` feature, where the JavaScript never calls it.
pub(crate) fn op_mutant_cell(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    #[cfg(feature = "mutants")]
    {
        let name = args.get(0).to_rust_string_lossy(scope);
        let value = args.get(1).number_value(scope).filter(|_| !args.get(1).is_undefined());
        let mut cells = shared::cells();
        let old = cells.get(&name).copied().unwrap_or(0.0);
        if let Some(value) = value {
            cells.insert(name, value);
        }
        rv.set_double(old);
    }
    #[cfg(not(feature = "mutants"))]
    let _ = (scope, args, &mut rv);
}

/// `native.mutantBuffer(length)`: an ArrayBuffer on one process-wide backing store, for
/// [`Mutant::SharedSnapshotBuffer`]. Does nothing in a build without the `mutants` feature.
pub(crate) fn op_mutant_buffer(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    #[cfg(feature = "mutants")]
    {
        let len = args.get(0).uint32_value(scope).unwrap_or(0) as usize;
        let store = shared::buffer(len);
        rv.set(v8::ArrayBuffer::with_backing_store(scope, &store).into());
    }
    #[cfg(not(feature = "mutants"))]
    let _ = (scope, args, &mut rv);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mutant_is_listed_once_with_a_unique_name() {
        let mut names = std::collections::HashSet::new();
        for m in ALL {
            assert!(names.insert(m.name), "{} twice", m.name);
            assert!(!m.description.is_empty());
        }
        assert!(ALL.len() >= 12, "the harness must be proven against at least 12 leak classes");
    }

    #[test]
    fn without_a_selection_nothing_is_planted() {
        if std::env::var_os(SELECTOR).is_none() {
            assert!(selected().is_none());
            assert!(ALL.iter().all(|m| !active(m.mutant)));
        }
    }
}
