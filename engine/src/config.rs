//! What an instance is asked to run: [`InstanceConfig`] and its [`ScriptSource`].

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// A script to run: its source text and the file name it is reported under (in stack traces,
/// `__filename` and `process.argv[1]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptSource {
    /// The JavaScript source, run as a CommonJS module body.
    pub source: String,
    /// The file name, ideally absolute.
    pub file_name: PathBuf,
}

impl ScriptSource {
    /// A script from text and the name to report it under.
    pub fn new(source: impl Into<String>, file_name: impl Into<PathBuf>) -> Self {
        ScriptSource { source: source.into(), file_name: file_name.into() }
    }

    /// Reads a script from disk, reporting it under its absolute, normalized path (`a/../b.js`
    /// becomes `<cwd>/b.js`), as Node's `path.resolve` gives `process.argv[1]` and
    /// `__filename`. Like Node, it decodes the file as UTF-8 with a replacement character for
    /// each invalid sequence, rather than refusing it.
    pub fn from_file(path: impl Into<PathBuf>) -> std::io::Result<Self> {
        let path = path.into();
        let source = String::from_utf8_lossy(&std::fs::read(&path)?).into_owned();
        Ok(ScriptSource::located(source, &path))
    }

    /// A script whose text is already read, reported under `path` made absolute and
    /// normalized, as [`ScriptSource::from_file`] reports it.
    pub fn located(source: impl Into<String>, path: &std::path::Path) -> Self {
        let file_name = match (std::env::current_dir(), path.to_str()) {
            (Ok(cwd), Some(text)) => PathBuf::from(crate::bindings::path::resolve(&cwd.to_string_lossy(), &[text.to_string()])),
            _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
        };
        ScriptSource { source: source.into(), file_name }
    }
}

/// Everything `spawn` needs to start one instance.
#[derive(Clone, Default)]
pub struct InstanceConfig {
    /// The script run as the instance's main module. `None` runs only a snapshot's main.
    pub script: Option<ScriptSource>,
    /// Arguments after the script name (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// Wall-clock limit, counted from the moment the script starts (after the isolate is
    /// built and booted, and after the start gate opens); past it the instance ends with
    /// `ExitCause::TimedOut`.
    pub timeout: Option<Duration>,
    /// CPU-time limit on the instance thread's own CPU clock, counted from the moment the
    /// script starts; past it the instance ends with `ExitCause::CpuLimit` (exit code 137),
    /// even inside `while(true){}` or a long builtin. Time the thread spends descheduled,
    /// waiting at the start gate or idle in its loop does not count, so unlike `timeout` a
    /// busy machine cannot make it fire.
    pub cpu_limit: Option<Duration>,
    /// Values preset in the instance's `process.env` overlay.
    pub env: BTreeMap<String, String>,
    /// The instance's working directory (`process.cwd()`), when not the host's: only the
    /// instance sees it (a forked child starts in its parent's).
    pub cwd: Option<PathBuf>,
    /// `process.env` holds only `env`, none of the host's environment (a forked child given
    /// an `env` of its own, as Node's `fork(path, args, { env })`).
    pub env_only: bool,
    /// The instance's V8 heap limit in bytes; past it the instance ends with
    /// `ExitCause::OutOfMemory`.
    pub heap_limit: Option<usize>,
    /// Also write the instance's stdout/stderr to the host's, as they are produced (the CLI's
    /// `run FILE`); they are captured in the `Outcome` either way.
    pub echo_output: bool,
    /// Wait at this gate, isolate built and bootstrapped, before running the script.
    pub start_gate: Option<Arc<crate::StartGate>>,
    /// Start from this snapshot's heap instead of a fresh bootstrap: its deserialize main
    /// runs first, then `script` if given.
    pub snapshot: Option<crate::Snapshot>,
    /// With a `timeout`: when the instance goes idle and nothing of its own can wake it before
    /// the timeout (its next timer falls at or after it, or there is none; no signal or message
    /// is queued; it has no parent or child instance), it ends as timed out at once instead of
    /// sleeping until then. Its outcome is the one the wait would have ended in (no timer could
    /// fire, no output could come); only the wall time differs. For a host that delivers
    /// nothing to the instance from outside before its timeout, such as a fuzz target, whose
    /// inputs would otherwise spend most of their time asleep. Not with a `cpu_limit` (a
    /// budget overrun found while it slept would have ended it as `CpuLimit`), and not in a
    /// process of its own (the zygote's children run as configured without it).
    pub idle_to_timeout: bool,
}

impl InstanceConfig {
    /// A configuration that runs `script` with no arguments and no limits.
    pub fn new(script: ScriptSource) -> Self {
        InstanceConfig { script: Some(script), ..Default::default() }
    }

    /// Sets the arguments after the script name.
    pub fn args(mut self, args: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the wall-clock timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the CPU-time limit.
    pub fn cpu_limit(mut self, limit: Duration) -> Self {
        self.cpu_limit = Some(limit);
        self
    }

    /// Presets one `process.env` value local to this instance.
    pub fn env(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.insert(name.into(), value.into());
        self
    }

    /// Sets the heap limit in bytes.
    pub fn heap_limit(mut self, bytes: usize) -> Self {
        self.heap_limit = Some(bytes);
        self
    }

    /// Starts the instance from a snapshot.
    pub fn snapshot(mut self, snapshot: crate::Snapshot) -> Self {
        self.snapshot = Some(snapshot);
        self
    }

    /// Ends the instance as timed out as soon as it idles with nothing of its own left to wake
    /// it before its timeout (see [`InstanceConfig::idle_to_timeout`]).
    pub fn idle_to_timeout(mut self) -> Self {
        self.idle_to_timeout = true;
        self
    }

    /// Echoes output to the host's stdout/stderr as it is produced.
    pub fn echo_output(mut self, echo: bool) -> Self {
        self.echo_output = echo;
        self
    }
}
