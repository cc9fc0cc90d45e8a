//! How an instance ends from the host's side: kill and timeout, in busy and idle loops, and
//! that ending one instance leaves the others untouched.

use std::time::Duration;

use engine::{spawn, ExitCause, InstanceConfig, ScriptSource, KILLED_EXIT_CODE};

fn config(source: &str) -> InstanceConfig {
    InstanceConfig::new(ScriptSource::new(source, "/virtual/lifecycle.js"))
}

#[test]
fn kill_ends_a_busy_loop() {
    let handle = spawn(config("console.log('spinning'); while (true) {}")).expect("spawn");
    assert!(handle.wait_for_stdout("spinning"));
    handle.kill();
    let outcome = handle.join();
    assert_eq!(outcome.cause, ExitCause::Killed);
    assert_eq!(outcome.exit_code, KILLED_EXIT_CODE);
    assert_eq!(outcome.stdout, "spinning\n");
}

#[test]
fn kill_ends_an_idle_loop_and_runs_no_exit_listener() {
    let source = "process.on('exit', () => console.log('exit listener')); setInterval(() => {}, 10000); console.log('idle');";
    let handle = spawn(config(source)).expect("spawn");
    assert!(handle.wait_for_stdout("idle"));
    handle.killer().kill();
    let outcome = handle.join();
    assert_eq!(outcome.cause, ExitCause::Killed);
    assert_eq!(outcome.exit_code, 137);
    assert_eq!(outcome.stdout, "idle\n");
}

#[test]
fn kill_from_another_thread_before_the_script_runs() {
    let handle = spawn(config("setInterval(() => {}, 10000);")).expect("spawn");
    let killer = handle.killer();
    std::thread::spawn(move || killer.kill()).join().expect("killer thread");
    let outcome = handle.join();
    assert_eq!(outcome.cause, ExitCause::Killed);
}

#[test]
fn timeout_ends_a_busy_loop_with_its_own_cause() {
    let handle = spawn(config("while (true) {}").timeout(Duration::from_millis(100))).expect("spawn");
    let outcome = handle.join();
    assert_eq!(outcome.cause, ExitCause::TimedOut);
    assert_eq!(outcome.exit_code, 137);
}

#[test]
fn timeout_ends_an_idle_loop() {
    // Nothing is printed, so how many ticks ran before the timeout (a matter of load) cannot
    // change the outcome.
    let handle = spawn(config("setInterval(() => {}, 20); process.on('exit', () => console.log('exit'));").timeout(Duration::from_millis(300)))
        .expect("spawn");
    let outcome = handle.join();
    assert_eq!((outcome.cause, outcome.exit_code), (ExitCause::TimedOut, KILLED_EXIT_CODE));
    assert_eq!(outcome.stdout, "");
}

#[test]
fn a_timeout_that_is_not_reached_changes_nothing() {
    let outcome = spawn(config("process.exitCode = 4").timeout(Duration::from_secs(30))).expect("spawn").join();
    assert_eq!(outcome.cause, ExitCause::Drained);
    assert_eq!(outcome.exit_code, 4);
}

#[test]
fn killing_half_of_a_crowd_leaves_the_other_half_intact() {
    let busy = "console.log('up'); while (true) {}";
    let work = "let s = 0; for (let i = 0; i < 200000; i++) s += i; setTimeout(() => { console.log(s); process.exitCode = 3; }, 5);";
    let handles: Vec<_> = (0..20).map(|i| spawn(config(if i % 2 == 0 { busy } else { work })).expect("spawn")).collect();
    for (i, h) in handles.iter().enumerate() {
        if i % 2 == 0 {
            assert!(h.wait_for_stdout("up"));
            h.kill();
        }
    }
    for (i, h) in handles.into_iter().enumerate() {
        let outcome = h.join();
        if i % 2 == 0 {
            assert_eq!(outcome.cause, ExitCause::Killed, "instance {i}");
        } else {
            assert_eq!(outcome.cause, ExitCause::Drained, "instance {i}");
            assert_eq!(outcome.exit_code, 3);
            assert_eq!(outcome.stdout, "19999900000\n");
        }
    }
}

#[test]
fn exit_in_one_instance_does_not_stop_another_mid_flight() {
    let slow = spawn(config("setTimeout(() => console.log('still here'), 100);")).expect("spawn");
    let quick = spawn(config("process.exit(5)")).expect("spawn").join();
    assert_eq!((quick.cause, quick.exit_code), (ExitCause::Exited, 5));
    let slow = slow.join();
    assert_eq!(slow.cause, ExitCause::Drained);
    assert_eq!(slow.stdout, "still here\n");
}

#[test]
fn each_instance_has_its_own_pid_and_globals() {
    let a = spawn(config("globalThis.shared = 1; console.log(typeof process.pid)")).expect("spawn").join();
    let b = spawn(config("console.log(typeof globalThis.shared)")).expect("spawn").join();
    assert_eq!(a.stdout, "number\n");
    assert_eq!(b.stdout, "undefined\n");
    assert_ne!(a.id, b.id);
}

#[test]
fn a_compile_error_is_a_startup_error_not_a_panic() {
    let outcome = spawn(config("let x = ;")).expect("spawn").join();
    assert!(matches!(outcome.cause, ExitCause::StartupError { ref message } if message.contains("SyntaxError")), "{:?}", outcome.cause);
    assert_eq!(outcome.exit_code, 1);
    assert!(outcome.stderr.contains("/virtual/lifecycle.js:1"), "{}", outcome.stderr);
}
