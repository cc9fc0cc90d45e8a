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
    Run(Box<RunArgs>),
    /// Startup snapshots.
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
    /// Prove the harness catches leaks: run the main job once per planted leak (a build with
    /// `--features mutants`) and score how many it caught. Exits 1 below 100 %.
    Mutants(MutantsArgs),
    /// The warm-fork zygote (started by `run --isolation process`, never by hand): serves
    /// spawn requests on its standard input.
    #[command(name = harness::runner::ZYGOTE_COMMAND, hide = true)]
    Zygote {
        /// Every child starts from a snapshot of this warm-up script, built in the zygote.
        #[arg(long)]
        warmup: Option<PathBuf>,
    },
}

/// Where an instance runs.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Isolation {
    /// Among others in this process: an isolate and a thread of its own.
    Isolate,
    /// In a process of its own, forked from a warm single-threaded zygote: real exit status,
    /// real signals.
    Process,
}

#[derive(clap::Args)]
struct MutantsArgs {
    /// The corpus folder the main job runs.
    #[arg(default_value = "corpus/scenarios")]
    corpus: PathBuf,
    /// Which runs judge each mutant: the README's main job, the conformance suite's
    /// cross-instance tests (`cargo test`, run in the current folder), or both.
    #[arg(long, value_enum, default_value_t = SuiteChoice::Main)]
    suite: SuiteChoice,
    /// Only these mutants (repeatable); default: all of them.
    #[arg(long = "only", value_name = "NAME")]
    only: Vec<String>,
    /// The main job's instances.
    #[arg(long, default_value_t = 500)]
    instances: usize,
    /// The main job's fault rate.
    #[arg(long, default_value_t = 0.2, value_name = "RATE")]
    fault_rate: f64,
    /// Seconds each phase of a run may take before instances still alive are reported (a
    /// leak that makes an instance run forever becomes a verdict this soon).
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    deadline_s: u64,
    /// List the mutants and exit.
    #[arg(long)]
    list: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SuiteChoice {
    Main,
    Tests,
    Both,
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
    /// Wall-clock limit in milliseconds, counted from when the script starts running: for an
    /// instance that never ends on its own. Past it: exit code 137, cause timed_out.
    #[arg(long, value_name = "MS")]
    timeout_ms: Option<u64>,
    /// CPU-time limit in milliseconds on the instance's own thread, counted from when the
    /// script starts; time spent descheduled or idle does not count, so a busy machine cannot
    /// trip it. Past it: exit code 137, cause cpu_limit.
    #[arg(long, value_name = "MS")]
    cpu_limit_ms: Option<u64>,
    /// Where the instance runs: `isolate` (default) or `process` (a real process forked from a
    /// warm zygote; --signal then sends real signals). For a corpus, `process` runs each
    /// scenario alone and in a process of its own, judged by every oracle, without the
    /// instances at once.
    #[arg(long, value_enum, default_value_t = Isolation::Isolate)]
    isolation: Isolation,
    /// Start from a snapshot file built by `bulkhead snapshot build`.
    #[arg(long, value_name = "FILE.snap")]
    snapshot: Option<PathBuf>,
    /// Corpus mode: how many instances to run (scenarios that start from their own snapshot
    /// run in batches of their own, three copies each, on top).
    #[arg(long, default_value_t = 0)]
    instances: usize,
    /// Corpus mode: how many instances may be alive at once; the rest wait their turn in
    /// batches of this size, each batch held at the gate with --hold (default: all of them,
    /// up to 1000).
    #[arg(long)]
    jobs: Option<usize>,
    /// Corpus mode: seeds the assignment of scenarios to instances and faults (default 1;
    /// with --repeat, the first run's seed, each later run drawing a fresh one from it).
    #[arg(long)]
    seed: Option<u64>,
    /// Corpus mode: run the whole job N times (a stress run), each with a fresh seed that is
    /// printed, then list every failing run with its seed so that `--seed` replays it.
    #[arg(long, default_value_t = 1, value_name = "N")]
    repeat: u32,
    /// Corpus mode: the CPU time in milliseconds any one instance may use, whatever its
    /// scenario (an instance spinning without end becomes a FAIL, not a hang).
    #[arg(long, default_value_t = 30_000, value_name = "MS")]
    cpu_bound_ms: u64,
    /// Corpus mode: seconds each phase (solo runs, then the concurrent batches) may take;
    /// instances still alive then are reported with what they were doing, and given up on.
    #[arg(long, default_value_t = 600, value_name = "SECONDS")]
    deadline_s: u64,
    /// Corpus mode: spawn each batch whole and hold every instance alive at a start gate
    /// until all are, before any script runs or fault fires.
    #[arg(long)]
    hold: bool,
    /// Corpus mode: share of instances (0–1) given an extra fault drawn from the seed (kill,
    /// SIGTERM, SIGINT at a random moment).
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    fault_rate: f64,
    /// Corpus mode: do not also run each scenario in a process of its own, forked from a warm
    /// zygote (the process oracle, on by default).
    #[arg(long)]
    no_process_oracle: bool,
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
        Command::Mutants(args) => mutants(&args),
        Command::Zygote { warmup } => return ExitCode::from(engine::zygote::serve(warmup.as_deref()) as u8),
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

fn mutants(args: &MutantsArgs) -> Result<ExitCode, Usage> {
    use engine::mutants::{ALL, ENABLED};
    use harness::mutants::{Setup, Suite};
    if args.list {
        for m in ALL {
            println!("{:<28}  {}", m.name, m.description);
        }
        return Ok(ExitCode::SUCCESS);
    }
    if !ENABLED {
        return Err(Usage("this build has no mutants: run `cargo run -p bulkhead-harness --features mutants -- mutants`".into()));
    }
    if let Some(unknown) = args.only.iter().find(|n| !ALL.iter().any(|m| m.name == n.as_str())) {
        return Err(Usage(format!("--only {unknown:?}: no such mutant (`bulkhead mutants --list` names them)")));
    }
    if !args.corpus.is_dir() {
        return Err(Usage(format!("{}: not a corpus folder", args.corpus.display())));
    }
    if args.deadline_s == 0 || args.deadline_s > 86_400 {
        return Err(Usage(format!("--deadline-s {}: must be between 1 and 86400 (a day)", args.deadline_s)));
    }
    let setup = Setup {
        bulkhead: std::env::current_exe().map_err(|e| Usage(format!("cannot find this binary: {e}")))?,
        corpus: args.corpus.clone(),
        job_args: vec![
            "--instances".into(),
            args.instances.to_string(),
            "--hold".into(),
            "--fault-rate".into(),
            args.fault_rate.to_string(),
        ],
        workspace: std::env::current_dir().map_err(|e| Usage(format!("no current folder: {e}")))?,
        deadline: Duration::from_secs(args.deadline_s),
    };
    let suites: &[Suite] = match args.suite {
        SuiteChoice::Main => &[Suite::Main],
        SuiteChoice::Tests => &[Suite::Tests],
        SuiteChoice::Both => &[Suite::Main, Suite::Tests],
    };
    let chosen: Vec<&'static str> = ALL.iter().map(|m| m.name).filter(|n| args.only.is_empty() || args.only.iter().any(|o| o == n)).collect();
    let mut trials = Vec::new();
    for &suite in suites {
        let clean = setup.run(suite, None);
        eprintln!("bulkhead mutants: {} without a mutant: {}", suite.name(), if clean.caught { "FAILS" } else { "passes" });
        let clean_fails = clean.caught || clean.note.is_some();
        trials.push(clean);
        if clean_fails {
            eprintln!("bulkhead mutants: the {} fails with no leak planted, so no mutant can be judged by it", suite.name());
            continue;
        }
        for &name in &chosen {
            let trial = setup.run(suite, Some(name));
            eprintln!("bulkhead mutants: {} with {name}: {}", suite.name(), if trial.caught { "caught" } else { "MISSED" });
            trials.push(trial);
        }
    }
    print!("{}", harness::mutants::table(&trials));
    let complete = suites.iter().all(|s| trials.iter().filter(|t| t.suite == *s && t.mutant.is_some()).count() == chosen.len());
    Ok(if complete && harness::mutants::all_caught(&trials) { ExitCode::SUCCESS } else { ExitCode::from(1) })
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
        config = config.timeout(millis("--timeout-ms", ms)?);
    }
    if let Some(ms) = args.cpu_limit_ms {
        config = config.cpu_limit(millis("--cpu-limit-ms", ms)?);
    }
    Ok(config)
}

/// A limit in milliseconds, between 1 ms and a day.
fn millis(flag: &str, ms: u64) -> Result<Duration, Usage> {
    if ms == 0 || ms > 86_400_000 {
        return Err(Usage(format!("{flag} {ms}: must be between 1 and 86400000 (a day)")));
    }
    Ok(Duration::from_millis(ms))
}

fn run_file(args: &RunArgs) -> Result<ExitCode, Usage> {
    let signals = args.signals.iter().map(|s| parse_signal(s)).collect::<Result<Vec<_>, _>>()?;
    let config = build_config(args)?;
    let started = Instant::now();
    let schedule: Vec<_> = signals.into_iter().map(|(signal, when)| (when, harness::runner::Action::Signal(signal))).collect();
    let bounds = harness::runner::Bounds::none();
    let outcome = match args.isolation {
        Isolation::Isolate => {
            let handle = engine::spawn(config).map_err(|e| Usage(e.to_string()))?;
            harness::runner::drive(handle, &schedule, started, &bounds)
        }
        Isolation::Process => {
            let zygotes = harness::runner::Zygotes::new(this_program()?);
            let zygote = zygotes.get(None);
            let zygote = zygote.as_ref().as_ref().map_err(|e| Usage(e.clone()))?;
            let handle = zygote.spawn(&config).map_err(|e| Usage(e.to_string()))?;
            harness::runner::drive(handle, &schedule, started, &bounds)
        }
    };
    if let engine::ExitCause::EngineFault { message } = &outcome.cause {
        eprintln!("bulkhead: engine fault: {message}");
    }
    Ok(ExitCode::from(outcome.exit_code as u8))
}

/// How many instances a campaign keeps alive at once unless `--jobs` says otherwise: enough
/// for the main job's 500 held together, few enough that a campaign of any size stays within
/// a couple of GiB (about 2 MiB per idle instance, BENCHMARKS.md).
const DEFAULT_MAX_LIVE: usize = 1000;

/// This binary, which serves as a zygote when run as `bulkhead __zygote` (`ZYGOTE_COMMAND`).
fn this_program() -> Result<PathBuf, Usage> {
    std::env::current_exe().map_err(|e| Usage(format!("cannot find the bulkhead binary to run as a zygote: {e}")))
}

/// The process oracle's zygote in corpus mode: on unless `--no-process-oracle`.
fn zygote_program(args: &RunArgs) -> Result<Option<PathBuf>, Usage> {
    match (args.isolation, args.no_process_oracle) {
        (Isolation::Process, true) => Err(Usage("--isolation process --no-process-oracle: a corpus in process isolation is the process oracle".into())),
        (Isolation::Isolate, true) => Ok(None),
        (_, false) => this_program().map(Some),
    }
}

fn run_corpus(args: &RunArgs, dir: &Path) -> Result<ExitCode, Usage> {
    if !args.signals.is_empty()
        || !args.env.is_empty()
        || args.max_heap_mb.is_some()
        || args.timeout_ms.is_some()
        || args.cpu_limit_ms.is_some()
        || args.snapshot.is_some()
    {
        return Err(Usage(
            "--signal, --env, --max-heap-mb, --timeout-ms, --cpu-limit-ms and --snapshot apply to one script; a corpus sets them per scenario".into(),
        ));
    }
    let corpus = harness::scenario::load_corpus(dir).map_err(|e| Usage(e.to_string()))?;
    if corpus.is_empty() {
        return Err(Usage(format!("{}: no scenarios (*.js with a /*--- header) found", dir.display())));
    }
    let instances = if args.instances == 0 { corpus.len() } else { args.instances };
    if instances > 100_000 {
        return Err(Usage(format!("--instances {instances}: more than 100000 is not supported")));
    }
    let jobs = args.jobs.unwrap_or(instances.min(DEFAULT_MAX_LIVE));
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
    if args.repeat == 0 || args.repeat > 10_000 {
        return Err(Usage(format!("--repeat {}: must be between 1 and 10000", args.repeat)));
    }
    if args.deadline_s == 0 || args.deadline_s > 86_400 {
        return Err(Usage(format!("--deadline-s {}: must be between 1 and 86400 (a day)", args.deadline_s)));
    }
    let plan = harness::campaign::Plan {
        jobs: jobs.min(instances),
        hold: args.hold,
        fault_rate: args.fault_rate,
        node,
        cpu_bound: millis("--cpu-bound-ms", args.cpu_bound_ms)?,
        deadline: Duration::from_secs(args.deadline_s),
        zygote: zygote_program(args)?,
        crowd: args.isolation == Isolation::Isolate,
        ..harness::campaign::Plan::new(instances, 1)
    };
    let seeds = harness::campaign::seeds(args.seed, args.repeat);
    let mut failing = Vec::new();
    for (run, &seed) in seeds.iter().enumerate() {
        let plan = harness::campaign::Plan { seed, ..plan.clone() };
        if args.repeat > 1 {
            println!("run {} of {}: seed {seed}", run + 1, args.repeat);
        }
        let report = run_campaign(&corpus, &plan, args)?;
        if report.failed() > 0 {
            failing.push((seed, report.failed()));
        }
    }
    if args.repeat > 1 {
        println!("{} of {} runs passed", seeds.len() - failing.len(), seeds.len());
        for (seed, failed) in &failing {
            println!("FAILING RUN: seed {seed} ({failed} instances failed); replay with --seed {seed}");
        }
    }
    Ok(if failing.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// One run of a corpus campaign: the table on stdout, and the JSON and JUnit reports when
/// asked for (with --repeat, each run overwrites them: the last run's stay).
fn run_campaign(corpus: &[harness::scenario::Scenario], plan: &harness::campaign::Plan, args: &RunArgs) -> Result<harness::report::Report, Usage> {
    // Drawn only on a terminal: indicatif hides itself when stderr is not one.
    let total: usize = harness::campaign::batches(corpus, plan).iter().map(Vec::len).sum();
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} instances ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let report = harness::campaign::run(corpus, plan, &|| bar.inc(1));
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
    Ok(report)
}
