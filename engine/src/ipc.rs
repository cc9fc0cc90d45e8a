//! Instances that fork instances: the links between a parent and its children, and what
//! travels between them. A child is an instance like any other (its own thread, isolate and
//! loop); what makes it a child is a [`ParentLink`] in its [`Control`] and an entry in its
//! parent's list of children. Everything crossing between the two is an [`IpcEvent`] posted to
//! the receiver's `Control`, which wakes its loop; the loop hands events to the runtime's
//! `deliverIpc` hook (event_loop.rs), so JavaScript of one instance never runs on another's
//! thread.
//!
//! A parent's [`Outcome`] holds its descendants': when an instance has ended, its thread tells
//! its children the channel is gone, waits for them to end on their own (as orphaned Node
//! children live on until their loops drain), and lists their outcomes.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use crate::control::Control;
use crate::outcome::{ChildOutcome, ExitCause, Outcome};
use crate::signal::Signal;

/// What one instance posts to a relative's loop.
#[derive(Debug)]
pub(crate) enum IpcEvent {
    /// A message sent over the channel, serialized by the sender.
    Message { from: u64, payload: Payload },
    /// The other end closed the channel.
    Disconnect { from: u64 },
    /// A child ended: Node's `'exit'` arguments (a code, or the signal that ended it).
    ChildExit { id: u64, code: Option<i32>, signal: Option<&'static str> },
    /// A child with piped stdio wrote to its stdout (1) or stderr (2).
    Output { from: u64, fd: i32, bytes: Vec<u8> },
    /// The parent wrote to a piped child's stdin (`child.stdin`); `None` is its end.
    Input { bytes: Option<Vec<u8>> },
}

/// A message as it crosses between two isolates.
#[derive(Debug)]
pub(crate) enum Payload {
    /// Node's 'json' serialization: one JSON text, made and parsed by the runtime.
    Json(String),
    /// Node's 'advanced' serialization: V8's serializer format (header included), written
    /// in the sender's isolate and read in the receiver's.
    Advanced(Vec<u8>),
}

/// Where a child's stdio goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stdio {
    /// Into its parent's own streams (Node's default for fork).
    Inherit,
    /// To its parent's `child.stdout` / `child.stderr` as data events.
    Pipe,
}

/// A child's link to its parent.
pub(crate) struct ParentLink {
    pub parent: Arc<Control>,
    pub stdio: Stdio,
    /// The channel's serialization is 'advanced' (else 'json'), at both ends.
    pub advanced: bool,
    /// Its stdin is a pipe from its parent (`child.stdin`), else it reads nothing.
    pub stdin_piped: bool,
}

/// A parent's record of one child.
pub(crate) struct ChildEntry {
    pub control: Arc<Control>,
    pub thread: Option<JoinHandle<Outcome>>,
}

/// How many forked instances may be alive in the process at once, as a process table has
/// room for so many: far beyond what a program forks, small enough that a fork bomb cannot
/// take the host's memory.
pub(crate) const MAX_FORKED: usize = 256;

/// One of the [`MAX_FORKED`] places, held by a child instance's thread until it has ended.
pub(crate) struct ForkSlot(());

static FORKED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl ForkSlot {
    /// A place, if one is free.
    pub fn take() -> Option<ForkSlot> {
        use std::sync::atomic::Ordering;
        FORKED.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < MAX_FORKED).then_some(n + 1)).ok().map(|_| ForkSlot(()))
    }
}

impl Drop for ForkSlot {
    fn drop(&mut self) {
        FORKED.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A parent's children, in the order they were forked.
#[derive(Default)]
pub(crate) struct Children {
    list: Mutex<Vec<ChildEntry>>,
}

impl Children {
    pub fn add(&self, entry: ChildEntry) {
        self.list.lock().unwrap_or_else(PoisonError::into_inner).push(entry);
    }

    /// The child with this id, if this instance forked it.
    pub fn find(&self, id: u64) -> Option<Arc<Control>> {
        self.list.lock().unwrap_or_else(PoisonError::into_inner).iter().find(|c| c.control.id == id).map(|c| c.control.clone())
    }

    /// Whether this instance has forked any child (ended ones included).
    pub fn is_empty(&self) -> bool {
        self.list.lock().unwrap_or_else(PoisonError::into_inner).is_empty()
    }

    /// Takes every child's record (once the parent has ended).
    pub fn take(&self) -> Vec<ChildEntry> {
        std::mem::take(&mut *self.list.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// What a forked child inherits from its parent besides what `fork` passes: the limits
/// (so that a tree is bounded as its root is) and the startup blob (isolates of two blobs
/// cannot live at once, phase.rs).
#[derive(Clone, Default)]
pub(crate) struct ForkDefaults {
    pub cpu_limit: Option<std::time::Duration>,
    pub heap_limit: Option<usize>,
    pub snapshot: Option<crate::Snapshot>,
}

impl ForkDefaults {
    pub fn of(config: &crate::InstanceConfig) -> ForkDefaults {
        ForkDefaults { cpu_limit: config.cpu_limit, heap_limit: config.heap_limit, snapshot: config.snapshot.clone() }
    }
}

/// How Node's parent sees a child end: `(code, signal)` of its `'exit'` event. Endings a
/// real process could only reach through a signal (a host kill, a limit) are SIGKILL's;
/// running out of heap aborts, as V8's fatal OOM handler does in node.
pub(crate) fn exit_status(cause: &ExitCause, code: i32) -> (Option<i32>, Option<&'static str>) {
    match cause {
        ExitCause::Signaled { signal } => (None, Some(signal.name())),
        ExitCause::Killed | ExitCause::TimedOut | ExitCause::CpuLimit => (None, Some(Signal::Kill.name())),
        ExitCause::OutOfMemory => (None, Some(Signal::Abrt.name())),
        _ => (Some(code), None),
    }
}

/// How long an orphan may outlive its parent. As in Node, a child whose parent ended sees
/// 'disconnect' and lives on until its loop drains; one that never would (an interval, a
/// listener that keeps it alive) ends as timed out this long after its parent, so that no tree
/// outlives its root unbounded and the host can always join it. An orphan that works ends
/// well within it; one that runs without end meets its inherited CPU limit first.
pub(crate) const ORPHAN_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Called on an instance's thread once it has ended and its isolate is gone: tells its parent
/// (if any) that it exited, closes the channel (and a piped child's stdin) to each child still
/// running, waits for the
/// children to end, and returns every descendant's outcome (children first, each followed by
/// its own descendants).
pub(crate) fn finish_family(control: &Control) -> Vec<ChildOutcome> {
    if let (Some(link), Some(ending)) = (control.parent_link(), control.ending()) {
        let (code, signal) = exit_status(&ending.cause, ending.code);
        link.parent.post_ipc(IpcEvent::ChildExit { id: control.id, code, signal });
    }
    let children = control.children().take();
    for child in &children {
        // The parent's end of each pipe closes with it: a piped child reads the end of its stdin.
        if child.control.parent_link().is_some_and(|link| link.stdin_piped) {
            child.control.post_ipc(IpcEvent::Input { bytes: None });
        }
        child.control.post_ipc(IpcEvent::Disconnect { from: control.id });
        crate::watchdog::arm_timeout(&child.control, ORPHAN_GRACE);
    }
    let mut out = Vec::new();
    for mut child in children {
        let Some(thread) = child.thread.take() else { continue };
        let outcome = match thread.join() {
            Ok(outcome) => outcome,
            Err(_) => continue,
        };
        out.push(ChildOutcome { id: outcome.id, parent: control.id, exit_code: outcome.exit_code, cause: outcome.cause.clone() });
        out.extend(outcome.children);
    }
    out
}
