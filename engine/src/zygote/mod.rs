//! Warm fork: instances as real processes, forked from a warm single-threaded zygote.
//!
//! The host ([`Zygote`], client.rs) starts a zygote process — a program whose main calls
//! [`serve`] — and asks it over a socket (wire.rs) for children. The zygote (server.rs)
//! initialises V8 single-threaded, reads the base blob and restores an isolate from it once,
//! then forks one child per request; the child (child.rs) makes its context in its copy of that
//! isolate and runs one instance on the thread that built it, its stdout and stderr the host's
//! pipes, and ends for real: exit(2) with the instance's code, or death by its signal. The
//! host's [`ProcessHandle`] turns the child's real wait status (reaped by the zygote), its
//! output and its report into the same [`crate::Outcome`] an instance among others gives, so
//! that the two can be compared: any difference is an isolation defect.
//!
//! Why forking is safe here, and what would break it:
//! - **One thread at fork.** A fork copies only the calling thread; a lock another thread held
//!   stays locked in the child forever (a child of a multi-threaded V8 hangs in its GC). The
//!   zygote is a process of its own, exec'd, with V8's single-threaded platform
//!   (`--single-threaded`: no worker thread at all), and it checks /proc/self/status before
//!   every fork. A host that hosts instances can therefore never be a zygote; a zygote that
//!   started any thread (an instance, a watchdog, a V8 worker) refuses to fork.
//! - **DOFORK.** V8 is built with `v8_enable_private_mapping_fork_optimization` and marks its
//!   mappings MADV_DONTFORK; the zygote marks every mapping MADV_DOFORK again before each fork,
//!   else the child has no heap (SIGSEGV on its first statement).
//! - **Nothing random made before the fork.** V8 seeds a context's `Math.random()` from its
//!   isolate's generator, and makes that generator at its first use. The zygote runs no
//!   JavaScript and makes no context, so each child's generator is made, from the OS, in the
//!   child. A zygote that drew one random number before forking would give every child the same
//!   stream: that is the planted leak `zygote-same-random`, which the process oracle's distinct
//!   copies catch. (A child with a heap limit or a snapshot of its own builds its own isolate.)
//! - **Nothing identifying shared.** Its instance's pid is the process's own. The child's
//!   descriptors are its pipes and /dev/null only: it closes the zygote's socket and the other
//!   children's pidfds. It dies with the zygote (PR_SET_PDEATHSIG), so nothing outlives a lost
//!   zygote.

mod child;
mod client;
mod server;
mod wire;

pub use client::{ProcessHandle, Zygote, ZygoteError};
pub use server::serve;
