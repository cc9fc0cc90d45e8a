//! Per-isolate state: [`InstanceState`], reached from every native callback through the
//! isolate's typed slot (never through a global or a thread-local), and dropped with the
//! isolate.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use crate::control::Control;
use crate::env::EnvOverlay;
use crate::modules::ModuleStatics;

pub(crate) struct InstanceState {
    pub control: Arc<Control>,
    pub started: Instant,
    /// The object returned by bootstrap.js: the functions the loop drives, and `process`.
    pub hooks: RefCell<Option<v8::Global<v8::Object>>>,
    pub env: RefCell<EnvOverlay>,
    pub statics: ModuleStatics,
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
}
