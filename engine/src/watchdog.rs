//! The process-wide watchdog: one thread, however many instances have limits, that ends
//! instances past their wall-clock timeout or their CPU-time limit. It holds only weak
//! references, so a finished instance costs nothing but its entry until the entry is due.
//!
//! A CPU limit is checked on the instance thread's own CPU clock ([`CpuClock`]). A thread
//! cannot use more CPU time than wall time passes, so after a check that finds `r` left the
//! next check is due `r` later (never sooner than [`MIN_RECHECK`]): the limit is never
//! declared early, a busy machine only makes checks more frequent, and an idle instance costs
//! one check per remaining budget.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError, Weak};
use std::time::{Duration, Instant};

use crate::control::Control;
use crate::exit_code::ExitCode;
use crate::host::CpuClock;
use crate::outcome::ExitCause;

/// The shortest wait between two checks of one CPU limit: an instance overshoots its limit
/// by at most this much CPU time (plus the watchdog's own scheduling delay).
const MIN_RECHECK: Duration = Duration::from_millis(2);

/// What an entry watches.
#[derive(Clone, Copy)]
enum Limit {
    /// End the instance when the entry is due.
    Wall,
    /// Check `clock`; end the instance once it reads `budget_end` or more.
    Cpu { clock: CpuClock, budget_end: Duration },
}

struct Entry {
    due: Instant,
    control: Weak<Control>,
    limit: Limit,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.due == other.due
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.due.cmp(&other.due)
    }
}

struct Watchdog {
    queue: Mutex<BinaryHeap<Reverse<Entry>>>,
    changed: Condvar,
}

fn watchdog() -> &'static Watchdog {
    static WATCHDOG: OnceLock<&'static Watchdog> = OnceLock::new();
    WATCHDOG.get_or_init(|| {
        let dog: &'static Watchdog = Box::leak(Box::new(Watchdog {
            queue: Mutex::new(BinaryHeap::new()),
            changed: Condvar::new(),
        }));
        std::thread::Builder::new()
            .name("bulkhead-watchdog".into())
            .spawn(move || dog.run())
            .map_err(|e| eprintln!("bulkhead: cannot start the limits watchdog: {e}"))
            .ok();
        dog
    })
}

/// `now + d`, or a year from now where that overflows (an absurd limit is simply never due).
fn after(now: Instant, d: Duration) -> Instant {
    now.checked_add(d).unwrap_or_else(|| now + Duration::from_secs(86400 * 365))
}

impl Watchdog {
    fn run(&self) {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let now = Instant::now();
            let wait = match queue.peek() {
                None => None,
                Some(Reverse(entry)) if entry.due <= now => {
                    let Reverse(entry) = queue.pop().expect("peeked entry exists");
                    drop(queue);
                    let again = check(entry, now);
                    queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
                    if let Some(entry) = again {
                        queue.push(Reverse(entry));
                    }
                    continue;
                }
                Some(Reverse(entry)) => Some(entry.due - now),
            };
            queue = match wait {
                None => self.changed.wait(queue).unwrap_or_else(PoisonError::into_inner),
                Some(d) => self.changed.wait_timeout(queue, d).unwrap_or_else(PoisonError::into_inner).0,
            };
        }
    }

    fn push(&self, entry: Entry) {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).push(Reverse(entry));
        self.changed.notify_all();
    }
}

/// Acts on a due entry; returns it again, due later, when its limit is not reached yet.
fn check(entry: Entry, now: Instant) -> Option<Entry> {
    let control = entry.control.upgrade()?;
    if control.is_ended() {
        return None;
    }
    match entry.limit {
        Limit::Wall => {
            control.end(ExitCause::TimedOut, ExitCode::Killed.code());
            None
        }
        Limit::Cpu { clock, budget_end } => {
            // A clock that cannot be read belongs to a thread that has gone: nothing to end.
            let used = clock.read()?;
            if used >= budget_end {
                control.end(ExitCause::CpuLimit, ExitCode::Killed.code());
                return None;
            }
            let left = (budget_end - used).max(MIN_RECHECK);
            Some(Entry { due: after(now, left), ..entry })
        }
    }
}

/// Ends `control`'s instance with `ExitCause::TimedOut` once `timeout` has passed, unless it
/// ended before. Returns the moment it is due (a year away at most, for an absurd timeout).
pub(crate) fn arm_timeout(control: &Arc<Control>, timeout: Duration) -> Instant {
    let due = after(Instant::now(), timeout);
    watchdog().push(Entry { due, control: Arc::downgrade(control), limit: Limit::Wall });
    due
}

/// Ends `control`'s instance with `ExitCause::CpuLimit` once the calling thread — the
/// instance's — has used `limit` more CPU time than it has now. Returns false when the
/// thread has no readable CPU clock (the limit then cannot be enforced).
pub(crate) fn arm_cpu_limit(control: &Arc<Control>, limit: Duration) -> bool {
    let Some(clock) = CpuClock::current_thread() else { return false };
    let Some(used) = clock.read() else { return false };
    let budget_end = used.saturating_add(limit);
    watchdog().push(Entry {
        due: after(Instant::now(), limit),
        control: Arc::downgrade(control),
        limit: Limit::Cpu { clock, budget_end },
    });
    true
}
