//! CPU-time limits and wall-clock timeouts, from the host's side: a CPU limit ends an instance
//! wherever its thread spends the time (its own JavaScript, a long builtin), never counts
//! time the thread does not run (booting, the start gate, an idle loop, a busy neighbour),
//! and one watchdog thread serves every instance. Outcomes here are decided by CPU time or
//! markers, never by how busy the machine is.

use std::sync::Arc;
use std::time::Duration;

use engine::{spawn, ExitCause, InstanceConfig, ScriptSource, StartGate, KILLED_EXIT_CODE};

fn config(source: &str) -> InstanceConfig {
    InstanceConfig::new(ScriptSource::new(source, "/virtual/limits.js"))
}

#[test]
fn a_cpu_limit_ends_a_busy_loop_with_its_own_cause() {
    let outcome = spawn(config("console.log('spinning'); while (true) {}").cpu_limit(Duration::from_millis(100)))
        .expect("spawn")
        .join();
    assert_eq!(outcome.cause, ExitCause::CpuLimit);
    assert_eq!(outcome.exit_code, KILLED_EXIT_CODE);
    assert_eq!(outcome.stdout, "spinning\n");
    assert!(outcome.cpu_time >= Duration::from_millis(100), "{:?}", outcome.cpu_time);
}

#[test]
fn a_cpu_limit_ends_long_builtins() {
    let builtins = [
        ("regexp backtracking", "/^(a+)+$/.test('a'.repeat(64) + 'b')"),
        ("BigInt arithmetic", "let x = 7n; for (;;) x = x * x + 1n"),
        ("sort", "const a = Array.from({ length: 1e6 }, (_, i) => (i * 2654435761) % 4294967296); for (;;) a.sort((x, y) => x % 997 - y % 997)"),
        ("JSON.stringify", "let g = { a: [1, 2, 3] }; for (let i = 0; i < 21; i++) g = { l: g, r: g }; for (;;) JSON.stringify(g)"),
    ];
    for (what, body) in builtins {
        let source = format!("console.log('start'); {body}; console.log('finished');");
        let outcome = spawn(config(&source).cpu_limit(Duration::from_millis(150)).heap_limit(1 << 30)).expect("spawn").join();
        assert_eq!(outcome.cause, ExitCause::CpuLimit, "{what}: {}", outcome.stderr);
        assert_eq!(outcome.stdout, "start\n", "{what}");
        // Ended inside the builtin, not after it: far less CPU than the work would take.
        assert!(outcome.cpu_time < Duration::from_secs(2), "{what}: {:?}", outcome.cpu_time);
    }
}

#[test]
fn idle_time_does_not_count_against_a_cpu_limit() {
    let source = "setTimeout(() => { console.log('slept'); process.exitCode = 3; }, 200);";
    let outcome = spawn(config(source).cpu_limit(Duration::from_millis(50))).expect("spawn").join();
    assert_eq!((outcome.cause, outcome.exit_code), (ExitCause::Drained, 3));
    assert_eq!(outcome.stdout, "slept\n");
}

#[test]
fn booting_and_the_start_gate_do_not_count_against_a_cpu_limit() {
    // The limit is smaller than what building and booting the isolate costs; it counts
    // only from the script's start.
    let gate = Arc::new(StartGate::new());
    let mut c = config("process.exitCode = 4;").cpu_limit(Duration::from_micros(1500));
    c.start_gate = Some(gate.clone());
    let handle = spawn(c).expect("spawn");
    assert_eq!(gate.wait_for_arrivals(1, Duration::from_secs(60)), 1);
    std::thread::sleep(Duration::from_millis(50));
    gate.open();
    let outcome = handle.join();
    assert_eq!((outcome.cause, outcome.exit_code), (ExitCause::Drained, 4));
    assert!(outcome.cpu_time > Duration::from_micros(1500), "boot cost {:?}: this test proves nothing", outcome.cpu_time);
}

#[test]
fn busy_neighbours_do_not_count_against_a_cpu_limit() {
    // Four spinning neighbours keep both cores busy for the whole run; the limited instance
    // idles for 300 ms with a 100 ms budget. On a process-wide clock it would be over at once.
    let neighbours: Vec<_> =
        (0..4).map(|_| spawn(config("console.log('up'); while (true) {}")).expect("spawn neighbour")).collect();
    for n in &neighbours {
        assert!(n.wait_for_stdout("up"));
    }
    let limited = spawn(config("setTimeout(() => console.log('done'), 300);").cpu_limit(Duration::from_millis(100))).expect("spawn");
    let outcome = limited.join();
    for n in neighbours {
        n.kill();
        assert_eq!(n.join().cause, ExitCause::Killed);
    }
    assert_eq!(outcome.cause, ExitCause::Drained, "{:?}", outcome.cpu_time);
    assert_eq!(outcome.stdout, "done\n");
}

#[test]
fn one_watchdog_thread_serves_every_limited_instance() {
    let handles: Vec<_> = (0..40)
        .map(|i| {
            let c = config("console.log('up'); while (true) {}").cpu_limit(Duration::from_millis(20 + i)).timeout(Duration::from_secs(600));
            spawn(c).expect("spawn")
        })
        .collect();
    for h in &handles {
        h.wait_for_stdout("up");
    }
    let watchdogs = std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task")
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .filter(|name| name.trim() == "bulkhead-watchd")
        .count();
    assert_eq!(watchdogs, 1);
    for h in handles {
        assert_eq!(h.join().cause, ExitCause::CpuLimit);
    }
}

#[test]
fn atomics_wait_uses_no_cpu_time_but_a_timeout_or_kill_ends_it() {
    let wait = "console.log('waiting'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); console.log('never');";
    let handle = spawn(config(wait).cpu_limit(Duration::from_millis(50))).expect("spawn");
    assert!(handle.wait_for_stdout("waiting"));
    handle.time_out_in(Duration::from_millis(200));
    let timed = handle.join();
    assert_eq!(timed.cause, ExitCause::TimedOut, "a blocked thread never reaches a CPU limit");
    assert_eq!(timed.stdout, "waiting\n");
    let handle = spawn(config(wait)).expect("spawn");
    assert!(handle.wait_for_stdout("waiting"));
    handle.kill();
    let killed = handle.join();
    assert_eq!((killed.cause, killed.stdout.as_str()), (ExitCause::Killed, "waiting\n"));
}

#[test]
fn a_timeout_armed_at_a_marker_counts_from_then() {
    let handle = spawn(config("setInterval(() => {}, 1000); console.log('ready');")).expect("spawn");
    assert!(handle.wait_for_stdout("ready"));
    handle.time_out_in(Duration::from_millis(50));
    let outcome = handle.join();
    assert_eq!((outcome.cause, outcome.exit_code), (ExitCause::TimedOut, KILLED_EXIT_CODE));
    assert_eq!(outcome.stdout, "ready\n");
}

#[test]
fn join_by_hands_back_an_instance_still_running_and_says_what_it_does() {
    let handle = spawn(config("setInterval(() => {}, 1000); console.log('idle');")).expect("spawn");
    assert!(handle.wait_for_stdout("idle"));
    let deadline = std::time::Instant::now() + Duration::from_millis(50);
    let handle = match handle.join_by(deadline) {
        Ok(outcome) => panic!("an idle instance ended by itself: {outcome:?}"),
        Err(handle) => handle,
    };
    // It printed its marker before its loop went idle: wait (boundedly) for that moment.
    let bound = std::time::Instant::now() + Duration::from_secs(60);
    while handle.activity() != engine::Activity::Idle && std::time::Instant::now() < bound {
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(handle.activity(), engine::Activity::Idle);
    assert_eq!(handle.output_so_far().0, "idle\n");
    handle.kill();
    let outcome = handle.join_by(std::time::Instant::now() + Duration::from_secs(60)).expect("a killed instance finishes");
    assert_eq!(outcome.cause, ExitCause::Killed);
}

#[test]
fn idle_to_timeout_ends_an_instance_at_once_when_only_its_timeout_could_wake_it() {
    // Its timeout is an hour away, and so is its last timer: without `idle_to_timeout` it
    // would sleep for the hour. The timer due in 1 ms runs first: a wait that a timer of its
    // own ends before the timeout is not skipped.
    let script = "console.log('start'); setTimeout(() => console.log('soon'), 1); setTimeout(() => console.log('never'), 7_200_000);";
    let handle = spawn(config(script).timeout(Duration::from_secs(3600)).idle_to_timeout()).expect("spawn");
    // Far longer than the instance needs; an instance that sleeps until its timeout misses it.
    let outcome = match handle.join_by(std::time::Instant::now() + Duration::from_secs(120)) {
        Ok(outcome) => outcome,
        Err(handle) => {
            handle.kill();
            panic!("the instance slept towards its timeout instead of ending when it idled");
        }
    };
    assert_eq!((outcome.cause, outcome.exit_code), (ExitCause::TimedOut, KILLED_EXIT_CODE));
    assert_eq!(outcome.stdout, "start\nsoon\n");
}

#[test]
fn idle_to_timeout_leaves_an_instance_that_ends_by_itself_alone() {
    let script = "setTimeout(() => console.log('done'), 5); process.on('exit', (code) => console.log('exit', code));";
    let outcome = spawn(config(script).timeout(Duration::from_secs(3600)).idle_to_timeout()).expect("spawn").join();
    assert_eq!((outcome.cause, outcome.exit_code, outcome.stdout.as_str()), (ExitCause::Drained, 0, "done\nexit 0\n"));
}

#[test]
fn idle_to_timeout_takes_an_absurd_timeout_as_the_watchdog_does() {
    // The moment of a timeout this long is past what an Instant can hold.
    let outcome = spawn(config("console.log('ok')").timeout(Duration::MAX).idle_to_timeout()).expect("spawn").join();
    assert_eq!((outcome.cause, outcome.exit_code, outcome.stdout.as_str()), (ExitCause::Drained, 0, "ok\n"));
}
