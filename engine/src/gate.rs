//! A start gate and the live-instance count: what lets a harness prove that N instances were
//! alive at the same moment. Instances given a [`StartGate`] build their isolate, context and
//! bootstrap, report arrival, then wait for the gate to open before running their script.
//! [`live_instances`] counts isolates that exist right now, process-wide.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Isolates alive right now in this process.
pub fn live_instances() -> usize {
    LIVE.load(Ordering::SeqCst)
}

/// The most isolates alive at once since the process started (or since [`reset_peak`]).
pub fn peak_live_instances() -> usize {
    PEAK.load(Ordering::SeqCst)
}

/// Restarts peak tracking from the current live count.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Ordering::SeqCst), Ordering::SeqCst);
}

/// Held by an instance thread while its isolate exists.
pub(crate) struct LiveGuard;

impl LiveGuard {
    pub fn enter() -> LiveGuard {
        let now = LIVE.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(now, Ordering::SeqCst);
        LiveGuard
    }
}

impl Drop for LiveGuard {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

#[derive(Default)]
struct GateState {
    arrived: usize,
    open: bool,
}

/// A gate many instances wait at; share it with `Arc`.
#[derive(Default)]
pub struct StartGate {
    state: Mutex<GateState>,
    changed: Condvar,
}

impl StartGate {
    /// A closed gate.
    pub fn new() -> Self {
        StartGate::default()
    }

    /// How many instances are waiting (or have waited) here.
    pub fn arrived(&self) -> usize {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).arrived
    }

    /// Blocks until `n` instances have arrived, or `timeout` passes; returns how many arrived.
    pub fn wait_for_arrivals(&self, n: usize, timeout: Duration) -> usize {
        let deadline = std::time::Instant::now() + timeout;
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while state.arrived < n {
            let now = std::time::Instant::now();
            if now >= deadline {
                break;
            }
            state = self.changed.wait_timeout(state, deadline - now).unwrap_or_else(PoisonError::into_inner).0;
        }
        state.arrived
    }

    /// Lets every waiting (and later) instance run its script.
    pub fn open(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).open = true;
        self.changed.notify_all();
    }

    /// Blocks until the gate is open.
    pub fn wait_open(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.open {
            state = self.changed.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Called by an instance: report arrival (once).
    pub(crate) fn arrive(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).arrived += 1;
        self.changed.notify_all();
    }

    /// Called by an instance: wait for the gate to open, or for `give_up` to say the
    /// instance has ended meanwhile.
    pub(crate) fn wait_open_unless(&self, give_up: impl Fn() -> bool) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.open && !give_up() {
            state = self.changed.wait_timeout(state, Duration::from_millis(20)).unwrap_or_else(PoisonError::into_inner).0;
        }
    }
}
