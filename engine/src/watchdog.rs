//! The process-wide watchdog: one thread that ends instances whose wall-clock timeout has
//! passed. It holds only weak references, so a finished instance costs nothing but its entry
//! until the deadline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError, Weak};
use std::time::{Duration, Instant};

use crate::control::Control;
use crate::outcome::ExitCause;

struct Entry {
    deadline: Instant,
    control: Weak<Control>,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.deadline == other.deadline
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
        self.deadline.cmp(&other.deadline)
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
            .map_err(|e| eprintln!("bulkhead: cannot start the timeout watchdog: {e}"))
            .ok();
        dog
    })
}

impl Watchdog {
    fn run(&self) {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let now = Instant::now();
            let wait = match queue.peek() {
                None => None,
                Some(Reverse(entry)) if entry.deadline <= now => {
                    let Reverse(entry) = queue.pop().expect("peeked entry exists");
                    drop(queue);
                    if let Some(control) = entry.control.upgrade() {
                        control.end(ExitCause::TimedOut, crate::KILLED_EXIT_CODE);
                    }
                    queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
                    continue;
                }
                Some(Reverse(entry)) => Some(entry.deadline - now),
            };
            queue = match wait {
                None => self.changed.wait(queue).unwrap_or_else(PoisonError::into_inner),
                Some(d) => self.changed.wait_timeout(queue, d).unwrap_or_else(PoisonError::into_inner).0,
            };
        }
    }
}

/// Ends `control`'s instance with `ExitCause::TimedOut` once `timeout` has passed, unless it
/// ended before.
pub(crate) fn arm(control: &Arc<Control>, timeout: Duration) {
    let dog = watchdog();
    let deadline = Instant::now().checked_add(timeout).unwrap_or_else(|| Instant::now() + Duration::from_secs(86400 * 365));
    dog.queue
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Reverse(Entry { deadline, control: Arc::downgrade(control) }));
    dog.changed.notify_all();
}
