//! The zygote process: V8 initialised single-threaded and the base blob read once, then a loop
//! that forks a child per spawn request (child.rs), signals children on request, and reports
//! each child's real wait status when it is reaped. It stays one thread for its whole life:
//! it polls its socket and one pidfd per live child, and never spawns a thread.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;

use super::wire::{self, Reply, Request, SpawnRequest};

/// A live child: its pid and the pidfd that becomes readable when it exits.
struct Live {
    id: u64,
    pid: i32,
    pidfd: OwnedFd,
}

impl Live {
    /// Sends the child `signal` through its pidfd.
    fn send(&self, signal: i32) {
        // SAFETY: a pidfd_send_signal on a pidfd this process owns; the child is not reaped (a
        // `Live` is dropped when it is), so the signal cannot reach a process that reused its pid.
        unsafe { libc::syscall(libc::SYS_pidfd_send_signal, self.pidfd.as_raw_fd(), signal, std::ptr::null::<libc::siginfo_t>(), 0) };
    }
}

/// What the zygote's children start from: the engine's base blob, or a user snapshot built
/// in the zygote from a warm-up script (built here, since a blob is only read under the flags
/// it was built with, and the zygote's are single-threaded).
struct Template {
    /// Why there is none, when building it failed: every spawn is refused with this.
    broken: Option<String>,
    /// The user snapshot every child restores, if any.
    snapshot: Option<crate::Snapshot>,
}

/// The zygote's main: serves the host connected on its standard input until the host hangs
/// up, then kills and reaps what is left. With `warmup`, every child starts from a snapshot of
/// that script (its deserialize main runs in the child first), built once here. Returns the
/// process's exit status.
pub fn serve(warmup: Option<&std::path::Path>) -> i32 {
    // SAFETY: fd 0 is this process's standard input, which the host made one end of a Unix
    // stream socket (client.rs); nothing else in the process owns or closes it.
    let socket = UnixStream::from(unsafe { OwnedFd::from_raw_fd(0) });
    if !crate::platform::init_single_threaded() {
        eprintln!("bulkhead zygote: V8 was already initialised with worker threads; a zygote cannot fork safely");
        return 70;
    }
    // Warm: the blob is read (or built) once, and an isolate and its context restored from it,
    // which every child inherits ready-made.
    let (template, blob) = template(warmup);
    let mut prebuilt = blob.map(crate::instance::Prebuilt::restore);
    let mut live: Vec<Live> = Vec::new();
    loop {
        let mut polled = Vec::with_capacity(live.len() + 1);
        polled.push(libc::pollfd { fd: socket.as_raw_fd(), events: libc::POLLIN, revents: 0 });
        polled.extend(live.iter().map(|l| libc::pollfd { fd: l.pidfd.as_raw_fd(), events: libc::POLLIN, revents: 0 }));
        // SAFETY: `polled` is a valid array of pollfd for its length during the call.
        let ready = unsafe { libc::poll(polled.as_mut_ptr(), polled.len() as libc::nfds_t, -1) };
        if ready < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            eprintln!("bulkhead zygote: poll: {}", std::io::Error::last_os_error());
            break;
        }
        // Reap first, so that a signal request never reaches a pid already reaped.
        let exited: Vec<usize> = (1..polled.len()).filter(|&i| polled[i].revents != 0).map(|i| i - 1).collect();
        for &index in exited.iter().rev() {
            let child = live.swap_remove(index);
            let (status, cpu_us) = reap(child.pid);
            if wire::send(&socket, &Reply::Exited { id: child.id, status, cpu_us }, &[]).is_err() {
                return shut_down(live);
            }
        }
        if polled[0].revents == 0 {
            continue;
        }
        match wire::recv::<Request>(&socket) {
            Ok(Some((Request::Spawn(request), fds))) => {
                let reply = match spawn(&request, fds, &socket, &live, &template, &mut prebuilt) {
                    Ok(child) => {
                        let pid = child.pid;
                        live.push(child);
                        Reply::Started { id: request.id, pid }
                    }
                    Err(message) => Reply::Refused { id: request.id, message },
                };
                if wire::send(&socket, &reply, &[]).is_err() {
                    return shut_down(live);
                }
            }
            Ok(Some((Request::Signal { id, signal }, _))) => {
                if let Some(child) = live.iter().find(|l| l.id == id) {
                    child.send(signal);
                }
            }
            Ok(None) => return shut_down(live),
            Err(e) => {
                eprintln!("bulkhead zygote: {e}");
                return shut_down(live);
            }
        }
    }
    shut_down(live)
}

/// The base blob, or a snapshot of `warmup` built on it; and the blob to restore isolates from.
fn template(warmup: Option<&std::path::Path>) -> (Template, Option<v8::StartupData>) {
    let broken = |message: String| (Template { broken: Some(message), snapshot: None }, None);
    let base = match crate::snapshot::base() {
        Ok(base) => base,
        Err(message) => return broken(format!("the engine's base snapshot does not build: {message}")),
    };
    let Some(warmup) = warmup else {
        return (Template { broken: None, snapshot: None }, Some(v8::StartupData::from(base)));
    };
    let script = match crate::ScriptSource::from_file(warmup) {
        Ok(script) => script,
        Err(e) => return broken(format!("cannot read the warm-up {}: {e}", warmup.display())),
    };
    match crate::snapshot::build(&script) {
        Ok((snapshot, _)) => {
            let blob = v8::StartupData::from(snapshot.blob().to_vec());
            (Template { broken: None, snapshot: Some(snapshot) }, Some(blob))
        }
        Err(e) => broken(format!("the warm-up {} does not build a snapshot: {e}", warmup.display())),
    }
}

/// The host hung up: nobody will read what the children print or how they end.
fn shut_down(live: Vec<Live>) -> i32 {
    for child in &live {
        child.send(libc::SIGKILL);
    }
    for child in live {
        reap(child.pid);
    }
    0
}

/// Waits for the child `pid` (it has exited, or is about to): its raw status and CPU time.
fn reap(pid: i32) -> (i32, u64) {
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it and `status` for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: as above; `pid` is a child of this process that nobody else waits for.
        let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if got == pid {
            break;
        }
        if got < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            // Not ours any more (cannot happen while we hold its pidfd): report a crash.
            return (libc::SIGKILL, 0);
        }
    }
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    (status, micros(usage.ru_utime) + micros(usage.ru_stime))
}

/// Forks the child for `request`. The parent keeps only its pid and pidfd.
fn spawn(
    request: &SpawnRequest,
    fds: Vec<OwnedFd>,
    socket: &UnixStream,
    live: &[Live],
    template: &Template,
    prebuilt: &mut Option<crate::instance::Prebuilt>,
) -> Result<Live, String> {
    if let Some(message) = &template.broken {
        return Err(message.clone());
    }
    let [stdout, stderr, report] =
        <[OwnedFd; 3]>::try_from(fds).map_err(|fds| format!("a spawn request needs 3 descriptors, got {}", fds.len()))?;
    let threads = settled_thread_count().map_err(|e| format!("cannot count the zygote's threads: {e}"))?;
    if threads != 1 {
        return Err(format!(
            "the zygote has {threads} threads; it forks only with one (a child of a multi-threaded V8 can hang in its GC)"
        ));
    }
    mark_mappings_dofork();
    // SAFETY: getpid has no preconditions.
    let zygote = unsafe { libc::getpid() };
    // SAFETY: the process has exactly one thread (checked just above), so the child inherits
    // no lock held by another thread; the child never returns from `child::run`.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        let inherited: Vec<RawFd> = live.iter().map(|l| l.pidfd.as_raw_fd()).chain([socket.as_raw_fd()]).collect();
        // The child's copy of the zygote's isolate is the child's own to use.
        super::child::run(request, [stdout, stderr, report], &inherited, zygote, prebuilt.take(), template.snapshot.clone());
    }
    // SAFETY: pidfd_open on our own child, not yet reaped; the result is a new descriptor.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if pidfd < 0 {
        let error = std::io::Error::last_os_error();
        // SAFETY: our own child, killed and reaped at once: nothing else waits for it.
        unsafe { libc::kill(pid, libc::SIGKILL) };
        reap(pid);
        return Err(format!("pidfd_open: {error}"));
    }
    // SAFETY: pidfd_open returned a new descriptor that nothing else owns.
    let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd as RawFd) };
    Ok(Live { id: request.id, pid, pidfd })
}

/// The number of threads of this process once any thread that has already been joined is
/// gone. A snapshot build runs on a thread of its own, which the zygote joins; the kernel
/// drops a joined thread from the count a moment after the join returns, so a count above one
/// is read again, for up to 10 s, before it is believed.
fn settled_thread_count() -> std::io::Result<usize> {
    let patience = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let threads = thread_count()?;
        if threads == 1 || std::time::Instant::now() >= patience {
            return Ok(threads);
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

/// The number of threads of this process, from /proc/self/status.
fn thread_count() -> std::io::Result<usize> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| std::io::Error::other("no Threads: line"))
}

/// V8 is built with `v8_enable_private_mapping_fork_optimization`: it marks its mappings
/// MADV_DONTFORK, and a plain fork leaves the child without a heap (SIGSEGV on its first
/// statement). Every mapping is marked MADV_DOFORK again before each fork; a mapping the
/// kernel refuses to mark (vsyscall, vvar) is left as it is.
fn mark_mappings_dofork() {
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    for line in maps.lines() {
        let Some(range) = line.split_whitespace().next() else {
            continue;
        };
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else {
            continue;
        };
        if end <= start {
            continue;
        }
        // SAFETY: MADV_DOFORK only changes whether the range is inherited by a fork; it never
        // changes the contents or protection of memory in this process.
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DOFORK) };
    }
}
