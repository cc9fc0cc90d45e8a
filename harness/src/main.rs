//! The `bulkhead` command line. Every error is mapped to an exit status here, in one place:
//! 2 for bad input (missing file, malformed scenario or flag), 1 when a corpus run has a
//! failure or a leak, otherwise (one script) the instance's own exit status.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use harness::scenario::{parse_trigger, Trigger};

#[derive(Parser)]
#[command(name = "bulkhead", version, about = "Proves V8 isolates stay watertight.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE.js as one instance (like `node FILE.js`), or every scenario of a corpus folder
    /// as many instances at once.
    Run(RunArgs),
    /// Startup snapshots.
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
}

#[derive(Subcommand)]
enum SnapshotCommand {
    /// Run WARMUP.js and save the resulting heap as a snapshot file.
    Build {
        /// The warm-up script (it may call require('v8').startupSnapshot.setDeserializeMainFunction).
        warmup: PathBuf,
        /// Where to write the snapshot.
        #[arg(short, long, value_name = "FILE.snap")]
        output: PathBuf,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// A script, or a corpus folder. With --snapshot it may be left out: the snapshot's main
    /// function runs alone.
    path: Option<PathBuf>,
    /// Arguments passed to the script (`process.argv.slice(2)`).
    #[arg(last = true)]
    args: Vec<String>,
    /// Deliver a signal: SIG@MS (milliseconds after start) or SIG@stdout:TEXT (once the
    /// script has printed TEXT). Repeatable.
    #[arg(long = "signal", value_name = "SIG@WHEN")]
    signals: Vec<String>,
    /// Preset a process.env value local to the instance. Repeatable.
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// The instance's heap limit in MiB (1–65536).
    #[arg(long, value_name = "MB")]
    max_heap_mb: Option<u64>,
    /// Wall-clock limit in milliseconds, counted from when the script starts running.
    #[arg(long, value_name = "MS")]
    timeout_ms: Option<u64>,
    /// Start from a snapshot file built by `bulkhead snapshot build`.
    #[arg(long, value_name = "FILE.snap")]
    snapshot: Option<PathBuf>,
    /// Corpus mode: how many instances to run (scenarios that start from their own snapshot
    /// run in batches of their own, three copies each, on top).
    #[arg(long, default_value_t = 0)]
    instances: usize,
    /// Corpus mode: how many instances may be alive at once (default: all of them).
    #[arg(long)]
    jobs: Option<usize>,
    /// Corpus mode: seeds the assignment of scenarios to instances.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Corpus mode: spawn each batch whole and hold every instance alive at a start gate
    /// until all are, before any script runs or fault fires.
    #[arg(long)]
    hold: bool,
    /// Corpus mode: share of instances (0–1) given an extra fault drawn from the seed (kill,
    /// SIGTERM, SIGINT at a random moment).
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    fault_rate: f64,
    /// Corpus mode: also compare scenarios marked `node = true` with the real node.
    #[arg(long)]
    node: bool,
    /// Corpus mode: also write the report as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Corpus mode: also write the report as JUnit XML to FILE.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
}

/// Bad input: reported as `bulkhead: …` with exit status 2.
struct Usage(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => match &args.path {
            Some(dir) if dir.is_dir() => run_corpus(&args, dir),
            _ => run_file(&args),
        },
        Command::Snapshot(SnapshotCommand::Build { warmup, output }) => build_snapshot(&warmup, &output),
    };
    match result {
        Ok(code) => code,
        Err(Usage(message)) => {
            eprintln!("bulkhead: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_signal(text: &str) -> Result<(engine::Signal, Trigger), Usage> {
    let (sig, when) = text
        .split_once('@')
        .ok_or_else(|| Usage(format!("--signal {text:?}: expected SIG@WHEN, e.g. SIGTERM@500 or SIGINT@stdout:ready")))?;
    let sig = sig.parse().map_err(|e| Usage(format!("--signal {text:?}: {e}")))?;
    let when = parse_trigger(when).map_err(|e| Usage(format!("--signal {text:?}: {e}")))?;
    Ok((sig, when))
}

fn build_snapshot(warmup: &Path, output: &Path) -> Result<ExitCode, Usage> {
    let script = engine::ScriptSource::from_file(warmup).map_err(|e| Usage(format!("cannot read {}: {e}", warmup.display())))?;
    let (snapshot, log) = engine::build_snapshot(&script).map_err(|e| Usage(e.to_string()))?;
    print!("{}", log.stdout);
    eprint!("{}", log.stderr);
    snapshot.save(output).map_err(|e| Usage(e.to_string()))?;
    eprintln!("bulkhead: wrote {} ({} bytes)", output.display(), snapshot.to_bytes().len());
    Ok(ExitCode::SUCCESS)
}

fn build_config(args: &RunArgs) -> Result<engine::InstanceConfig, Usage> {
    let mut config = engine::InstanceConfig::default().args(args.args.clone()).echo_output(true);
    match (&args.path, &args.snapshot) {
        (None, None) => return Err(Usage("run needs a script, a corpus folder, or --snapshot".into())),
        (Some(path), _) => {
            let script = engine::ScriptSource::from_file(path).map_err(|e| Usage(format!("cannot read {}: {e}", path.display())))?;
            config.script = Some(script);
        }
        (None, Some(_)) => {}
    }
    if let Some(file) = &args.snapshot {
        config = config.snapshot(engine::Snapshot::load(file).map_err(|e| Usage(format!("{}: {e}", file.display())))?);
    }
    for pair in &args.env {
        let (name, value) = pair
            .split_once('=')
            .filter(|(n, _)| !n.is_empty())
            .ok_or_else(|| Usage(format!("--env {pair:?}: expected NAME=VALUE")))?;
        config = config.env(name, value);
    }
    if let Some(mb) = args.max_heap_mb {
        if !(1..=65536).contains(&mb) {
            return Err(Usage(format!("--max-heap-mb {mb}: must be between 1 and 65536")));
        }
        config = config.heap_limit((mb as usize) << 20);
    }
    if let Some(ms) = args.timeout_ms {
        if ms == 0 || ms > 86_400_000 {
            return Err(Usage(format!("--timeout-ms {ms}: must be between 1 and 86400000 (a day)")));
        }
        config = config.timeout(Duration::from_millis(ms));
    }
    Ok(config)
}

fn run_file(args: &RunArgs) -> Result<ExitCode, Usage> {
    let signals = args.signals.iter().map(|s| parse_signal(s)).collect::<Result<Vec<_>, _>>()?;
    let config = build_config(args)?;
    let started = Instant::now();
    let handle = engine::spawn(config).map_err(|e| Usage(e.to_string()))?;
    for (signal, when) in signals {
        if !harness::runner::wait_for(&handle, &when, started) {
            break;
        }
        handle.signal(signal);
    }
    let outcome = handle.join();
    if let engine::ExitCause::EngineFault { message } = &outcome.cause {
        eprintln!("bulkhead: engine fault: {message}");
    }
    Ok(ExitCode::from(outcome.exit_code as u8))
}

fn run_corpus(args: &RunArgs, dir: &Path) -> Result<ExitCode, Usage> {
    if !args.signals.is_empty() || !args.env.is_empty() || args.max_heap_mb.is_some() || args.timeout_ms.is_some() || args.snapshot.is_some() {
        return Err(Usage("--signal, --env, --max-heap-mb, --timeout-ms and --snapshot apply to one script; a corpus sets them per scenario".into()));
    }
    let corpus = harness::scenario::load_corpus(dir).map_err(|e| Usage(e.to_string()))?;
    if corpus.is_empty() {
        return Err(Usage(format!("{}: no scenarios (*.js with a /*--- header) found", dir.display())));
    }
    let instances = if args.instances == 0 { corpus.len() } else { args.instances };
    if instances > 100_000 {
        return Err(Usage(format!("--instances {instances}: more than 100000 is not supported")));
    }
    let jobs = args.jobs.unwrap_or(instances);
    if jobs == 0 {
        return Err(Usage("--jobs 0: at least one instance must be allowed to run".into()));
    }
    if !(0.0..=1.0).contains(&args.fault_rate) {
        return Err(Usage(format!("--fault-rate {}: must be between 0 and 1", args.fault_rate)));
    }
    let node = if args.node {
        Some(harness::node::node_binary().ok_or_else(|| Usage("--node: no node on PATH (or BULKHEAD_NODE)".into()))?)
    } else {
        None
    };
    let plan = harness::campaign::Plan {
        instances,
        jobs: jobs.min(instances),
        seed: args.seed,
        hold: args.hold,
        fault_rate: args.fault_rate,
        node,
    };
    // Drawn only on a terminal: indicatif hides itself when stderr is not one.
    let total: usize = harness::campaign::batches(&corpus, &plan).iter().map(Vec::len).sum();
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} instances ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let report = harness::campaign::run(&corpus, &plan, &|| bar.inc(1));
    bar.finish_and_clear();
    print!("{}", report.table());
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| Usage(format!("cannot encode the report: {e}")))?;
        std::fs::write(path, text).map_err(|e| Usage(format!("cannot write {}: {e}", path.display())))?;
    }
    if let Some(path) = &args.junit {
        let text = report.junit().map_err(|e| Usage(format!("cannot encode the JUnit report: {e}")))?;
        std::fs::write(path, text).map_err(|e| Usage(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(if report.failed() == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
