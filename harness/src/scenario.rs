//! Scenarios as data: a JavaScript file whose leading block comment holds, in TOML, what the
//! scenario expects and which faults to inject. The file stays a plain script that `node` can
//! run as it is. See corpus/README.md for the format.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use engine::Signal;
use serde::Deserialize;

/// One scenario file, parsed and checked.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Path relative to the corpus root without `.js`, e.g. `exit/inside-finally`.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// The whole file (header comment included), run as the instance's script.
    pub source: String,
    /// What it checks, in one line.
    pub description: String,
    /// `process.argv.slice(2)`.
    pub args: Vec<String>,
    /// Whether the real `node` must agree (exit code and stdout).
    pub node: bool,
    /// How many untouched copies a campaign runs at least (probes want company).
    pub copies: usize,
    /// Copies must print pairwise-different stdout (random numbers, pids): the distinctness
    /// oracle. Their stdout is then not compared with the solo run's, only its shape.
    pub distinct: bool,
    /// What the run must produce.
    pub expect: Expectation,
    /// What is done to the instance while it runs.
    pub faults: Faults,
}

/// The expected outcome.
#[derive(Clone, Debug)]
pub struct Expectation {
    /// Exit status (0–255).
    pub exit_code: i32,
    /// `ExitCause::kind()`: exited, drained, uncaught, killed, timed_out, signaled,
    /// out_of_memory, startup_error.
    pub cause: String,
    /// Exact stdout.
    pub stdout: Option<String>,
    /// A regular expression stdout must match.
    pub stdout_pattern: Option<regex::Regex>,
    /// Text stderr must contain.
    pub stderr_contains: Option<String>,
}

/// When a fault fires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// This long after the instance started.
    After(Duration),
    /// Once the instance has printed this text on stdout.
    Stdout(String),
}

/// A signal to deliver.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignalFault {
    /// Which.
    pub signal: Signal,
    /// When.
    pub at: Trigger,
}

/// What the harness does to the instance.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Wall-clock limit.
    pub timeout: Option<Duration>,
    /// CPU-time limit on the instance's own thread.
    pub cpu_limit: Option<Duration>,
    /// Kill the instance from the host.
    pub kill: Option<Trigger>,
    /// Signals, in order.
    pub signals: Vec<SignalFault>,
    /// Heap limit in MiB.
    pub heap_limit_mb: Option<u64>,
    /// `process.env` presets.
    pub env: BTreeMap<String, String>,
    /// Start from a snapshot of this warm-up script (resolved against the scenario's folder).
    pub snapshot: Option<PathBuf>,
}

/// A scenario that cannot be used, naming the file and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    /// The file could not be read.
    #[error("{file}: cannot read: {source}")]
    Read {
        /// The scenario file.
        file: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The header is missing or malformed.
    #[error("{file}: {message}")]
    Header {
        /// The scenario file.
        file: PathBuf,
        /// What is wrong, naming the field.
        message: String,
    },
}

const OPEN: &str = "/*---";
const CLOSE: &str = "---*/";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    description: String,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    node: bool,
    copies: Option<u64>,
    #[serde(default)]
    distinct: bool,
    expect: RawExpect,
    #[serde(default)]
    faults: RawFaults,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    exit_code: i64,
    cause: String,
    stdout: Option<String>,
    stdout_pattern: Option<String>,
    stderr_contains: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFaults {
    timeout_ms: Option<u64>,
    cpu_limit_ms: Option<u64>,
    kill: Option<String>,
    #[serde(default)]
    signals: Vec<RawSignal>,
    heap_limit_mb: Option<u64>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    snapshot: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignal {
    signal: String,
    at: String,
}

/// The causes a scenario may expect.
pub const CAUSES: [&str; 9] =
    ["exited", "drained", "uncaught", "killed", "timed_out", "cpu_limit", "signaled", "out_of_memory", "startup_error"];

/// Parses a trigger: `250ms`, `2s`, or `stdout:TEXT`.
pub fn parse_trigger(text: &str) -> Result<Trigger, String> {
    if let Some(marker) = text.strip_prefix("stdout:") {
        if marker.is_empty() {
            return Err("`stdout:` needs the text to wait for".into());
        }
        return Ok(Trigger::Stdout(marker.to_string()));
    }
    let (number, scale) = if let Some(ms) = text.strip_suffix("ms") {
        (ms, 1)
    } else if let Some(s) = text.strip_suffix('s') {
        (s, 1000)
    } else {
        (text, 1)
    };
    let n: u64 = number
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a time (`250ms`, `2s`) nor `stdout:TEXT`"))?;
    if n > 3_600_000 {
        return Err(format!("{text:?} is more than an hour"));
    }
    Ok(Trigger::After(Duration::from_millis(n * scale)))
}

impl Scenario {
    /// Reads and checks one scenario file; `root` is the corpus folder it is named under. The
    /// file is decoded as Node decodes a script: invalid UTF-8 becomes replacement characters.
    pub fn load(path: &Path, root: &Path) -> Result<Scenario, ScenarioError> {
        let bytes = std::fs::read(path).map_err(|source| ScenarioError::Read { file: path.into(), source })?;
        let source = String::from_utf8_lossy(&bytes).into_owned();
        // A folder scenario is named after its folder, a file after itself.
        let named = match path.parent() {
            Some(folder) if main_file(folder).as_deref() == Some(path) => folder,
            _ => path,
        };
        let mut name = named.strip_prefix(root).unwrap_or(named).with_extension("").to_string_lossy().replace('\\', "/");
        if name.is_empty() {
            name = named.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        }
        Self::parse(name, path, source)
    }

    /// Parses a scenario from its text.
    pub fn parse(name: String, path: &Path, source: String) -> Result<Scenario, ScenarioError> {
        let err = |message: String| ScenarioError::Header { file: path.into(), message };
        let body = source.trim_start();
        let Some(rest) = body.strip_prefix(OPEN) else {
            return Err(err(format!("the file must start with a `{OPEN}` … `{CLOSE}` header comment")));
        };
        let Some(end) = rest.find(CLOSE) else {
            return Err(err(format!("the header is not closed with `{CLOSE}`")));
        };
        let raw: RawHeader = toml::from_str(&rest[..end]).map_err(|e| err(format!("header: {}", e.to_string().trim())))?;
        let expect = &raw.expect;
        if !(0..=255).contains(&expect.exit_code) {
            return Err(err(format!("expect.exit_code: {} is not an exit status (0–255)", expect.exit_code)));
        }
        if !CAUSES.contains(&expect.cause.as_str()) {
            return Err(err(format!("expect.cause: {:?} is not one of {}", expect.cause, CAUSES.join(", "))));
        }
        let stdout_pattern = match &expect.stdout_pattern {
            Some(p) => Some(regex::Regex::new(p).map_err(|e| err(format!("expect.stdout_pattern: {e}")))?),
            None => None,
        };
        let kill = match &raw.faults.kill {
            Some(k) => Some(parse_trigger(k).map_err(|e| err(format!("faults.kill: {e}")))?),
            None => None,
        };
        let mut signals = Vec::new();
        for (i, s) in raw.faults.signals.iter().enumerate() {
            let signal = s.signal.parse::<Signal>().map_err(|e| err(format!("faults.signals[{i}].signal: {e}")))?;
            let at = parse_trigger(&s.at).map_err(|e| err(format!("faults.signals[{i}].at: {e}")))?;
            signals.push(SignalFault { signal, at });
        }
        let snapshot = match &raw.faults.snapshot {
            None => None,
            Some(_) if raw.node => {
                return Err(err("faults.snapshot: a scenario started from a snapshot cannot be compared with node (set node = false)".into()))
            }
            Some(rel) => {
                let warmup = path.parent().unwrap_or(Path::new(".")).join(rel);
                if !warmup.is_file() {
                    return Err(err(format!("faults.snapshot: warm-up {} not found", warmup.display())));
                }
                Some(warmup)
            }
        };
        for (field, ms) in [("timeout_ms", raw.faults.timeout_ms), ("cpu_limit_ms", raw.faults.cpu_limit_ms)] {
            if let Some(ms) = ms {
                if !(1..=3_600_000).contains(&ms) {
                    return Err(err(format!("faults.{field}: {ms} is outside 1–3600000 (an hour)")));
                }
            }
        }
        let copies = raw.copies.unwrap_or(1);
        if !(1..=1000).contains(&copies) {
            return Err(err(format!("copies: {copies} is outside 1–1000")));
        }
        if raw.faults.cpu_limit_ms.is_some() && raw.node {
            return Err(err("faults.cpu_limit_ms: node has no CPU-time limit to compare with (set node = false)".into()));
        }
        if let Some(mb) = raw.faults.heap_limit_mb {
            if !(1..=65536).contains(&mb) {
                return Err(err(format!("faults.heap_limit_mb: {mb} is outside 1–65536")));
            }
        }
        Ok(Scenario {
            name,
            path: path.into(),
            description: raw.description,
            args: raw.args,
            node: raw.node,
            copies: copies as usize,
            distinct: raw.distinct,
            expect: Expectation {
                exit_code: expect.exit_code as i32,
                cause: expect.cause.clone(),
                stdout: expect.stdout.clone(),
                stdout_pattern,
                stderr_contains: expect.stderr_contains.clone(),
            },
            faults: Faults {
                timeout: raw.faults.timeout_ms.map(Duration::from_millis),
                cpu_limit: raw.faults.cpu_limit_ms.map(Duration::from_millis),
                kill,
                signals,
                heap_limit_mb: raw.faults.heap_limit_mb,
                env: raw.faults.env,
                snapshot,
            },
            source,
        })
    }

    /// Whether running it involves host-side timing (signals, kills, timeouts), so that
    /// its outcome may legitimately depend on scheduling.
    pub fn has_timed_faults(&self) -> bool {
        self.faults.kill.is_some() || !self.faults.signals.is_empty() || self.faults.timeout.is_some()
    }
}

/// The main file of a folder scenario (`main.js` or `main.mjs`), if `dir` is one.
pub fn main_file(dir: &Path) -> Option<PathBuf> {
    ["main.js", "main.mjs"].iter().map(|name| dir.join(name)).find(|file| file.is_file())
}

/// Loads every scenario under `root` (recursively, sorted by name): each `*.js` or `*.mjs`
/// file, and each folder holding a `main.js` or `main.mjs` (with the modules it loads). It skips
/// support files — a file or folder whose name starts with `_` holds code that scenarios
/// `require`, never a scenario — and the `fuzz/` and `snapshots/` folders, which hold fuzz seeds
/// and warm-ups rather than scenarios.
pub fn load_corpus(root: &Path) -> Result<Vec<Scenario>, ScenarioError> {
    let mut files = Vec::new();
    collect(root, &mut files).map_err(|source| ScenarioError::Read { file: root.into(), source })?;
    files.sort();
    files.iter().map(|f| Scenario::load(f, root)).collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if let Some(main) = main_file(dir) {
        out.push(main);
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_')) {
            continue;
        }
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "fuzz" || n == "snapshots") {
                continue;
            }
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "js" || e == "mjs") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        Scenario::parse("t".into(), Path::new("t.js"), text.into())
    }

    #[test]
    fn parses_a_full_header() {
        let s = parse(
            "/*---\ndescription = \"d\"\nnode = true\n[expect]\nexit_code = 3\ncause = \"exited\"\nstdout = \"a\\n\"\n[faults]\nkill = \"stdout:ready\"\nsignals = [{ signal = \"SIGTERM\", at = \"20ms\" }]\n---*/\nprocess.exit(3)\n",
        )
        .expect("valid header");
        assert_eq!(s.expect.exit_code, 3);
        assert_eq!(s.faults.kill, Some(Trigger::Stdout("ready".into())));
        assert_eq!(s.faults.signals[0].signal, Signal::Term);
        assert_eq!(s.faults.signals[0].at, Trigger::After(Duration::from_millis(20)));
    }

    #[test]
    fn a_cpu_limit_is_read_in_milliseconds() {
        let s = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 137\ncause = \"cpu_limit\"\n[faults]\ncpu_limit_ms = 250\n---*/\nwhile (true) {}\n")
            .expect("valid header");
        assert_eq!(s.faults.cpu_limit, Some(Duration::from_millis(250)));
        assert!(!s.has_timed_faults(), "a CPU limit does not depend on the clock");
    }

    #[test]
    fn errors_name_the_field() {
        let e = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 300\ncause = \"exited\"\n---*/").unwrap_err();
        assert!(e.to_string().contains("expect.exit_code"), "{e}");
        let e = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 0\ncause = \"melted\"\n---*/").unwrap_err();
        assert!(e.to_string().contains("expect.cause"), "{e}");
        let e = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 0\ncause = \"exited\"\n[faults]\nkill = \"soon\"\n---*/").unwrap_err();
        assert!(e.to_string().contains("faults.kill"), "{e}");
        let e = parse("/*---\ndescription = \"d\"\n[expect]\ncause = \"exited\"\n---*/").unwrap_err();
        assert!(e.to_string().contains("exit_code"), "{e}");
        let e = parse("console.log(1)").unwrap_err();
        assert!(e.to_string().contains("header"), "{e}");
        let e = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 0\ncause = \"exited\"\nstdot = \"x\"\n---*/").unwrap_err();
        assert!(e.to_string().contains("stdot"), "{e}");
        let e = parse("/*---\ndescription = \"d\"\n[expect]\nexit_code = 137\ncause = \"cpu_limit\"\n[faults]\ncpu_limit_ms = 0\n---*/").unwrap_err();
        assert!(e.to_string().contains("faults.cpu_limit_ms"), "{e}");
    }

    #[test]
    fn support_files_starting_with_an_underscore_are_not_scenarios() {
        let root = std::env::temp_dir().join(format!("bulkhead-support-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let header = "/*---\ndescription = \"d\"\n[expect]\nexit_code = 0\ncause = \"exited\"\n---*/\n";
        for (file, text) in [
            ("a.js", header),
            ("_help.js", "module.exports = 1;\n"),
            ("_lib/x.js", "module.exports = 2;\n"),
            ("_lib/main.js", header),
            ("f/main.js", header),
            ("g/b.mjs", header),
            ("g/_c.mjs", "export default 3;\n"),
        ] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let corpus = load_corpus(&root);
        let _ = std::fs::remove_dir_all(&root);
        let names: Vec<String> = corpus.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["a", "f", "g/b"]);
    }
}
