//! The cross-thread half of an instance: [`Control`], shared by the instance's thread, its
//! handle, the watchdog and anyone holding a [`Killer`].
//!
//! It records the one way the instance ended (the first to say wins), wakes the instance's
//! loop when there is something to do, holds the signals waiting for delivery, and owns the
//! captured output. It never touches V8 beyond the thread-safe `IsolateHandle`, whose
//! `terminate_execution` is how another thread stops JavaScript that is running.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::atomic::{AtomicU32, AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::ipc::{Children, IpcEvent, ParentLink, Stdio};
use crate::outcome::ExitCause;
use crate::signal::{DefaultAction, Signal};

/// What an instance is doing, as its host can see it from another thread: for reports
/// about an instance that did not end when it should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// Its thread is building the isolate and booting the runtime.
    Starting,
    /// Waiting for the phase of its startup blob (see phase.rs), no isolate yet.
    WaitingForPhase,
    /// Booted and waiting at the start gate.
    AtGate,
    /// Running JavaScript, or the engine's work between two turns of its loop.
    Running,
    /// Idle in its event loop, waiting for a timer, a signal or posted work.
    Idle,
    /// It has ended (its thread may still be tidying up).
    Ended,
}

impl Activity {
    const ALL: [Activity; 6] =
        [Activity::Starting, Activity::WaitingForPhase, Activity::AtGate, Activity::Running, Activity::Idle, Activity::Ended];

    /// How reports say it.
    pub fn describe(self) -> &'static str {
        match self {
            Activity::Starting => "starting (building its isolate)",
            Activity::WaitingForPhase => "waiting for its snapshot's phase",
            Activity::AtGate => "waiting at the start gate",
            Activity::Running => "running JavaScript",
            Activity::Idle => "idle in its event loop",
            Activity::Ended => "ended",
        }
    }
}

/// How an instance ended: cause and exit status.
#[derive(Clone, Debug)]
pub(crate) struct Ending {
    pub cause: ExitCause,
    pub code: i32,
}

#[derive(Default)]
struct Inner {
    ending: Option<Ending>,
    isolate: Option<v8::IsolateHandle>,
    signals: VecDeque<Signal>,
    /// What relatives posted (ipc.rs), for the loop.
    ipc: VecDeque<IpcEvent>,
}

/// Captured stdout and stderr bytes.
#[derive(Default)]
pub(crate) struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// How much of each stream an instance's outcome keeps: a script that prints without end
/// must not take the host's memory with it (500 instances × 2 streams × 8 MiB at most).
pub(crate) const CAPTURE_LIMIT: usize = 8 << 20;

/// Appends `bytes` to a captured stream up to [`CAPTURE_LIMIT`], then says once that the
/// rest was dropped.
fn capture(stream: &mut Vec<u8>, bytes: &[u8]) {
    const NOTICE: &[u8] = b"\n[bulkhead: output beyond 8 MiB was not captured]\n";
    if stream.len() >= CAPTURE_LIMIT {
        return;
    }
    let room = CAPTURE_LIMIT - stream.len();
    if bytes.len() <= room {
        stream.extend_from_slice(bytes);
    } else {
        stream.extend_from_slice(&bytes[..room]);
        stream.extend_from_slice(NOTICE);
    }
}

pub(crate) struct Control {
    pub id: u64,
    /// Also write output to the host's stdout/stderr as it is produced.
    echo_output: bool,
    inner: Mutex<Inner>,
    wake: Condvar,
    output: Mutex<Captured>,
    output_changed: Condvar,
    /// Bit n set: the instance has a listener for the signal numbered n.
    listening: AtomicU32,
    /// What the instance is doing ([`Activity`] as its index).
    activity: AtomicU8,
    /// Set once the instance's thread has disposed of its isolate and made its outcome.
    finished: Mutex<bool>,
    finished_changed: Condvar,
    /// Set once, for an instance another forked (ipc.rs).
    parent: std::sync::OnceLock<ParentLink>,
    /// The instances this one forked.
    children: Children,
    /// Its timeout's moment, for an instance that ends at once when it idles with nothing
    /// to wake it before then (`InstanceConfig::idle_to_timeout`).
    idle_to_timeout: std::sync::OnceLock<Instant>,
}

/// A poisoned lock only means another thread panicked while holding it; the data (an ending,
/// a queue, bytes) is still meaningful, so carry on with it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Control {
    pub fn new(id: u64, echo_output: bool) -> Self {
        Control {
            id,
            echo_output,
            inner: Mutex::new(Inner::default()),
            wake: Condvar::new(),
            output: Mutex::new(Captured::default()),
            output_changed: Condvar::new(),
            listening: AtomicU32::new(0),
            activity: AtomicU8::new(Activity::Starting as u8),
            finished: Mutex::new(false),
            finished_changed: Condvar::new(),
            parent: std::sync::OnceLock::new(),
            children: Children::default(),
            idle_to_timeout: std::sync::OnceLock::new(),
        }
    }

    /// Makes [`Control::wait`] end the instance as timed out, instead of sleeping, whenever
    /// nothing of its own can wake it before `deadline` (its timeout's moment).
    pub fn end_idle_waits_past(&self, deadline: Instant) {
        let _ = self.idle_to_timeout.set(deadline);
    }

    /// Makes this instance a child of another (before its thread starts).
    pub fn set_parent(&self, link: ParentLink) {
        let _ = self.parent.set(link);
    }

    /// The parent's link, for an instance another forked.
    pub fn parent_link(&self) -> Option<&ParentLink> {
        self.parent.get()
    }

    /// The instances this one forked.
    pub fn children(&self) -> &Children {
        &self.children
    }

    /// Queues an event from a relative for the instance's loop and wakes it. An ended
    /// instance drops it: nothing of it runs again.
    pub fn post_ipc(&self, event: IpcEvent) {
        let mut inner = lock(&self.inner);
        if inner.ending.is_some() {
            return;
        }
        inner.ipc.push_back(event);
        drop(inner);
        self.wake.notify_all();
    }

    pub fn pop_ipc(&self) -> Option<IpcEvent> {
        lock(&self.inner).ipc.pop_front()
    }

    /// Called by the instance thread as its very last step, outcome in hand.
    pub fn mark_finished(&self) {
        *lock(&self.finished) = true;
        self.finished_changed.notify_all();
    }

    /// Waits until the instance thread has finished (true) or `deadline` passes (false).
    pub fn wait_finished_until(&self, deadline: Instant) -> bool {
        let mut finished = lock(&self.finished);
        while !*finished {
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            finished = self.finished_changed.wait_timeout(finished, deadline - now).unwrap_or_else(PoisonError::into_inner).0;
        }
        true
    }

    /// Records what the instance's thread is doing now.
    pub fn set_activity(&self, activity: Activity) {
        self.activity.store(activity as u8, Ordering::Relaxed);
    }

    /// What the instance is doing.
    pub fn activity(&self) -> Activity {
        if self.is_ended() {
            return Activity::Ended;
        }
        Activity::ALL[usize::from(self.activity.load(Ordering::Relaxed)).min(Activity::ALL.len() - 1)]
    }

    /// Records how the instance ended, unless something already did, then stops its
    /// JavaScript and wakes its loop. Returns whether this call decided the ending.
    pub fn end(&self, cause: ExitCause, code: i32) -> bool {
        let mut inner = lock(&self.inner);
        if inner.ending.is_some() {
            return false;
        }
        inner.ending = Some(Ending { cause, code: code & 0xff });
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::TerminateCurrent) {
            if let Some(current) = &*crate::mutants::shared::current_isolate() {
                current.terminate_execution();
            }
            drop(inner);
            self.wake.notify_all();
            self.output_changed.notify_all();
            return true;
        }
        if let Some(isolate) = &inner.isolate {
            isolate.terminate_execution();
        }
        drop(inner);
        self.wake.notify_all();
        self.output_changed.notify_all();
        true
    }

    pub fn is_ended(&self) -> bool {
        lock(&self.inner).ending.is_some()
    }

    pub fn ending(&self) -> Option<Ending> {
        lock(&self.inner).ending.clone()
    }

    /// Called by the instance thread once its isolate exists. If the instance was already
    /// ended (killed before it started), its JavaScript is stopped before it runs.
    pub fn attach_isolate(&self, handle: v8::IsolateHandle) {
        let mut inner = lock(&self.inner);
        if inner.ending.is_some() {
            handle.terminate_execution();
        }
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::TerminateCurrent) {
            *crate::mutants::shared::current_isolate() = Some(handle.clone());
        }
        inner.isolate = Some(handle);
    }

    /// Called by the instance thread before its isolate is disposed.
    pub fn detach_isolate(&self) {
        lock(&self.inner).isolate = None;
    }

    /// Queues a signal for the instance's loop and wakes it.
    pub fn push_signal(&self, signal: Signal) {
        lock(&self.inner).signals.push_back(signal);
        self.wake.notify_all();
    }

    /// The instance's listening bits (or, with the shared-signal-listeners mutant planted,
    /// the process's).
    fn listening_bits(&self) -> &AtomicU32 {
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::SharedSignalListeners) {
            return &crate::mutants::shared::LISTENING;
        }
        &self.listening
    }

    pub fn set_listening(&self, signal: Signal, listening: bool) {
        let bit = 1u32 << signal.number();
        if listening {
            self.listening_bits().fetch_or(bit, Ordering::SeqCst);
        } else {
            self.listening_bits().fetch_and(!bit, Ordering::SeqCst);
        }
    }

    pub fn is_listening(&self, signal: Signal) -> bool {
        self.listening_bits().load(Ordering::SeqCst) & (1u32 << signal.number()) != 0
    }

    /// Routes a simulated signal: to the instance's listener if it has one (queued for its
    /// loop, waking it if idle), else the signal's default action, as for a real process —
    /// SIGKILL and the terminating signals end the instance at once (128 + number), the
    /// ignored ones do nothing, and SIGUSR1 is queued so the loop can say it started the
    /// debugger.
    pub fn deliver_signal(&self, signal: Signal) {
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::MisroutedSignal) {
            if let Some(other) = STARTED.newest(|c| c.id != self.id && !c.is_ended()) {
                return other.route_signal(signal);
            }
        }
        self.route_signal(signal)
    }

    fn route_signal(&self, signal: Signal) {
        if signal != Signal::Kill && self.is_listening(signal) {
            self.push_signal(signal);
            return;
        }
        match signal.default_action() {
            DefaultAction::Terminate => {
                self.end(ExitCause::Signaled { signal }, signal.exit_code());
            }
            DefaultAction::Ignore => {}
            DefaultAction::StartDebugger => self.push_signal(signal),
        }
    }

    pub fn pop_signal(&self) -> Option<Signal> {
        lock(&self.inner).signals.pop_front()
    }

    /// Blocks the instance's loop until `timeout` passes, a signal arrives or the instance is
    /// ended, whichever comes first. `None` waits without a time limit. With
    /// [`Control::end_idle_waits_past`], a wait that only a relative or the timeout could end
    /// ends the instance as timed out at once.
    pub fn wait(&self, timeout: Option<Duration>) {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut inner = lock(&self.inner);
        if let Some(&limit) = self.idle_to_timeout.get() {
            let nothing_wakes_it_before = deadline.is_none_or(|d| d >= limit)
                && inner.signals.is_empty()
                && inner.ipc.is_empty()
                && self.parent.get().is_none()
                && self.children.is_empty();
            if nothing_wakes_it_before {
                drop(inner);
                self.end(ExitCause::TimedOut, crate::exit_code::ExitCode::Killed.code());
                return;
            }
        }
        self.set_activity(Activity::Idle);
        let _running_again = ActivityOnDrop(self, Activity::Running);
        loop {
            if inner.ending.is_some() || !inner.signals.is_empty() || !inner.ipc.is_empty() {
                return;
            }
            match deadline {
                None => inner = self.wake.wait(inner).unwrap_or_else(PoisonError::into_inner),
                Some(deadline) => {
                    let now = Instant::now();
                    if now >= deadline {
                        return;
                    }
                    inner = self
                        .wake
                        .wait_timeout(inner, deadline - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
            }
        }
    }

    /// Appends to the captured stdout (fd 1) or stderr (fd 2), echoing to the host's when
    /// the instance was configured to.
    pub fn write(&self, fd: i32, bytes: &[u8]) {
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::MisattributedOutput) {
            if let Some(newest) = STARTED.newest(|c| !c.is_ended()).filter(|c| c.id != self.id) {
                return newest.write_own(fd, bytes);
            }
        }
        self.write_own(fd, bytes)
    }

    fn write_own(&self, fd: i32, bytes: &[u8]) {
        // A child's output also goes where its stdio points: its parent's streams (its own
        // capture: whoever wrote decided once where the bytes go), or its parent's loop as data.
        match self.parent.get() {
            Some(ParentLink { parent, stdio: Stdio::Inherit, .. }) => {
                #[cfg(feature = "mutants")]
                if crate::mutants::active(crate::mutants::Mutant::MisroutedChildOutput) {
                    if let Some(other) = STARTED.newest(|c| c.id != parent.id && c.parent_link().is_none() && !c.is_ended()) {
                        other.write_own(fd, bytes);
                        return self.capture_own(fd, bytes);
                    }
                }
                parent.write_own(fd, bytes)
            }
            Some(ParentLink { parent, stdio: Stdio::Pipe, .. }) => parent.post_ipc(IpcEvent::Output { from: self.id, fd, bytes: bytes.to_vec() }),
            None => {}
        }
        self.capture_own(fd, bytes);
    }

    /// Echoes (when configured) and captures bytes as this instance's own output.
    fn capture_own(&self, fd: i32, bytes: &[u8]) {
        if self.echo_output {
            // A closed host stdout must not take the instance down: the bytes are captured anyway.
            let _ = if fd == 2 {
                std::io::stderr().lock().write_all(bytes)
            } else {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes).and_then(|()| out.flush())
            };
        }
        let mut out = lock(&self.output);
        if fd == 2 {
            capture(&mut out.stderr, bytes);
        } else {
            capture(&mut out.stdout, bytes);
        }
        drop(out);
        self.output_changed.notify_all();
    }

    /// The output captured so far, lossily decoded, leaving it in place.
    pub fn peek_output(&self) -> (String, String) {
        let out = lock(&self.output);
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    }

    pub fn take_output(&self) -> Captured {
        std::mem::take(&mut *lock(&self.output))
    }

    /// Blocks until the instance's stdout contains `text` (returns true), or the instance has
    /// ended without printing it, or `deadline` has passed (returns false).
    pub fn wait_for_stdout(&self, text: &str, deadline: Option<Instant>) -> bool {
        let needle = text.as_bytes();
        let mut out = lock(&self.output);
        loop {
            if needle.is_empty() || out.stdout.windows(needle.len()).any(|w| w == needle) {
                return true;
            }
            if self.is_ended() || deadline.is_some_and(|d| Instant::now() >= d) {
                return false;
            }
            out = self
                .output_changed
                .wait_timeout(out, Duration::from_millis(50))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }
}

/// Every instance started, for the mutants that pick the wrong one (mutants.rs).
#[cfg(feature = "mutants")]
pub(crate) static STARTED: crate::mutants::shared::Newest<Control> = crate::mutants::shared::Newest::new();

/// Sets an activity when dropped: the loop is running again whichever way `wait` returns.
struct ActivityOnDrop<'a>(&'a Control, Activity);

impl Drop for ActivityOnDrop<'_> {
    fn drop(&mut self) {
        self.0.set_activity(self.1);
    }
}

/// A cheap, clonable capability to end one instance from any thread.
#[derive(Clone)]
pub struct Killer {
    pub(crate) control: std::sync::Arc<Control>,
}

impl Killer {
    /// Ends the instance as the host's `kill()` does (exit code 137, cause `Killed`), even
    /// inside `while(true){}`. Does nothing if the instance has already ended.
    pub fn kill(&self) {
        self.control.end(ExitCause::Killed, crate::exit_code::ExitCode::Killed.code());
    }

    /// The instance's id.
    pub fn id(&self) -> u64 {
        self.control.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_stops_at_the_limit_and_says_so_once() {
        let mut stream = Vec::new();
        let chunk = vec![b'x'; 3 << 20];
        for _ in 0..5 {
            capture(&mut stream, &chunk);
        }
        let notice = b"\n[bulkhead: output beyond 8 MiB was not captured]\n";
        assert_eq!(stream.len(), CAPTURE_LIMIT + notice.len());
        assert!(stream.ends_with(notice));
        assert!(stream[..CAPTURE_LIMIT].iter().all(|&b| b == b'x'));
    }

    #[test]
    fn output_under_the_limit_is_kept_whole() {
        let mut stream = Vec::new();
        capture(&mut stream, b"hello ");
        capture(&mut stream, b"world\n");
        assert_eq!(stream, b"hello world\n");
    }
}
