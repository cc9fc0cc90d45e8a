//! What an instance shares a process with must not reach it: signals aimed at others,
//! others' module state and env writes, others running out of memory.

use std::time::Duration;

use engine::{spawn, ExitCause, InstanceConfig, ScriptSource, Signal};

fn config(source: &str) -> InstanceConfig {
    InstanceConfig::new(ScriptSource::new(source, "/virtual/shared.js"))
}

#[test]
fn a_signal_sent_to_one_instance_never_runs_another_instances_listener() {
    // Every instance idles with a SIGUSR2 listener that prints its own token and lets it end.
    // Every third one is signalled and must end with exactly its own token; the others are
    // killed afterwards and must not have printed any token. No clock decides anything.
    let n = 300;
    let source = |i: usize| {
        format!(
            "const keep = setInterval(() => {{}}, 1000);
             process.on('SIGUSR2', () => {{ console.log('signalled {i}'); clearInterval(keep); }});
             console.log('ready');"
        )
    };
    let handles: Vec<_> = (0..n).map(|i| spawn(config(&source(i))).expect("spawn")).collect();
    let (targets, others): (Vec<_>, Vec<_>) = handles.into_iter().enumerate().partition(|(i, _)| i % 3 == 0);
    for (i, h) in &targets {
        assert!(h.wait_for_stdout("ready"), "instance {i} ended before it was ready");
        h.signal(Signal::Usr2);
    }
    for (i, h) in targets {
        let o = h.join();
        assert_eq!(o.cause, ExitCause::Drained, "instance {i}: {:?}", o.stderr);
        assert_eq!(o.stdout, format!("ready\nsignalled {i}\n"), "instance {i}");
    }
    for (i, h) in others {
        assert!(h.wait_for_stdout("ready"), "instance {i} ended before it was ready");
        h.kill();
        let o = h.join();
        assert_eq!(o.cause, ExitCause::Killed, "instance {i}");
        assert_eq!(o.stdout, "ready\n", "instance {i} ran a listener");
    }
}

#[test]
fn a_default_action_ends_only_its_target() {
    let victim = spawn(config("console.log('ready'); while (true) {}")).expect("spawn");
    let bystander = spawn(config("setTimeout(() => console.log('fine'), 100)")).expect("spawn");
    assert!(victim.wait_for_stdout("ready"));
    victim.signal(Signal::Term);
    let v = victim.join();
    assert_eq!(v.cause, ExitCause::Signaled { signal: Signal::Term });
    assert_eq!(v.exit_code, 143);
    let b = bystander.join();
    assert_eq!((b.cause, b.stdout.as_str()), (ExitCause::Drained, "fine\n"));
}

#[test]
fn native_modules_are_independent_per_instance() {
    let writer = "const path = require('path'); path.sep = 'X'; path.extra = 1; \
                  const os = require('os'); os.EOL = '!'; \
                  console.log(path.sep, path.join('a', 'b'), require('path') === path, os.EOL);";
    let reader = "const path = require('path'); console.log(path.sep, typeof path.extra, require('os').EOL === '\\n', path.join('a', '..', 'b'));";
    let w = spawn(config(writer)).expect("spawn").join();
    assert_eq!(w.stdout, "X a/b true !\n");
    let r = spawn(config(reader)).expect("spawn").join();
    assert_eq!(r.stdout, "/ undefined true b\n");
}

#[test]
fn five_hundred_instances_create_and_use_native_modules_at_once() {
    let handles: Vec<_> = (0..500)
        .map(|i| {
            let source = format!(
                "const path = require('node:path'); const os = require('os');
                 let acc = '';
                 for (let k = 0; k < 50; k++) acc = path.basename(path.join('/r', 'i{i}', 'f' + k + '.js'), '.js');
                 console.log(acc, path.extname('x{i}.tar.gz'), os.platform() === process.platform, path.dirname('/a/i{i}/b'));"
            );
            spawn(config(&source)).expect("spawn")
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let o = h.join();
        assert_eq!(o.stdout, format!("f49 .gz true /a/i{i}\n"), "instance {i}: {}", o.stderr);
    }
}

#[test]
fn env_writes_stay_in_their_instance_and_never_reach_the_host() {
    let name = "BULKHEAD_TEST_ENV_OVERLAY";
    let a = spawn(config(&format!("process.env.{name} = 42; console.log(typeof process.env.{name}, process.env.{name})")))
        .expect("spawn")
        .join();
    assert_eq!(a.stdout, "string 42\n");
    let b = spawn(config(&format!("console.log(process.env.{name})"))).expect("spawn").join();
    assert_eq!(b.stdout, "undefined\n");
    assert!(std::env::var_os(name).is_none(), "an instance's write reached the host environment");
    let preset = spawn(config(&format!("console.log(process.env.{name}); delete process.env.{name}; console.log(process.env.{name})")).env(name, "preset"))
        .expect("spawn")
        .join();
    assert_eq!(preset.stdout, "preset\nundefined\n");
}

#[test]
fn env_delete_reveals_the_hosts_value() {
    let host = std::env::var("PATH").expect("PATH is set when tests run");
    let o = spawn(config("process.env.PATH = 'mine'; console.log(process.env.PATH); delete process.env.PATH; console.log(process.env.PATH)"))
        .expect("spawn")
        .join();
    assert_eq!(o.stdout, format!("mine\n{host}\n"));
}

#[test]
fn twenty_instances_some_exhausting_their_heap_the_rest_unharmed() {
    let hog = "console.log('hog'); const keep = []; while (true) keep.push(new Array(100000).fill(1));";
    let worker = "const m = new Map(); for (let i = 0; i < 20000; i++) m.set('k' + i, i); \
                  setTimeout(() => console.log('sum', [...m.values()].reduce((a, b) => a + b, 0)), 20);";
    let handles: Vec<_> = (0..20)
        .map(|i| {
            let c = if i % 2 == 0 { config(hog) } else { config(worker) };
            spawn(c.heap_limit(24 << 20).timeout(Duration::from_secs(60))).expect("spawn")
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let o = h.join();
        if i % 2 == 0 {
            assert_eq!(o.cause, ExitCause::OutOfMemory, "instance {i}");
            assert_eq!(o.exit_code, 134);
            assert!(o.stderr.contains("heap out of memory"), "{}", o.stderr);
        } else {
            assert_eq!(o.cause, ExitCause::Drained, "instance {i}: {}", o.stderr);
            assert_eq!(o.stdout, "sum 199990000\n");
        }
    }
}

#[test]
fn stack_overflow_is_a_catchable_range_error_even_in_a_crowd() {
    let source = "function r(n) { return r(n + 1) + 1; } \
                  try { r(0); } catch (e) { console.log(e.constructor.name); } \
                  r(0);";
    let handles: Vec<_> = (0..10).map(|_| spawn(config(source)).expect("spawn")).collect();
    for h in handles {
        let o = h.join();
        assert_eq!(o.stdout, "RangeError\n");
        assert!(matches!(o.cause, ExitCause::UncaughtException { ref message, .. } if message.contains("Maximum call stack")), "{:?}", o.cause);
        assert_eq!(o.exit_code, 1);
    }
}

#[test]
fn a_umask_set_by_one_instance_is_its_own() {
    // The writer changes its umask and then waits; the reader, started after the change,
    // must still see the process's own umask, and the process's real umask is untouched.
    let host_umask = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Umask:").map(|v| v.trim().to_string())))
        .and_then(|v| u32::from_str_radix(&v, 8).ok())
        .expect("this test reads the umask from /proc/self/status");
    let writer = spawn(config(
        "process.umask(0o077); console.log('set', process.umask().toString(8)); setTimeout(() => {}, 60000);",
    ))
    .expect("spawn");
    assert!(writer.wait_for_stdout("set"));
    let reader = spawn(config("console.log(process.umask().toString(8))")).expect("spawn").join();
    assert_eq!(reader.stdout, format!("{:o}\n", host_umask));
    writer.kill();
    assert_eq!(writer.join().stdout, "set 77\n");
    let now = std::fs::read_to_string("/proc/self/status").expect("status");
    assert!(now.contains(&format!("Umask:\t{:04o}", host_umask)), "{now}");
}

#[test]
fn cpu_usage_counts_only_the_instances_own_work() {
    // A busy neighbour burns CPU for as long as the idle instance lives; the idle one's
    // cpuUsage stays far below what the neighbour used.
    let busy = spawn(config("console.log('busy'); while (true) {}")).expect("spawn");
    assert!(busy.wait_for_stdout("busy"));
    let idle = spawn(config(
        "const a = process.cpuUsage(); setTimeout(() => { const d = process.cpuUsage(a); console.log(d.user + d.system < 100000); }, 300);",
    ))
    .expect("spawn")
    .join();
    busy.kill();
    busy.join();
    assert_eq!(idle.stdout, "true\n", "{:?}", idle.stderr);
}
