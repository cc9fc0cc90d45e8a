//! Per-isolate state: [`InstanceState`], reached from every native callback through the
//! isolate's typed slot (never through a global or a thread-local), and dropped with the
//! isolate. It holds the typed contract with the runtime's JavaScript: the [`Hooks`] the
//! bootstrap hands over once, kept as typed handles so that the event loop never looks a
//! function up by name.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use crate::control::Control;
use crate::env::EnvOverlay;

pub(crate) struct InstanceState {
    pub control: Arc<Control>,
    pub started: Instant,
    /// The runtime's callbacks, once the bootstrap (or a snapshot) has provided them.
    pub hooks: RefCell<Option<Rc<Hooks>>>,
    pub env: RefCell<EnvOverlay>,
    /// The working directory `process.chdir` gave this instance, `None` before (the host
    /// process's then). Only ever the instance's: no instance changes the process's own.
    pub cwd: RefCell<Option<String>>,
    pub statics: ModuleStatics,
    /// The ES module records of this isolate (modules.rs).
    pub modules: RefCell<crate::modules::ModuleMap>,
    /// This isolate is a snapshot creator (its compiled code rides in its blob).
    pub building_snapshot: bool,
    /// What a child this instance forks inherits (ipc.rs).
    pub fork_defaults: crate::ipc::ForkDefaults,
}

impl InstanceState {
    /// Milliseconds since the instance started, on a monotonic clock.
    pub fn now_ms(&self) -> f64 {
        self.started.elapsed().as_secs_f64() * 1000.0
    }

    /// The state of the isolate `scope` belongs to.
    pub fn get(scope: &v8::PinScope) -> Rc<InstanceState> {
        scope
            .get_slot::<Rc<InstanceState>>()
            .cloned()
            .expect("every isolate the engine creates carries its InstanceState from birth")
    }

    /// The instance's working directory: what relative paths resolve against.
    pub fn cwd(&self) -> String {
        self.cwd.borrow().clone().unwrap_or_else(host_cwd)
    }

    /// The hooks, when the runtime has booted.
    pub fn hooks(&self) -> Option<Rc<Hooks>> {
        self.hooks.borrow().clone()
    }

    /// Drops every handle the state holds into the heap (before the heap is serialised or
    /// disposed).
    pub fn release_handles(&self) {
        self.hooks.borrow_mut().take();
        self.statics.clear();
        self.modules.borrow_mut().records.clear();
    }
}

/// The host process's working directory (it never changes after start).
pub(crate) fn host_cwd() -> String {
    std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into())
}

/// One isolate's module statics (bindings/statics.rs): at most one value per module type.
#[derive(Default)]
pub(crate) struct ModuleStatics {
    slots: RefCell<HashMap<TypeId, Rc<dyn Any>>>,
}

impl ModuleStatics {
    pub fn get(&self, key: TypeId) -> Option<Rc<dyn Any>> {
        self.slots.borrow().get(&key).cloned()
    }

    pub fn insert(&self, key: TypeId, value: Rc<dyn Any>) {
        self.slots.borrow_mut().insert(key, value);
    }

    /// Drops every cached handle.
    pub fn clear(&self) {
        self.slots.borrow_mut().clear();
    }
}

macro_rules! hooks {
    ($($(#[$doc:meta])* $field:ident = $name:literal,)*) => {
        /// The runtime's JavaScript callbacks, handed over once by the bootstrap (as the object
        /// it returns; a snapshot keeps that object as context data) and kept as typed handles.
        pub(crate) struct Hooks {
            /// The object the hooks came in.
            pub object: v8::Global<v8::Object>,
            /// The instance's `process`.
            pub process: v8::Global<v8::Object>,
            $($(#[$doc])* pub $field: v8::Global<v8::Function>,)*
        }

        impl Hooks {
            /// Takes every hook from `object`; `None` when one is missing.
            pub fn from_object(scope: &mut v8::PinScope, object: v8::Local<v8::Object>) -> Option<Hooks> {
                let process = member(scope, object, "process")?.to_object(scope)?;
                Some(Hooks {
                    object: v8::Global::new(scope, object),
                    process: v8::Global::new(scope, process),
                    $($field: {
                        let f = v8::Local::<v8::Function>::try_from(member(scope, object, $name)?).ok()?;
                        v8::Global::new(scope, f)
                    },)*
                })
            }
        }
    };
}

hooks! {
    /// Runs the user's script (a CommonJS function body) as the main module.
    run_main = "runMain",
    /// Runs the nextTick queue, microtasks and rejections.
    tick = "tick",
    /// How many timers and immediates are pending (a snapshot cannot carry any).
    pending_work = "pendingWork",
    /// A restored instance's identity, then the warm-up's deserialize callbacks and main.
    restore = "restore",
    /// Runs the expired timers.
    process_timers = "processTimers",
    /// Runs the queued immediates.
    process_immediates = "processImmediates",
    /// The loop-clock time of the next timer, or -1.
    next_timer_expiry = "nextTimerExpiry",
    /// Whether immediates are queued.
    has_pending_immediates = "hasPendingImmediates",
    /// Whether referenced work keeps the loop alive.
    is_alive = "isAlive",
    /// Whether V8's background work is outstanding.
    has_platform_work = "hasPlatformWork",
    /// Emits 'beforeExit'.
    emit_before_exit = "emitBeforeExit",
    /// Emits 'exit'.
    emit_exit = "emitExit",
    /// The rejection tracker V8 reports to.
    promise_reject_handler = "promiseRejectHandler",
    /// Delivers a signal to its listeners.
    deliver_signal = "deliverSignal",
    /// Delivers what a parent or child posted: (kind, id, value, signal).
    deliver_ipc = "deliverIpc",
    /// util.inspect, for the fatal report.
    inspect = "inspect",
    /// Compiles what every instance runs into the base snapshot (its builder calls it once).
    warm_up = "warmUp",
    /// How the main script is to be loaded: 0 CommonJS, 1 an ES module, 2 "detect".
    main_format = "mainFormat",
    /// Runs an ES module main from its source (throws when its static graph does not load).
    run_main_module = "runMainESM",
    /// `import()`: a promise of the namespace.
    import_dynamically = "importModuleDynamically",
    /// Fills `import.meta` for a module URL.
    initialize_import_meta = "initializeImportMeta",
    /// V8's own `Math.random`, as the runtime captured it before any script ran (a warm-up may
    /// replace the global one): a zygote's child seeds its stream with one draw.
    math_random = "mathRandom",
}

fn member<'s>(scope: &mut v8::PinScope<'s, '_>, object: v8::Local<v8::Object>, name: &str) -> Option<v8::Local<'s, v8::Value>> {
    let key = v8::String::new(scope, name)?;
    object.get(scope, key.into())
}
