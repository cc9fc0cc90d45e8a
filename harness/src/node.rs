//! The real `node` as an oracle: runs a scenario's file under `node`, applying the same
//! faults to the real process (real signals, SIGKILL for kill and timeout), and reports its
//! exit status and output.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::runner::{schedule, Action};
use crate::scenario::{Scenario, Trigger};

/// What `node` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeRun {
    /// Exit status as a shell reports it (128 + n when killed by signal n).
    pub exit_code: i32,
    /// Its stdout.
    pub stdout: String,
    /// Its stderr.
    pub stderr: String,
}

/// The `node` binary to compare against: `$BULKHEAD_NODE`, else `node` on the PATH.
pub fn node_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BULKHEAD_NODE") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("node")).find(|p| p.is_file())
}

#[derive(Default)]
struct Pipe {
    bytes: Mutex<(Vec<u8>, bool)>,
    changed: Condvar,
}

fn pump(mut from: impl Read + Send + 'static, into: Arc<Pipe>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            let n = from.read(&mut buf).unwrap_or(0);
            let mut g = into.bytes.lock().unwrap_or_else(|e| e.into_inner());
            if n == 0 {
                g.1 = true;
                into.changed.notify_all();
                return;
            }
            g.0.extend_from_slice(&buf[..n]);
            into.changed.notify_all();
        }
    })
}

/// Runs the scenario under `node` with its faults. Errors only when `node` cannot be started.
pub fn run_node(node: &std::path::Path, s: &Scenario) -> std::io::Result<NodeRun> {
    let mut cmd = Command::new(node);
    if let Some(mb) = s.faults.heap_limit_mb {
        cmd.arg(format!("--max-old-space-size={mb}"));
    }
    cmd.arg(&s.path).args(&s.args).envs(&s.faults.env);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    let out = Arc::new(Pipe::default());
    let err = Arc::new(Pipe::default());
    let out_thread = child.stdout.take().map(|o| pump(o, out.clone()));
    let err_thread = child.stderr.take().map(|e| pump(e, err.clone()));
    let mut deadline = s.faults.timeout.map(|t| started + t);

    let send = |sig: nix::sys::signal::Signal| {
        let _ = nix::sys::signal::kill(pid, sig);
    };
    for (trigger, action) in schedule(s) {
        let reached = match trigger {
            Trigger::After(d) => {
                let at = started + d;
                let now = Instant::now();
                if at > now {
                    std::thread::sleep(at - now);
                }
                true
            }
            Trigger::Stdout(text) => {
                let mut g = out.bytes.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if contains(&g.0, text.as_bytes()) {
                        break true;
                    }
                    if g.1 {
                        break false;
                    }
                    g = out.changed.wait_timeout(g, Duration::from_millis(50)).unwrap_or_else(|e| e.into_inner()).0;
                    if deadline.is_some_and(|d| Instant::now() > d) {
                        break false;
                    }
                }
            }
        };
        if !reached {
            break;
        }
        match action {
            Action::Signal(sig) => send(to_nix(sig)),
            Action::Kill => send(nix::sys::signal::Signal::SIGKILL),
            Action::TimeOut(d) => deadline = Some(deadline.map_or(Instant::now() + d, |at| at.min(Instant::now() + d))),
        }
    }
    // A node that never ends on its own is not waited for beyond a generous bound.
    let deadline = deadline.or_else(|| started.checked_add(NODE_BOUND));
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if deadline.is_some_and(|d| Instant::now() > d) {
            send(nix::sys::signal::Signal::SIGKILL);
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    if let Some(t) = out_thread {
        let _ = t.join();
    }
    if let Some(t) = err_thread {
        let _ = t.join();
    }
    use std::os::unix::process::ExitStatusExt;
    let exit_code = status.code().unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    let text = |p: &Pipe| String::from_utf8_lossy(&p.bytes.lock().unwrap_or_else(|e| e.into_inner()).0).into_owned();
    Ok(NodeRun { exit_code, stdout: text(&out), stderr: text(&err) })
}

/// How long a node run without a timeout of its own may take before it is killed.
const NODE_BOUND: Duration = Duration::from_secs(300);

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn to_nix(sig: engine::Signal) -> nix::sys::signal::Signal {
    // Every engine signal is a Linux signal of the same number.
    nix::sys::signal::Signal::try_from(sig.number()).unwrap_or(nix::sys::signal::Signal::SIGKILL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_engine_signal_is_the_linux_signal_of_its_number() {
        for &signal in engine::Signal::ALL {
            assert_eq!(to_nix(signal) as i32, signal.number(), "{signal}");
        }
    }
}
