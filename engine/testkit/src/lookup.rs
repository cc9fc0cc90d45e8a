//! How a native callback finds its instance's own state, measured (benches/benches/lookup.rs)
//! rather than assumed. Six strategies, each a callback that reads and bumps a counter in the
//! state, called from JavaScript in a hot loop:
//! - `baseline`: looks nothing up (the cost of the call itself);
//! - `data_slot`: a raw pointer in one of the isolate's embedder data slots;
//! - `typed_slot`: the v8 crate's typed slot (`get_slot::<Rc<T>>()`, a TypeId-keyed map);
//! - `typed_slot_rc_clone`: the typed slot plus cloning the `Rc` out of it;
//! - `thread_local`: a Rust `thread_local!` (only sound with one isolate per thread);
//! - `global_map`: a process-wide map keyed by instance id behind a mutex.
//!
//! It lives in the engine's test kit (engine/testkit), out of the shipped engine, because one
//! strategy needs `unsafe`, which only the engine's folder may hold.
//! The engine's own choice is documented in ARCHITECTURE.md with the figures.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Mutex, OnceLock};

use v8::MapFnTo;

/// The strategies, in the order [`LookupBench::run`] takes them.
pub const STRATEGIES: [&str; 6] = ["baseline", "data_slot", "typed_slot", "typed_slot_rc_clone", "thread_local", "global_map"];

const SLOT: u32 = 0;
const MAP_KEY: u64 = 7;

struct State {
    calls: Cell<u64>,
}

thread_local! {
    static TLS_STATE: State = const { State { calls: Cell::new(0) } };
}

fn global_map() -> &'static Mutex<HashMap<u64, u64>> {
    static MAP: OnceLock<Mutex<HashMap<u64, u64>>> = OnceLock::new();
    MAP.get_or_init(|| Mutex::new(HashMap::new()))
}

fn baseline(_: &mut v8::PinScope, _: v8::FunctionCallbackArguments, _: v8::ReturnValue) {}

fn data_slot(scope: &mut v8::PinScope, _: v8::FunctionCallbackArguments, _: v8::ReturnValue) {
    let ptr = scope.get_data(SLOT) as *const State;
    if ptr.is_null() {
        return;
    }
    // SAFETY: LookupBench::new stores a pointer to its boxed `State` in SLOT before any
    // JavaScript runs; the box outlives the isolate (field order in LookupBench), and only the
    // isolate's own thread calls this.
    let state = unsafe { &*ptr };
    state.calls.set(state.calls.get() + 1);
}

fn typed_slot(scope: &mut v8::PinScope, _: v8::FunctionCallbackArguments, _: v8::ReturnValue) {
    if let Some(state) = scope.get_slot::<Rc<State>>() {
        state.calls.set(state.calls.get() + 1);
    }
}

fn typed_slot_rc_clone(scope: &mut v8::PinScope, _: v8::FunctionCallbackArguments, _: v8::ReturnValue) {
    if let Some(state) = scope.get_slot::<Rc<State>>().cloned() {
        state.calls.set(state.calls.get() + 1);
    }
}

fn thread_local(_: &mut v8::PinScope, _: v8::FunctionCallbackArguments, _: v8::ReturnValue) {
    TLS_STATE.with(|s| s.calls.set(s.calls.get() + 1));
}

fn global_map_lookup(_: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _: v8::ReturnValue) {
    let key = v8::Local::<v8::Integer>::try_from(args.data()).map(|i| i.value() as u64).unwrap_or(0);
    let mut map = global_map().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(calls) = map.get_mut(&key) {
        *calls += 1;
    }
}

/// An isolate with one hot loop per strategy, ready to be run repeatedly.
pub struct LookupBench {
    // Field order matters: the isolate (and its handles) go before the state it points to.
    loops: Vec<v8::Global<v8::Function>>,
    context: v8::Global<v8::Context>,
    isolate: v8::OwnedIsolate,
    state: Box<State>,
}

impl LookupBench {
    /// Builds the isolate; each loop calls its strategy's callback `calls` times.
    pub fn new(calls: u64) -> LookupBench {
        engine::init();
        let state = Box::new(State { calls: Cell::new(0) });
        let mut isolate = v8::Isolate::new(Default::default());
        isolate.set_data(SLOT, &*state as *const State as *mut std::ffi::c_void);
        isolate.set_slot(Rc::new(State { calls: Cell::new(0) }));
        global_map().lock().unwrap_or_else(|e| e.into_inner()).insert(MAP_KEY, 0);
        let callbacks: [v8::FunctionCallback; 6] = [
            baseline.map_fn_to(),
            data_slot.map_fn_to(),
            typed_slot.map_fn_to(),
            typed_slot_rc_clone.map_fn_to(),
            thread_local.map_fn_to(),
            global_map_lookup.map_fn_to(),
        ];
        let (context, loops) = {
            v8::scope!(let scope, &mut isolate);
            let context = v8::Context::new(scope, Default::default());
            let scope = &mut v8::ContextScope::new(scope, context);
            let mut loops = Vec::new();
            for callback in callbacks {
                let data = v8::Integer::new(scope, MAP_KEY as i32);
                let f = v8::Function::builder_raw(callback).data(data.into()).build(scope).expect("a function");
                let source = format!("(function (f) {{ return function () {{ for (let i = 0; i < {calls}; i++) f(); }}; }})");
                let source = v8::String::new(scope, &source).expect("source");
                let factory = v8::Script::compile(scope, source, None).and_then(|s| s.run(scope)).expect("compiles");
                let factory = v8::Local::<v8::Function>::try_from(factory).expect("a factory");
                let recv = v8::undefined(scope).into();
                let hot = factory.call(scope, recv, &[f.into()]).expect("a loop");
                let hot = v8::Local::<v8::Function>::try_from(hot).expect("a loop function");
                loops.push(v8::Global::new(scope, hot));
            }
            (v8::Global::new(scope, context), loops)
        };
        LookupBench { loops, context, isolate, state }
    }

    /// Runs strategy `index`'s loop once.
    pub fn run(&mut self, index: usize) {
        v8::scope!(let scope, &mut self.isolate);
        let context = v8::Local::new(scope, &self.context);
        let scope = &mut v8::ContextScope::new(scope, context);
        let hot = v8::Local::new(scope, &self.loops[index]);
        let recv = v8::undefined(scope).into();
        hot.call(scope, recv, &[]);
    }

    /// How many times the data-slot strategy's callback ran (proof that it did).
    pub fn data_slot_calls(&self) -> u64 {
        self.state.calls.get()
    }
}
