//! A forked child of the zygote: one instance as a real process. Its stdout and stderr are the
//! host's pipes; the real signals an instance can listen for are routed to it as Node routes
//! them (a listener, else the default action); and how it ends becomes a real ending — an
//! exit(2) with its code, or death by the signal that ended it (SIGKILL for a kill, a timeout
//! or a CPU limit, SIGABRT for a heap that ran out, as Node aborts). Before dying it writes
//! its `Outcome` (without the output, which went through the pipes) to the report pipe.

use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::time::Duration;

use super::wire::SpawnRequest;
use crate::outcome::ExitCause;
use crate::signal::Signal;

/// Signals never routed to the instance: those that cannot be caught or stop a process. Every
/// other one is blocked and taken by the signals thread, as a listener would get it in Node
/// (a real fault still kills: the kernel delivers a synchronous SIGSEGV, SIGBUS, SIGFPE or
/// SIGILL even when blocked, and abort() unblocks SIGABRT).
const NOT_ROUTED: [i32; 3] = [libc::SIGKILL, libc::SIGSTOP, libc::SIGTSTP];

/// Ids of the instances a child's own instance forks (as threads, within the child) start
/// above any pid Linux gives (`PID_MAX_LIMIT`, 2^22), in a block of their own per child, so
/// that none can equal the pid of another process of the same zygote; and stay below 2^31, as
/// `process.kill(pid)` wants an int32.
const SUB_INSTANCE_IDS: u64 = 1 << 22;
/// How many ids each child's block holds (a child that forks more runs into the next block).
const SUB_INSTANCE_BLOCK: u64 = 1 << 8;

/// Runs `request` in this freshly forked child and ends the process as the instance ended.
/// Nothing here returns into the zygote's code: a panic ends the child with exit code 70.
pub(super) fn run(
    request: &SpawnRequest,
    fds: [OwnedFd; 3],
    inherited: &[RawFd],
    zygote: i32,
    prebuilt: Option<crate::instance::Prebuilt>,
    snapshot: Option<crate::Snapshot>,
) -> ! {
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| live(request, fds, inherited, zygote, prebuilt, snapshot)));
    exit(crate::ExitCode::EngineFault.code())
}

fn live(
    request: &SpawnRequest,
    [stdout, stderr, report]: [OwnedFd; 3],
    inherited: &[RawFd],
    zygote: i32,
    prebuilt: Option<crate::instance::Prebuilt>,
    snapshot: Option<crate::Snapshot>,
) -> ! {
    // SAFETY: this process has one thread (the zygote forked with one); each call below only
    // changes this process's own descriptors, signal state and limits.
    unsafe {
        // The child dies with its zygote: nothing is left running if the zygote goes; and if
        // it went before this line, the child goes at once.
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        if libc::getppid() != zygote {
            libc::_exit(crate::ExitCode::EngineFault.code());
        }
        for &fd in inherited {
            libc::close(fd);
        }
        libc::dup2(stdout.as_raw_fd(), 1);
        libc::dup2(stderr.as_raw_fd(), 2);
        // The zygote's socket was fd 0, just closed: /dev/null most likely opens as 0 itself.
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY);
        if null > 0 {
            libc::dup2(null, 0);
            libc::close(null);
        }
        // One malloc arena: a thread the child starts (for signals, a watchdog) would otherwise
        // map and fault in an arena of its own, in a copy of a large address space.
        libc::mallopt(libc::M_ARENA_MAX, 1);
        // No core files: an abort is reported by its status, not a dump.
        let no_core = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        libc::setrlimit(libc::RLIMIT_CORE, &no_core);
        if let Some(ms) = request.cpu_limit_ms {
            // A backstop in the kernel: the engine's own CPU limit ends the instance at `ms`;
            // should it ever fail to, the kernel kills the process (soft = hard: SIGKILL, never
            // a SIGXCPU a listener could take).
            let seconds = ms.div_ceil(1000) + 2;
            let limit = libc::rlimit { rlim_cur: seconds, rlim_max: seconds };
            libc::setrlimit(libc::RLIMIT_CPU, &limit);
        }
    }
    drop(stdout);
    drop(stderr);
    let routed = routed_signals();
    block(&routed);
    // The instance's pid is the process's own: children of one zygote never share one.
    // SAFETY: getpid has no preconditions.
    let pid = unsafe { libc::getpid() } as u64;
    crate::instance::set_next_id(pid);
    let outcome = run_instance(request, &routed, prebuilt, snapshot, pid);
    let mut record = outcome.clone();
    record.stdout.clear();
    record.stderr.clear();
    let mut report = std::fs::File::from(report);
    let _ = serde_json::to_writer(&mut report, &record);
    drop(report);
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    match &outcome.cause {
        ExitCause::Signaled { signal } => die_by(signal.number(), outcome.exit_code),
        ExitCause::Killed | ExitCause::TimedOut | ExitCause::CpuLimit => die_by(libc::SIGKILL, outcome.exit_code),
        ExitCause::OutOfMemory => die_by(libc::SIGABRT, outcome.exit_code),
        _ => exit(outcome.exit_code),
    }
}

fn run_instance(request: &SpawnRequest, routed: &[i32], prebuilt: Option<crate::instance::Prebuilt>, snapshot: Option<crate::Snapshot>, pid: u64) -> crate::Outcome {
    let config = crate::InstanceConfig {
        script: match (&request.source, &request.file_name) {
            (Some(source), Some(name)) => Some(crate::ScriptSource { source: source.clone(), file_name: name.clone() }),
            _ => None,
        },
        args: request.args.clone(),
        timeout: request.timeout_ms.map(Duration::from_millis),
        cpu_limit: request.cpu_limit_ms.map(Duration::from_millis),
        env: request.env.clone(),
        env_only: request.env_only,
        cwd: request.cwd.clone(),
        heap_limit: request.heap_limit,
        echo_output: true,
        start_gate: None,
        snapshot,
        idle_to_timeout: false,
    };
    // The zygote's context seeds Math.random from a generator every child shares: a seed of
    // this child's own replaces it (skipped by the planted leak `zygote-same-random`).
    // (Nor when the planted leak `same-random` fixes one seed for every isolate on purpose.)
    let reseed = !crate::mutants::active(crate::mutants::Mutant::ZygoteSameRandom) && !crate::mutants::active(crate::mutants::Mutant::SameRandom);
    let prebuilt = prebuilt.map(|p| if reseed { p.seeded(fresh_seed()) } else { p });
    let set = signal_set(routed);
    // The instance runs on this thread, the one that built the isolate in the zygote. Real
    // signals, blocked in every thread, are taken by a thread of their own and delivered as the
    // host's simulated ones are: to a listener, else the default action ends the instance.
    crate::instance::run_here(config, prebuilt, |control| {
        // The main instance took the pid; what it forks is numbered in the child's own block.
        crate::instance::set_next_id(SUB_INSTANCE_IDS + pid * SUB_INSTANCE_BLOCK);
        let control = control.clone();
        let _ = std::thread::Builder::new().name("signals".into()).spawn(move || loop {
            let mut number = 0;
            // SAFETY: `set` is an initialised sigset_t; sigwait only writes `number`.
            if unsafe { libc::sigwait(&set, &mut number) } != 0 {
                continue;
            }
            if let Some(signal) = Signal::from_number(number as i64) {
                control.deliver_signal(signal);
            }
        });
    })
}

/// A seed for `Math.random()` of this child's own: 32 bits from the OS, never 0 (which V8
/// reads as "no seed"). V8's flag holds an int, so 32 bits is what a child can get this way
/// (V8 seeds an isolate of its own with 64).
fn fresh_seed() -> i32 {
    let mut bytes = [0u8; 4];
    let seed = match crate::host::os_random(&mut bytes) {
        Ok(()) => i32::from_le_bytes(bytes),
        // SAFETY: getpid has no preconditions; a pid still differs from every sibling's.
        Err(_) => unsafe { libc::getpid() },
    };
    if seed == 0 { 1 } else { seed }
}

/// Every signal the engine simulates, but those never routed.
fn routed_signals() -> Vec<i32> {
    Signal::ALL.iter().map(|s| s.number()).filter(|n| !NOT_ROUTED.contains(n)).collect()
}

fn signal_set(signals: &[i32]) -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the set before sigaddset adds valid signal numbers.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for &n in signals {
            libc::sigaddset(&mut set, n);
        }
        set
    }
}

/// Blocks `signals` in this thread, and so in every thread it starts.
fn block(signals: &[i32]) {
    let set = signal_set(signals);
    // SAFETY: a valid set; the old mask is not needed.
    unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
}

/// Dies by `signal` for real, as a process whose default action it is; `code` if it somehow
/// survives (never expected).
fn die_by(signal: i32, code: i32) -> ! {
    // SAFETY: restores the default action of `signal`, unblocks it in this thread and sends it
    // to this thread, which the default action then ends with the whole process.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        let set = signal_set(&[signal]);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(signal);
    }
    exit(code)
}

/// exit(2) without running the zygote's atexit handlers or destructors (V8's among them),
/// which belong to the zygote, not to this copy of it.
fn exit(code: i32) -> ! {
    // SAFETY: _exit ends the process at once; everything worth keeping was flushed.
    unsafe { libc::_exit(code & 0xff) }
}
