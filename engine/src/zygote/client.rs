//! The host's side of a zygote: [`Zygote`] starts the zygote process and asks it for
//! children; each child is a [`ProcessHandle`], which offers what an `InstanceHandle` offers
//! (kill, signal, wait for a marker, join by a deadline), but with real signals, and an
//! [`Outcome`] made from the child's real wait status, its output pipes and its report.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::wire::{self, Reply, Request, SpawnRequest};
use crate::config::InstanceConfig;
use crate::control::Activity;
use crate::outcome::{ExitCause, Outcome};
use crate::signal::Signal;

/// The most output kept per stream of a child (what follows is read and dropped, so that the
/// child never blocks on a full pipe).
const OUTPUT_CAP: usize = 16 << 20;

/// The largest script sent to a zygote (its frame limit is 64 MiB, with room for the rest).
const MAX_SCRIPT: usize = 32 << 20;

/// Why a child could not be started.
#[derive(Debug, thiserror::Error)]
pub enum ZygoteError {
    /// The zygote process could not be started or reached.
    #[error("cannot start the zygote {program}: {source}")]
    Start {
        /// The program run as the zygote.
        program: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The configuration asks for what a process cannot be given yet.
    #[error("process isolation: {0}")]
    Unsupported(&'static str),
    /// The zygote refused the request, or died before answering.
    #[error("the zygote could not start the instance: {0}")]
    Refused(String),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Kills a zygote process and reaps it.
fn stop(process: &mut std::process::Child) {
    let _ = process.kill();
    let _ = process.wait();
}

/// A zygote process and the connection to it. Dropping it hangs up: the zygote then kills
/// its children still running and exits. A zygote that died is started again by the next
/// [`Zygote::spawn`] (counted by [`Zygote::restarts`]); the children it had end as engine
/// faults saying so.
pub struct Zygote {
    program: PathBuf,
    args: Vec<std::ffi::OsString>,
    connection: Mutex<Arc<Connection>>,
    restarts: AtomicUsize,
}

struct Connection {
    socket: UnixStream,
    sending: Mutex<()>,
    process: Mutex<std::process::Child>,
    children: Mutex<HashMap<u64, Arc<Cell>>>,
    /// Why the connection is gone, once it is.
    lost: Mutex<Option<String>>,
    next: AtomicU64,
}

impl Zygote {
    /// Starts `program args…` as a zygote (a program whose main calls [`super::serve`]), its
    /// standard input a socket to this host. Whether its children start from a snapshot is the
    /// zygote's: `serve(Some(warmup))`.
    pub fn start<S: AsRef<std::ffi::OsStr>>(program: &Path, args: &[S]) -> Result<Zygote, ZygoteError> {
        let args: Vec<std::ffi::OsString> = args.iter().map(|a| a.as_ref().to_os_string()).collect();
        let connection = Connection::start(program, &args)?;
        Ok(Zygote { program: program.to_path_buf(), args, connection: Mutex::new(connection), restarts: AtomicUsize::new(0) })
    }

    /// How many times the zygote died and was started again.
    pub fn restarts(&self) -> usize {
        self.restarts.load(Ordering::Relaxed)
    }

    /// The zygote's own pid (for tests that kill it).
    pub fn pid(&self) -> u32 {
        lock(&lock(&self.connection).process).id()
    }

    /// Forks a child that runs `config` as one instance in a process of its own.
    pub fn spawn(&self, config: &InstanceConfig) -> Result<ProcessHandle, ZygoteError> {
        self.spawn_by(config, None)
    }

    /// As [`Zygote::spawn`], but a zygote that has not answered by `deadline` (stuck building
    /// its snapshot, say) is killed, and the spawn refused; the next spawn starts a new one.
    pub fn spawn_by(&self, config: &InstanceConfig, deadline: Option<Instant>) -> Result<ProcessHandle, ZygoteError> {
        if config.script.as_ref().is_some_and(|s| s.source.len() > MAX_SCRIPT) {
            return Err(ZygoteError::Unsupported("a script over 32 MiB cannot be sent to a zygote"));
        }
        if config.snapshot.is_some() {
            return Err(ZygoteError::Unsupported("a child starts from its zygote's snapshot (start the zygote with --warmup), not from one of the host's"));
        }
        if config.start_gate.is_some() {
            return Err(ZygoteError::Unsupported("a start gate cannot hold a process"));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(ZygoteError::Refused("the deadline passed before the request was sent".into()));
        }
        let connection = {
            let mut current = lock(&self.connection);
            if lock(&current.lost).is_some() {
                *current = Connection::start(&self.program, &self.args)?;
                self.restarts.fetch_add(1, Ordering::Relaxed);
            }
            current.clone()
        };
        connection.spawn(config, deadline)
    }
}

impl Drop for Zygote {
    fn drop(&mut self) {
        let connection = lock(&self.connection).clone();
        let _ = connection.socket.shutdown(std::net::Shutdown::Both);
        let _ = lock(&connection.process).wait();
    }
}

impl Connection {
    fn start(program: &Path, args: &[std::ffi::OsString]) -> Result<Arc<Connection>, ZygoteError> {
        let failed = |source| ZygoteError::Start { program: program.to_path_buf(), source };
        let (ours, theirs) = UnixStream::pair().map_err(failed)?;
        let process = std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::from(OwnedFd::from(theirs)))
            .stdout(std::process::Stdio::null())
            .spawn()
            .map_err(failed)?;
        let mut process = process;
        let reader = match ours.try_clone() {
            Ok(reader) => reader,
            Err(e) => {
                stop(&mut process);
                return Err(failed(e));
            }
        };
        let connection = Arc::new(Connection {
            socket: ours,
            sending: Mutex::new(()),
            process: Mutex::new(process),
            children: Mutex::new(HashMap::new()),
            lost: Mutex::new(None),
            next: AtomicU64::new(1),
        });
        let listener = connection.clone();
        if let Err(e) = std::thread::Builder::new().name("zygote-replies".into()).spawn(move || listener.listen(reader)) {
            stop(&mut lock(&connection.process));
            return Err(failed(e));
        }
        Ok(connection)
    }

    /// The reply loop: each reply updates its child; when the zygote is gone, every child
    /// not yet reaped ends as lost.
    fn listen(&self, socket: UnixStream) {
        let (why, hung_up) = loop {
            match wire::recv::<Reply>(&socket) {
                Ok(Some((reply, _))) => {
                    let (Reply::Started { id, .. } | Reply::Refused { id, .. } | Reply::Exited { id, .. }) = reply;
                    let mut children = lock(&self.children);
                    // A reaped child is forgotten here; its handle keeps what it needs.
                    let cell = if matches!(reply, Reply::Exited { .. }) { children.remove(&id) } else { children.get(&id).cloned() };
                    drop(children);
                    if let Some(cell) = cell {
                        cell.update(|s| match reply {
                            Reply::Started { pid, .. } => s.pid = Some(pid),
                            Reply::Refused { message, .. } => s.refused = Some(message),
                            Reply::Exited { status, cpu_us, .. } => s.status = Some((status, cpu_us)),
                        });
                    }
                }
                Ok(None) => break ("the zygote exited".to_string(), true),
                Err(e) => break (format!("the zygote's connection broke: {e}"), false),
            }
        };
        // Its socket is closed only by its exit: reap it (no zombie per restart). A connection
        // that broke on a bad frame may have a live zygote behind it: it goes first.
        let mut process = lock(&self.process);
        if !hung_up {
            let _ = process.kill();
        }
        let why = match process.wait() {
            Ok(status) => format!("{why} ({status})"),
            Err(_) => why,
        };
        drop(process);
        *lock(&self.lost) = Some(why.clone());
        for (_, cell) in lock(&self.children).drain() {
            let why = why.clone();
            cell.update(move |s| s.lost = Some(why));
        }
    }

    fn spawn(self: &Arc<Self>, config: &InstanceConfig, deadline: Option<Instant>) -> Result<ProcessHandle, ZygoteError> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let broken = |e: std::io::Error| ZygoteError::Refused(e.to_string());
        let (stdout, stdout_w) = std::io::pipe().map_err(broken)?;
        let (stderr, stderr_w) = std::io::pipe().map_err(broken)?;
        let (report, report_w) = std::io::pipe().map_err(broken)?;
        let request = SpawnRequest {
            id,
            source: config.script.as_ref().map(|s| s.source.clone()),
            file_name: config.script.as_ref().map(|s| s.file_name.clone()),
            args: config.args.clone(),
            env: config.env.clone(),
            env_only: config.env_only,
            cwd: config.cwd.clone(),
            timeout_ms: config.timeout.map(|d| d.as_millis() as u64),
            cpu_limit_ms: config.cpu_limit.map(|d| d.as_millis() as u64),
            heap_limit: config.heap_limit,
        };
        let cell = Arc::new(Cell::new(config.cpu_limit));
        lock(&self.children).insert(id, cell.clone());
        if let Some(why) = lock(&self.lost).clone() {
            lock(&self.children).remove(&id);
            return Err(ZygoteError::Refused(why));
        }
        let started = Instant::now();
        let sent = {
            let _sending = lock(&self.sending);
            let fds = [OwnedFd::from(stdout_w), OwnedFd::from(stderr_w), OwnedFd::from(report_w)];
            wire::send(&self.socket, &Request::Spawn(Box::new(request)), &[&fds[0], &fds[1], &fds[2]])
            // The write ends are closed here: only the child holds them from now on.
        };
        if let Err(e) = sent {
            lock(&self.children).remove(&id);
            return Err(ZygoteError::Refused(format!("cannot reach the zygote: {e}")));
        }
        let answered = cell.wait_until(deadline, |s| s.pid.is_some() || s.refused.is_some() || s.lost.is_some());
        let pid = lock(&cell.state).pid;
        let Some(pid) = pid else {
            lock(&self.children).remove(&id);
            if !answered {
                // A zygote that cannot answer in time cannot be trusted with the next request
                // either: it goes, and its reply loop marks it lost.
                let _ = lock(&self.process).kill();
                return Err(ZygoteError::Refused("the zygote did not answer by the deadline; it was killed".into()));
            }
            let mut state = lock(&cell.state);
            let message = state.refused.take().or_else(|| state.lost.clone()).unwrap_or_default();
            return Err(ZygoteError::Refused(message));
        };
        let echo = config.echo_output;
        for (stream, reader) in [(Stream::Stdout, stdout), (Stream::Stderr, stderr), (Stream::Report, report)] {
            let pumping = cell.clone();
            let spawned =
                std::thread::Builder::new().name(format!("child-{pid}-{stream:?}")).spawn(move || pumping.pump(stream, reader, echo));
            if spawned.is_err() {
                cell.update(|s| s.open -= 1);
            }
        }
        Ok(ProcessHandle { connection: self.clone(), cell, id, pid, started })
    }

    fn signal(&self, id: u64, signal: i32) {
        let _sending = lock(&self.sending);
        let _ = wire::send(&self.socket, &Request::Signal { id, signal }, &[]);
    }
}

#[derive(Clone, Copy, Debug)]
enum Stream {
    Stdout,
    Stderr,
    Report,
}

impl State {
    fn ended(&self) -> bool {
        self.status.is_some() || self.lost.is_some()
    }

    fn finished(&self) -> bool {
        self.ended() && self.open == 0
    }
}

/// What the host knows of one child, updated by the reply loop and the pipe readers.
struct Cell {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    pid: Option<i32>,
    refused: Option<String>,
    /// The raw wait status and CPU time, once reaped.
    status: Option<(i32, u64)>,
    /// The zygote died first.
    lost: Option<String>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    report: Vec<u8>,
    /// Pipes not yet at their end.
    open: u8,
    /// How the host ended it, if it did (a kill, a timeout).
    by_host: Option<ExitCause>,
    /// The signals the host sent it.
    sent: Vec<i32>,
    /// Its CPU limit, if any (whose kernel backstop is a SIGKILL).
    cpu_limit: Option<Duration>,
}

impl Cell {
    /// A child not yet started, under `cpu_limit`.
    fn new(cpu_limit: Option<Duration>) -> Cell {
        let state = State {
            pid: None,
            refused: None,
            status: None,
            lost: None,
            stdout: Vec::new(),
            stderr: Vec::new(),
            report: Vec::new(),
            open: 3,
            by_host: None,
            sent: Vec::new(),
            cpu_limit,
        };
        Cell { state: Mutex::new(state), changed: Condvar::new() }
    }

    fn update(&self, f: impl FnOnce(&mut State)) {
        f(&mut lock(&self.state));
        self.changed.notify_all();
    }

    fn pump(&self, stream: Stream, mut reader: std::io::PipeReader, echo: bool) {
        let mut buffer = [0u8; 16 << 10];
        loop {
            let n = match reader.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            let bytes = &buffer[..n];
            if echo {
                let _ = match stream {
                    Stream::Stdout => std::io::stdout().lock().write_all(bytes).and_then(|()| std::io::stdout().flush()),
                    Stream::Stderr => std::io::stderr().lock().write_all(bytes),
                    Stream::Report => Ok(()),
                };
            }
            self.update(|s| {
                let kept = match stream {
                    Stream::Stdout => &mut s.stdout,
                    Stream::Stderr => &mut s.stderr,
                    Stream::Report => &mut s.report,
                };
                let room = OUTPUT_CAP.saturating_sub(kept.len());
                kept.extend_from_slice(&bytes[..bytes.len().min(room)]);
            });
        }
        self.update(|s| s.open -= 1);
    }

    /// Waits until `done` holds, or `deadline` passes (false).
    fn wait_until(&self, deadline: Option<Instant>, done: impl Fn(&State) -> bool) -> bool {
        let mut state = lock(&self.state);
        loop {
            if done(&state) {
                return true;
            }
            state = match deadline {
                None => self.changed.wait(state).unwrap_or_else(|e| e.into_inner()),
                Some(deadline) => {
                    let now = Instant::now();
                    if now >= deadline {
                        return false;
                    }
                    self.changed.wait_timeout(state, deadline - now).unwrap_or_else(|e| e.into_inner()).0
                }
            };
        }
    }
}

/// The host's handle on one instance running as a forked child of a zygote.
pub struct ProcessHandle {
    connection: Arc<Connection>,
    cell: Arc<Cell>,
    id: u64,
    pid: i32,
    started: Instant,
}

impl std::fmt::Debug for ProcessHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProcessHandle").field("pid", &self.pid).finish()
    }
}

impl ProcessHandle {
    /// The child's pid, which is also its instance's `process.pid`.
    pub fn id(&self) -> u64 {
        self.pid as u64
    }

    /// Kills the child with a real SIGKILL; its outcome says `Killed` (unless it had already
    /// ended by itself).
    pub fn kill(&self) {
        self.end_by_host(ExitCause::Killed);
    }

    /// Sends the child a real signal: its instance's listener gets it, or its default action
    /// ends the process for real.
    pub fn signal(&self, signal: Signal) {
        let mut state = lock(&self.cell.state);
        if !state.ended() {
            state.sent.push(signal.number());
            drop(state);
            self.connection.signal(self.id, signal.number());
        }
    }

    /// Kills the child with a real SIGKILL once `timeout` has passed, unless it ended first;
    /// its outcome then says `TimedOut`.
    pub fn time_out_in(&self, timeout: Duration) {
        let handle = ProcessHandle { connection: self.connection.clone(), cell: self.cell.clone(), ..*self };
        let _ = std::thread::Builder::new().name(format!("timeout-{}", self.pid)).spawn(move || {
            let due = Instant::now() + timeout;
            if !handle.cell.wait_until(Some(due), State::ended) {
                handle.end_by_host(ExitCause::TimedOut);
            }
        });
    }

    fn end_by_host(&self, cause: ExitCause) {
        let mut state = lock(&self.cell.state);
        if state.ended() || state.by_host.is_some() {
            return;
        }
        state.by_host = Some(cause);
        state.sent.push(libc::SIGKILL);
        drop(state);
        self.connection.signal(self.id, libc::SIGKILL);
    }

    /// The child's real wait status, once the zygote has reaped it.
    pub fn status(&self) -> Option<std::process::ExitStatus> {
        use std::os::unix::process::ExitStatusExt;
        lock(&self.cell.state).status.map(|(status, _)| std::process::ExitStatus::from_raw(status))
    }

    /// Whether the child has ended (been reaped, or lost with its zygote).
    pub fn is_ended(&self) -> bool {
        lock(&self.cell.state).ended()
    }

    /// What the child is doing, as far as the host can tell.
    pub fn activity(&self) -> Activity {
        if self.is_ended() {
            Activity::Ended
        } else {
            Activity::Running
        }
    }

    /// Everything the child has written so far: (stdout, stderr), lossily decoded.
    pub fn output_so_far(&self) -> (String, String) {
        let state = lock(&self.cell.state);
        (String::from_utf8_lossy(&state.stdout).into_owned(), String::from_utf8_lossy(&state.stderr).into_owned())
    }

    /// Blocks until the child's stdout contains `text`; false if it ended first.
    pub fn wait_for_stdout(&self, text: &str) -> bool {
        self.wait_for_stdout_by(text, None)
    }

    /// As [`ProcessHandle::wait_for_stdout`], but gives up (false) at `deadline`.
    pub fn wait_for_stdout_until(&self, text: &str, deadline: Instant) -> bool {
        self.wait_for_stdout_by(text, Some(deadline))
    }

    fn wait_for_stdout_by(&self, text: &str, deadline: Option<Instant>) -> bool {
        let seen = |s: &State| String::from_utf8_lossy(&s.stdout).contains(text);
        self.cell.wait_until(deadline, |s| seen(s) || (s.ended() && s.open == 0)) && seen(&lock(&self.cell.state))
    }

    /// Waits for the child to end and its output to be read, and returns its outcome.
    pub fn join(self) -> Outcome {
        self.cell.wait_until(None, State::finished);
        self.outcome()
    }

    /// As [`ProcessHandle::join`] until `deadline`; a child still running then is handed back.
    pub fn join_by(self, deadline: Instant) -> Result<Outcome, ProcessHandle> {
        if self.cell.wait_until(Some(deadline), State::finished) {
            Ok(self.outcome())
        } else {
            Err(self)
        }
    }

    fn outcome(self) -> Outcome {
        let state = lock(&self.cell.state);
        let report: Option<Outcome> = serde_json::from_slice(&state.report).ok();
        let (cause, exit_code) = ending(&state, report.as_ref());
        let cpu_time = Duration::from_micros(state.status.map_or(0, |(_, cpu)| cpu));
        Outcome {
            id: self.pid as u64,
            exit_code,
            cause,
            stdout: String::from_utf8_lossy(&state.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&state.stderr).into_owned(),
            wall_time: self.started.elapsed(),
            cpu_time,
            children: report.map(|r| r.children).unwrap_or_default(),
        }
    }
}

/// How a child ended. With its report (the instance's ending came first), the report's cause
/// and the real exit code — unless the host killed it after it reported, which an instance
/// among others would not have noticed: then the report's code. Without one: the host's own
/// ending (a kill, a timeout), the CPU limit's kernel backstop, or a signal the host sent; any
/// other death is the engine's crash.
fn ending(state: &State, report: Option<&Outcome>) -> (ExitCause, i32) {
    let fault = |message: String| (ExitCause::EngineFault { message }, crate::ExitCode::EngineFault.code());
    let Some((status, cpu_us)) = state.status else {
        return fault(state.lost.clone().unwrap_or_else(|| "the child's end is unknown".into()));
    };
    let (code, signal) = if libc::WIFSIGNALED(status) {
        (128 + libc::WTERMSIG(status), Some(libc::WTERMSIG(status)))
    } else {
        (libc::WEXITSTATUS(status), None)
    };
    if let Some(report) = report {
        let code = if state.by_host.is_some() { report.exit_code } else { code };
        return (report.cause.clone(), code);
    }
    let name = |n: i32| Signal::from_number(n as i64).map_or_else(|| format!("signal {n}"), |s| s.name().to_string());
    match signal {
        Some(libc::SIGKILL) if state.by_host.is_some() => (state.by_host.clone().unwrap_or(ExitCause::Killed), code),
        Some(number) if state.sent.contains(&number) => match Signal::from_number(number as i64) {
            Some(signal) => (ExitCause::Signaled { signal }, code),
            None => fault(format!("the child died of {}", name(number))),
        },
        Some(libc::SIGKILL) if state.cpu_limit.is_some_and(|limit| Duration::from_micros(cpu_us) >= limit) => (ExitCause::CpuLimit, code),
        Some(number) => fault(format!("the child died of {} before its instance reported how it ended (an engine crash)", name(number))),
        None => fault(format!("the child exited with {code} before its instance reported how it ended")),
    }
}
