//! Process isolation (`engine::zygote`): instances as real processes forked from a warm
//! single-threaded zygote. Each test checks what only a real process shows — its wait
//! status, a real signal, its own pid and random state — against what the same script gives
//! as an instance among others.

use std::os::unix::process::ExitStatusExt;
use std::time::{Duration, Instant};

use engine::zygote::{ProcessHandle, Zygote};
use engine::{ExitCause, InstanceConfig, Outcome, ScriptSource, Signal};

fn zygote() -> Zygote {
    Zygote::start(env!("CARGO_BIN_EXE_bulkhead").as_ref(), &[harness::runner::ZYGOTE_COMMAND]).expect("start the zygote")
}

fn config(source: &str) -> InstanceConfig {
    InstanceConfig::new(ScriptSource::new(source, "/process-mode/main.js"))
}

fn run(zygote: &Zygote, source: &str) -> Outcome {
    finish(zygote.spawn(&config(source)).expect("spawn"))
}

/// Its outcome; a child still running after two minutes fails the test, never hangs it.
fn finish(handle: ProcessHandle) -> Outcome {
    match handle.join_by(Instant::now() + Duration::from_secs(120)) {
        Ok(outcome) => outcome,
        Err(handle) => panic!("the child {} did not end: {:?}", handle.id(), handle.output_so_far()),
    }
}

/// Its real wait status, read once it has been reaped.
fn status_of(handle: &ProcessHandle) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(120);
    while !handle.is_ended() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2));
    }
    handle.status().expect("the zygote reaped the child")
}

/// Its outcome and its real wait status.
fn joined(zygote: &Zygote, source: &str) -> (Outcome, std::process::ExitStatus) {
    let handle = zygote.spawn(&config(source)).expect("spawn");
    let status = status_of(&handle);
    (finish(handle), status)
}

#[test]
fn exit_codes_are_real_exit_statuses() {
    let z = zygote();
    let (outcome, status) = joined(&z, "console.log('bye'); process.exit(7)");
    assert_eq!(status.code(), Some(7));
    assert_eq!((outcome.exit_code, outcome.cause, outcome.stdout.as_str()), (7, ExitCause::Exited, "bye\n"));
    let (outcome, status) = joined(&z, "throw new Error('boom')");
    assert_eq!(status.code(), Some(1));
    assert!(matches!(outcome.cause, ExitCause::UncaughtException { .. }), "{:?}", outcome.cause);
    assert!(outcome.stderr.contains("Error: boom"), "{}", outcome.stderr);
    // Node's coercion of an exit code, then the kernel's 8 bits.
    let (outcome, status) = joined(&z, "process.exitCode = 3; setTimeout(() => {}, 1)");
    assert_eq!((status.code(), outcome.exit_code, outcome.cause), (Some(3), 3, ExitCause::Drained));
}

#[test]
fn a_real_signal_reaches_the_listener_or_kills_by_its_default_action() {
    let z = zygote();
    let listening =
        "process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(0) }); console.log('ready'); setInterval(() => {}, 1000)";
    let handle = z.spawn(&config(listening)).expect("spawn");
    assert!(handle.wait_for_stdout("ready"));
    handle.signal(Signal::Term);
    let outcome = finish(handle);
    assert_eq!((outcome.exit_code, outcome.stdout.as_str()), (0, "ready\ngot SIGTERM\n"));

    let handle = z.spawn(&config("console.log('ready'); setInterval(() => {}, 1000)")).expect("spawn");
    assert!(handle.wait_for_stdout("ready"));
    handle.signal(Signal::Term);
    // No listener: the process dies by SIGTERM itself, as a node process does.
    assert_eq!(status_of(&handle).signal(), Some(Signal::Term.number()));
    let outcome = finish(handle);
    assert_eq!((outcome.exit_code, outcome.cause), (143, ExitCause::Signaled { signal: Signal::Term }));
}

#[test]
fn kill_timeout_and_cpu_limit_end_the_process_with_sigkill() {
    let z = zygote();
    let handle = z.spawn(&config("console.log('spinning'); while (true) {}")).expect("spawn");
    assert!(handle.wait_for_stdout("spinning"));
    handle.kill();
    assert_eq!(status_of(&handle).signal(), Some(9));
    let outcome = finish(handle);
    assert_eq!((outcome.exit_code, outcome.cause), (137, ExitCause::Killed));

    let handle = z.spawn(&config("setInterval(() => {}, 1000)").timeout(Duration::from_millis(100))).expect("spawn");
    let outcome = finish(handle);
    assert_eq!((outcome.exit_code, outcome.cause), (137, ExitCause::TimedOut));

    let handle = z.spawn(&config("while (true) {}").cpu_limit(Duration::from_millis(200))).expect("spawn");
    let outcome = finish(handle);
    assert_eq!((outcome.exit_code, outcome.cause), (137, ExitCause::CpuLimit));
    assert!(outcome.cpu_time >= Duration::from_millis(200), "the process's own CPU time: {:?}", outcome.cpu_time);
}

#[test]
fn children_never_share_pids_or_random_state() {
    let z = zygote();
    let script = "console.log(process.pid, Math.random(), require('crypto').randomBytes(8).toString('hex'))";
    let handles: Vec<ProcessHandle> = (0..6).map(|_| z.spawn(&config(script)).expect("spawn")).collect();
    let ids: Vec<u64> = handles.iter().map(|h| h.id()).collect();
    let outcomes: Vec<Outcome> = handles.into_iter().map(finish).collect();
    let mut lines = std::collections::HashSet::new();
    let mut randoms = std::collections::HashSet::new();
    for (outcome, id) in outcomes.iter().zip(&ids) {
        let fields: Vec<&str> = outcome.stdout.split_whitespace().collect();
        assert_eq!(fields.len(), 3, "{:?}", outcome.stdout);
        // process.pid is the child's real pid, never the zygote's nor a copied counter.
        assert_eq!(fields[0], id.to_string());
        assert_ne!(fields[0], z.pid().to_string());
        assert!(lines.insert(outcome.stdout.clone()), "two children printed the same line: {}", outcome.stdout);
        assert!(randoms.insert(fields[1].to_string()), "two children drew the same Math.random(): {}", fields[1]);
        assert!(randoms.insert(fields[2].to_string()), "two children drew the same random bytes: {}", fields[2]);
    }
}

#[test]
fn one_child_ending_leaves_the_others_running() {
    let z = zygote();
    // The survivor stays until the host signals it, after the others have all ended.
    let survivor = "const t = setInterval(() => {}, 1000); process.on('SIGUSR2', () => { console.log('still here'); clearInterval(t) }); console.log('up')";
    let survivor = z.spawn(&config(survivor)).expect("spawn");
    assert!(survivor.wait_for_stdout("up"));
    for source in ["process.exit(3)", "process.abort()", "throw 1", "process.kill(process.pid, 'SIGINT')"] {
        let outcome = run(&z, source);
        assert_ne!(outcome.exit_code, 0, "{source}");
    }
    assert!(!survivor.is_ended());
    survivor.signal(Signal::Usr2);
    let outcome = finish(survivor);
    assert_eq!((outcome.exit_code, outcome.stdout.as_str()), (0, "up\nstill here\n"));
}

#[test]
fn a_dead_zygote_is_reported_then_restarted() {
    let z = zygote();
    let waiting = z.spawn(&config("console.log('up'); setInterval(() => {}, 1000)")).expect("spawn");
    assert!(waiting.wait_for_stdout("up"));
    let killed = std::process::Command::new("kill").args(["-KILL", &z.pid().to_string()]).status().expect("run kill");
    assert!(killed.success());
    // The child dies with its zygote, and its outcome says why instead of hanging.
    let outcome = finish(waiting);
    let ExitCause::EngineFault { message } = &outcome.cause else { panic!("{:?}", outcome.cause) };
    assert!(message.contains("zygote"), "{message}");
    assert_eq!(z.restarts(), 0);
    let outcome = run(&z, "console.log('again')");
    assert_eq!((outcome.exit_code, outcome.stdout.as_str(), z.restarts()), (0, "again\n", 1));
}

#[test]
fn what_a_process_cannot_be_given_is_a_clear_error() {
    let z = zygote();
    let gate = std::sync::Arc::new(engine::StartGate::new());
    let config = InstanceConfig { start_gate: Some(gate), ..config("1") };
    let error = z.spawn(&config).expect_err("a gate cannot hold a process").to_string();
    assert!(error.contains("start gate"), "{error}");
}

#[test]
fn a_child_numbers_its_own_forks_apart_from_every_pid() {
    let z = zygote();
    // What it forks runs inside it, as an instance, numbered above any pid Linux gives.
    let dir = std::env::temp_dir().join(format!("bulkhead-process-mode-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("child.js"), "process.send(process.pid)").expect("write the child");
    let parent = format!(
        "const c = require('child_process').fork({:?}); c.on('message', (pid) => console.log(pid > 2 ** 22 && pid < 2 ** 31, pid !== process.pid))",
        dir.join("child.js")
    );
    let outcome = finish(z.spawn(&InstanceConfig::new(ScriptSource::new(parent, dir.join("parent.js")))).expect("spawn"));
    assert_eq!((outcome.exit_code, outcome.stdout.as_str()), (0, "true true\n"), "{}", outcome.stderr);
}

#[test]
fn a_warm_up_that_replaces_math_random_cannot_share_the_real_stream() {
    // The warm-up keeps V8's own Math.random and puts another in its place: the children's
    // reseeding must reach the real one anyway.
    let warmup = std::env::temp_dir().join(format!("bulkhead-process-mode-warmup-{}.js", std::process::id()));
    std::fs::write(&warmup, "globalThis.real = Math.random; Math.random = () => 0.5;").expect("write the warm-up");
    let z = Zygote::start(env!("CARGO_BIN_EXE_bulkhead").as_ref(), &[harness::runner::ZYGOTE_COMMAND.as_ref(), "--warmup".as_ref(), warmup.as_os_str()])
        .expect("start the zygote");
    let draws: Vec<String> = (0..4).map(|_| run(&z, "console.log(Math.random(), real())").stdout).collect();
    for draw in &draws {
        assert!(draw.starts_with("0.5 0."), "{draw:?}");
    }
    let distinct: std::collections::HashSet<&String> = draws.iter().collect();
    assert_eq!(distinct.len(), draws.len(), "children drew the same stream: {draws:?}");
}
