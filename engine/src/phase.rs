//! Blob phases: V8 shares one read-only heap and string table among all live isolates of a
//! process, built from the first isolate's startup blob. Isolates from *different* blobs (V8's
//! default, snapshot A, snapshot B, or a snapshot being built) must therefore never be alive at
//! the same time: their read-only references do not fit each other's heap, and V8 aborts the
//! whole process. This module enforces that: before creating an isolate, an instance enters
//! the phase of its blob and waits, first come first served, while isolates of another blob
//! are alive. Instances of the same blob run together freely. `spawn` never blocks on this; the
//! instance's own thread waits, and a `kill` ends a waiting instance at once.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, OnceLock, PoisonError};
use std::time::Duration;

/// Which startup blob an isolate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Blob {
    /// V8's built-in snapshot.
    Default,
    /// A bulkhead snapshot, by the CRC and length of its payload.
    Snapshot(u32, usize),
    /// A snapshot being built: always alone.
    Building(u64),
}

#[derive(Default)]
struct State {
    current: Option<Blob>,
    live: usize,
    queue: VecDeque<(u64, Blob)>,
    next_ticket: u64,
}

struct Phases {
    state: Mutex<State>,
    changed: Condvar,
}

fn phases() -> &'static Phases {
    static PHASES: OnceLock<Phases> = OnceLock::new();
    PHASES.get_or_init(|| Phases { state: Mutex::new(State::default()), changed: Condvar::new() })
}

/// Held while an isolate of the phase's blob exists.
pub(crate) struct PhaseGuard(());

impl Drop for PhaseGuard {
    fn drop(&mut self) {
        let p = phases();
        let mut s = p.state.lock().unwrap_or_else(PoisonError::into_inner);
        s.live -= 1;
        if s.live == 0 {
            s.current = None;
        }
        drop(s);
        p.changed.notify_all();
    }
}

/// A fresh id for a snapshot build.
pub(crate) fn building() -> Blob {
    let p = phases();
    let mut s = p.state.lock().unwrap_or_else(PoisonError::into_inner);
    s.next_ticket += 1;
    Blob::Building(s.next_ticket)
}

/// Waits until an isolate of `blob` may exist, then returns the guard that says one does.
/// Returns `None` if `give_up` turns true first (the instance was ended while waiting).
/// `on_wait` is called once, the first time the caller has to wait. A forked child
/// (`family`) joins its parent's running phase at once, ahead of anyone queued for another
/// blob: its parent may be waiting for it, and the queued phase waits for its parent.
pub(crate) fn enter(blob: Blob, family: bool, give_up: impl Fn() -> bool, mut on_wait: impl FnMut()) -> Option<PhaseGuard> {
    let mut waited = false;
    let p = phases();
    let mut s = p.state.lock().unwrap_or_else(PoisonError::into_inner);
    s.next_ticket += 1;
    let ticket = s.next_ticket;
    s.queue.push_back((ticket, blob));
    loop {
        let compatible = s.live == 0 || (s.current == Some(blob) && !matches!(blob, Blob::Building(_)));
        // First come, first served: nobody of another blob is waiting ahead of us.
        let overtakes = !(family && s.live > 0 && s.current == Some(blob))
            && s.queue.iter().take_while(|(t, _)| *t != ticket).any(|(_, b)| *b != blob);
        if compatible && !overtakes {
            s.queue.retain(|(t, _)| *t != ticket);
            s.current = Some(blob);
            s.live += 1;
            drop(s);
            p.changed.notify_all();
            return Some(PhaseGuard(()));
        }
        if !waited {
            waited = true;
            drop(s);
            on_wait();
            s = p.state.lock().unwrap_or_else(PoisonError::into_inner);
            continue;
        }
        if give_up() {
            s.queue.retain(|(t, _)| *t != ticket);
            drop(s);
            p.changed.notify_all();
            return None;
        }
        s = p.changed.wait_timeout(s, Duration::from_millis(20)).unwrap_or_else(PoisonError::into_inner).0;
    }
}
