//! Startup snapshots: what a warm-up builds survives the round trip, every restored instance
//! starts from the same state and keeps its mutations to itself, and warm-ups that cannot be
//! snapshotted are refused with a reason.

use engine::{build_snapshot, spawn, ExitCause, InstanceConfig, ScriptSource, Snapshot, SnapshotError};

const WARMUP: &str = r#"
const graph = new Map();
for (let i = 0; i < 500; i++) graph.set('node' + i, { id: i, edges: [i - 1, i + 1], label: `n${i}` });
let counter = 10;
const counterApi = { bump: () => ++counter, read: () => counter };
const bytes = new Uint8Array(new ArrayBuffer(16));
bytes.set([1, 2, 3, 4]);
const path = require('path');
globalThis.warm = { graph, counterApi, bytes, path, list: [1, 2, 3] };
require('v8').startupSnapshot.setDeserializeMainFunction(() => {
  console.log('main', warm.graph.size, warm.counterApi.read(), Array.from(warm.bytes.slice(0, 4)).join(','));
});
"#;

fn snapshot() -> Snapshot {
    let (snap, log) = build_snapshot(&ScriptSource::new(WARMUP, "/virtual/warmup.js")).expect("the warm-up builds");
    assert_eq!(log.stdout, "");
    // Through the file format, as users get it.
    Snapshot::from_bytes(&snap.to_bytes()).expect("its own bytes load")
}

fn restored(snap: &Snapshot, script: &str) -> InstanceConfig {
    InstanceConfig::new(ScriptSource::new(script, "/virtual/after.js")).snapshot(snap.clone())
}

#[test]
fn state_survives_and_each_restored_instance_keeps_its_mutations() {
    let snap = snapshot();
    let script = "const seen = [warm.graph.size, warm.counterApi.read(), warm.bytes[3], warm.list.length].join(' ');
                  warm.graph.clear(); warm.counterApi.bump(); warm.bytes[3] = 99; warm.list.push(process.pid);
                  console.log('saw', seen, 'now', warm.graph.size, warm.counterApi.read(), warm.bytes[3], warm.list.length);";
    let handles: Vec<_> = (0..300).map(|_| spawn(restored(&snap, script)).expect("spawn")).collect();
    let mut pids = std::collections::HashSet::new();
    for h in handles {
        let o = h.join();
        assert_eq!(o.cause, ExitCause::Drained, "{}", o.stderr);
        assert_eq!(o.stdout, "main 500 10 1,2,3,4\nsaw 500 10 4 3 now 0 11 99 4\n");
        assert!(pids.insert(o.id), "every restored instance has its own pid");
    }
}

#[test]
fn native_modules_work_after_restore_with_fresh_statics() {
    let snap = snapshot();
    let script = "console.log(warm.path.join('a', 'b'), require('path') === warm.path, require('os').EOL === '\\n', require('path').basename('/x/y.js', '.js'));";
    let o = spawn(restored(&snap, script)).expect("spawn").join();
    assert_eq!(o.stdout, "main 500 10 1,2,3,4\na/b true true y\n", "{}", o.stderr);
}

#[test]
fn exit_semantics_hold_after_restore() {
    let snap = snapshot();
    let o = spawn(restored(&snap, "process.on('exit', (c) => console.log('exit', c)); setTimeout(() => { throw new Error('late'); }, 1);"))
        .expect("spawn")
        .join();
    assert!(matches!(o.cause, ExitCause::UncaughtException { .. }), "{:?}", o.cause);
    assert_eq!((o.exit_code, o.stdout.as_str()), (1, "main 500 10 1,2,3,4\nexit 1\n"));
    let h = spawn(restored(&snap, "console.log('spin'); while (true) {}")).expect("spawn");
    assert!(h.wait_for_stdout("spin"));
    h.kill();
    assert_eq!(h.join().cause, ExitCause::Killed);
}

#[test]
fn warm_ups_that_cannot_be_snapshotted_are_refused_with_a_reason() {
    for (source, reason) in [
        ("process.exit(3)", "ended while building"),
        ("throw new Error('nope')", "ended while building"),
        ("setTimeout(() => {}, 1000)", "pending"),
        ("let x = ;", "ended while building"),
    ] {
        match build_snapshot(&ScriptSource::new(source, "/virtual/bad-warmup.js")) {
            Err(SnapshotError::WarmUp { message, .. }) => assert!(message.contains(reason), "{source}: {message}"),
            other => panic!("{source}: expected a warm-up error, got {:?}", other.map(|_| ())),
        }
    }
}

#[test]
fn plain_instances_and_two_different_snapshots_spawned_at_once_all_run() {
    // V8 shares its read-only heap process-wide: isolates of different blobs must not overlap.
    // The engine sequences them; here they are all requested at the same moment.
    let a = snapshot();
    let (b, _) = build_snapshot(&ScriptSource::new("globalThis.warm = { other: true };", "/virtual/other.js")).expect("builds");
    let mut handles = Vec::new();
    for i in 0..60 {
        let config = match i % 3 {
            0 => InstanceConfig::new(ScriptSource::new("console.log('plain', typeof warm)", "/virtual/p.js")),
            1 => restored(&a, "console.log('a', warm.graph.size)"),
            _ => InstanceConfig::new(ScriptSource::new("console.log('b', warm.other)", "/virtual/b.js")).snapshot(b.clone()),
        };
        handles.push((i, spawn(config).expect("spawn")));
    }
    for (i, h) in handles {
        let o = h.join();
        let expected = match i % 3 {
            0 => "plain undefined\n",
            1 => "main 500 10 1,2,3,4\na 500\n",
            _ => "b true\n",
        };
        assert_eq!((o.cause, o.stdout.as_str()), (ExitCause::Drained, expected), "instance {i}");
    }
}

#[test]
fn an_instance_waiting_for_its_blob_phase_can_still_be_killed() {
    let snap = snapshot();
    let plain = spawn(InstanceConfig::new(ScriptSource::new("console.log('busy'); while (true) {}", "/virtual/busy.js"))).expect("spawn");
    assert!(plain.wait_for_stdout("busy"));
    // This one cannot start while the plain instance lives; killing it must not wait for that.
    let waiting = spawn(restored(&snap, "console.log('never')")).expect("spawn");
    waiting.kill();
    let o = waiting.join();
    assert_eq!((o.cause, o.stdout.as_str()), (ExitCause::Killed, ""));
    plain.kill();
    assert_eq!(plain.join().cause, ExitCause::Killed);
}

#[test]
fn restored_instances_do_not_share_random_state() {
    // Math.random's state and crypto's source must not ride in the snapshot: instances restored
    // from one blob in one process each draw their own numbers.
    // The warm-up draws too, so V8's cache of random numbers is filled when the heap is saved.
    let warmup = "globalThis.drawn = [Math.random(), Math.random()];";
    let (snap, _) = build_snapshot(&ScriptSource::new(warmup, "/virtual/warm-random.js")).expect("the warm-up builds");
    let script = "console.log(Math.random(), Math.random(), crypto.randomUUID(), drawn.length)";
    let handles: Vec<_> = (0..20).map(|_| spawn(restored(&snap, script)).expect("spawn")).collect();
    let lines: std::collections::HashSet<String> = handles
        .into_iter()
        .map(|h| {
            let o = h.join();
            assert_eq!(o.cause, ExitCause::Drained, "{}", o.stderr);
            o.stdout
        })
        .collect();
    assert_eq!(lines.len(), 20, "{lines:?}");
    let draws: std::collections::HashSet<&str> = lines.iter().filter_map(|l| l.split(' ').next()).collect();
    assert_eq!(draws.len(), 20, "the first Math.random() repeats across restored instances: {draws:?}");
}
