//! Warm fork: instances as real processes, forked from a warm single-threaded zygote.
//!
//! The host ([`Zygote`], client.rs) starts a zygote process — a program whose main calls
//! [`serve`] — and asks it over a socket (wire.rs) for children. The zygote (server.rs)
//! initialises V8 single-threaded, reads the base blob (or builds a user snapshot from a
//! warm-up: `serve(Some(warmup))`) and restores an isolate and its context from it once, then
//! forks one child per request; the child (child.rs) adopts its copy of that context and runs
//! one instance in it on the thread that built it, its stdout and stderr the host's pipes, and
//! ends for real: exit(2) with the instance's code, or death by its signal, its isolate left to
//! the kernel rather than torn down. The
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
//! - **Random state reseeded in each child.** V8 seeds a context's `Math.random()` at its first
//!   draw from its isolate's generator, which restoring the context in the zygote has already
//!   made: every child would draw the same stream (the process oracle's distinct copies caught
//!   exactly that). So each child, before anything runs, makes one draw under `--random-seed`
//!   set to 31 bits of its own from the OS, and clears the flag at once (V8's flags stay
//!   unfrozen in a zygote; runtime.rs `seed_math_random`), so that any other isolate seeds
//!   itself as usual. Skipping it is the planted leak `zygote-same-random`. The isolate's own
//!   generator (identity hashes) stays the zygote's, which no script can observe; crypto reads
//!   the OS. (A child with a heap limit builds its own isolate and context.)
//!   The price: a zygote's V8 flags stay writable after initialisation (V8 otherwise
//!   write-protects them), in the zygote and every child — a deliberate trade-off, since no
//!   script can reach V8's flags in this runtime.
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
