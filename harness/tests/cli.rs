//! The `bulkhead` binary as a user meets it: `bulkhead run FILE.js` behaves like `node FILE.js`
//! for exit status and output, and bad input is a clear error with exit status 2.

use std::path::PathBuf;
use std::process::Command;

fn bulkhead() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bulkhead"))
}

fn script(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bulkhead-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write script");
    path
}

#[test]
fn run_prints_output_and_exits_with_the_instance_code() {
    let f = script("exit.js", "console.log('out'); console.error('err'); process.exitCode = 42;");
    let out = bulkhead().arg("run").arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(42));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "out\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "err\n");
}

#[test]
fn arguments_after_double_dash_reach_the_script() {
    let f = script("args.js", "console.log(process.argv.slice(2).join('|'))");
    let out = bulkhead().arg("run").arg(&f).arg("--").args(["a", "--b", "c d"]).output().expect("run bulkhead");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a|--b|c d\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_compile_error_is_reported_like_node_with_status_1() {
    let f = script("broken.js", "let x = ;\n");
    let out = bulkhead().arg("run").arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("SyntaxError: Unexpected token ';'"), "{stderr}");
    assert!(stderr.contains("broken.js:1"), "{stderr}");
}

#[test]
fn a_missing_file_is_a_clear_error_with_status_2() {
    let out = bulkhead().args(["run", "/definitely/not/here.js"]).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/definitely/not/here.js"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn signal_flag_delivers_at_a_stdout_marker_with_nodes_exit_status() {
    let f = script("sig.js", "process.on('exit', () => console.log('no')); console.log('ready'); while (true) {}");
    let out = bulkhead().args(["run", "--signal", "SIGTERM@stdout:ready"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(143));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ready\n");
}

#[test]
fn signal_flag_delivers_after_a_delay() {
    // No listener and no output: whether the signal lands before or after the script starts
    // (a matter of load), the default action gives the same outcome.
    let f = script("sig2.js", "while (true) {}");
    let out = bulkhead().args(["run", "--signal", "SIGINT@50"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

#[test]
fn signal_flag_reaches_a_listener_at_a_marker() {
    let f = script("sig3.js", "const t = setInterval(() => {}, 1000); process.on('SIGINT', () => { console.log('int'); clearInterval(t); process.exitCode = 4; }); console.log('ready');");
    let out = bulkhead().args(["run", "--signal", "SIGINT@stdout:ready"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ready\nint\n");
}

#[test]
fn cpu_limit_flag_ends_a_busy_loop_with_137() {
    let f = script("spin.js", "console.log('spinning'); while (true) {}");
    let out = bulkhead().args(["run", "--cpu-limit-ms", "100"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(137));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "spinning\n");
}

/// A corpus folder of its own, with the given scenarios (name, text).
fn corpus(name: &str, scenarios: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bulkhead-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("corpus dir");
    for (file, text) in scenarios {
        std::fs::write(dir.join(file), text).expect("write scenario");
    }
    dir
}

const PASSING: &str = "/*---\ndescription = \"ends with 3\"\n[expect]\nexit_code = 3\ncause = \"drained\"\n---*/\nprocess.exitCode = 3;\n";
const SPINNING_WRONGLY: &str = "/*---\ndescription = \"expects to drain, but spins into its CPU limit\"\n[expect]\nexit_code = 0\ncause = \"drained\"\n[faults]\ncpu_limit_ms = 50\n---*/\nwhile (true) {}\n";
const EXPECTING_WRONGLY: &str = "/*---\ndescription = \"expects 1, ends with 0\"\n[expect]\nexit_code = 1\ncause = \"drained\"\n---*/\n";

#[test]
fn repeat_runs_the_job_with_fresh_printed_seeds() {
    let dir = corpus("repeat", &[("pass.js", PASSING)]);
    let out = bulkhead().arg("run").arg(&dir).args(["--instances", "4", "--repeat", "3"]).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let seeds: Vec<&str> = stdout.lines().filter_map(|l| l.split_once(": seed ").map(|(_, s)| s)).collect();
    assert_eq!(seeds.len(), 3, "{stdout}");
    assert!(seeds[0] != seeds[1] && seeds[1] != seeds[2], "{stdout}");
    assert!(stdout.contains("3 of 3 runs passed"), "{stdout}");
}

#[test]
fn a_stress_run_names_each_failing_run_by_its_seed_and_the_seed_replays_it() {
    let dir = corpus("failing", &[("pass.js", PASSING), ("wrong.js", EXPECTING_WRONGLY)]);
    let out = bulkhead().arg("run").arg(&dir).args(["--instances", "3", "--repeat", "2", "--seed", "77"]).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("run 1 of 2: seed 77"), "{stdout}");
    assert!(stdout.contains("FAILING RUN: seed 77 "), "{stdout}");
    assert!(stdout.contains("0 of 2 runs passed"), "{stdout}");
    let replay = bulkhead().arg("run").arg(&dir).args(["--instances", "3", "--seed", "77"]).output().expect("run bulkhead");
    assert_eq!(replay.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&replay.stdout).contains("seed 77"));
}

const IDLE_FOREVER: &str = "/*---\ndescription = \"never ends on its own\"\n[expect]\nexit_code = 0\ncause = \"drained\"\n---*/\nsetInterval(() => {}, 1000);\nconsole.log('idling');\n";
const SPIN_FOREVER: &str = "/*---\ndescription = \"spins without end, with no limit of its own\"\n[expect]\nexit_code = 0\ncause = \"drained\"\n---*/\nwhile (true) {}\n";

#[test]
fn a_campaign_never_hangs_it_reports_what_was_still_alive() {
    let dir = corpus("deadline", &[("idle.js", IDLE_FOREVER), ("pass.js", PASSING)]);
    let out = bulkhead().arg("run").arg(&dir).args(["--instances", "2", "--deadline-s", "2"]).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line = stdout.lines().find(|l| l.starts_with("FAIL") && l.contains("(idle;")).unwrap_or_default();
    assert!(line.contains("alive at the campaign deadline"), "{stdout}");
    assert!(line.contains("idle in its event loop"), "{stdout}");
    // Its run in a process of its own (the process oracle) meets the deadline too.
    let line = stdout.lines().find(|l| l.starts_with("FAIL") && l.contains("(idle, in a process of its own;")).unwrap_or_default();
    assert!(line.contains("alive at the campaign deadline"), "{stdout}");
    assert!(stdout.contains("2 passed, 2 failed"), "the table still comes: {stdout}");
}

#[test]
fn an_instance_spinning_without_end_meets_the_campaigns_cpu_bound() {
    let dir = corpus("cpu-bound", &[("spin.js", SPIN_FOREVER)]);
    let out = bulkhead().arg("run").arg(&dir).args(["--instances", "1", "--cpu-bound-ms", "200"]).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("FAIL") && l.contains("hit the campaign's CPU bound")), "{stdout}");
}

#[test]
fn mutants_without_the_feature_is_a_clear_error_and_lists_them() {
    let out = bulkhead().args(["mutants", "--list"]).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("shared-env"));
    if !engine::mutants::ENABLED {
        let out = bulkhead().arg("mutants").output().expect("run bulkhead");
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--features mutants"));
    }
}

#[test]
fn a_failure_says_which_limit_if_any_the_instance_hit() {
    let dir = corpus("limits", &[("spin.js", SPINNING_WRONGLY), ("wrong.js", EXPECTING_WRONGLY)]);
    let json = dir.join("report.json");
    let out = bulkhead().arg("run").arg(&dir).args(["--instances", "2", "--json"]).arg(&json).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let fail_line = |scenario: &str| stdout.lines().find(|l| l.starts_with("FAIL") && l.contains(&format!("({scenario};"))).map(str::to_owned);
    assert!(fail_line("spin").is_some_and(|l| l.contains("hit its CPU limit")), "{stdout}");
    assert!(fail_line("wrong").is_some_and(|l| l.contains("no limit hit")), "{stdout}");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).expect("report written")).expect("JSON");
    let limits: Vec<(&str, &str)> = report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["scenario"].as_str().unwrap_or_default(), r["limit"].as_str().unwrap_or_default()))
        .collect();
    assert!(limits.contains(&("spin", "cpu_limit")) && limits.contains(&("wrong", "none")), "{limits:?}");
}

#[test]
fn env_and_heap_flags_reach_the_instance() {
    let f = script("env.js", "console.log(process.env.GREETING); const a = []; while (true) a.push(new Array(1e5).fill(0));");
    let out = bulkhead().args(["run", "--env", "GREETING=hi", "--max-heap-mb", "24"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(134));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
}

#[test]
fn absurd_flags_are_clear_errors() {
    let f = script("ok.js", "");
    for args in [
        vec!["--signal", "SIGNOPE@5"],
        vec!["--signal", "SIGTERM"],
        vec!["--signal", "SIGTERM@soon"],
        vec!["--max-heap-mb", "0"],
        vec!["--timeout-ms", "0"],
        vec!["--cpu-limit-ms", "0"],
        vec!["--cpu-limit-ms", "99999999999"],
        vec!["--env", "=x"],
    ] {
        let out = bulkhead().arg("run").args(&args).arg(&f).output().expect("run bulkhead");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("bulkhead: "), "{args:?}: {stderr}");
    }
}

#[test]
fn snapshot_build_then_run_from_it() {
    let warm = script("warm.js", "const greeting = 'hello from the warm-up'; require('v8').startupSnapshot.setDeserializeMainFunction(() => console.log(greeting));");
    let snap = warm.with_extension("snap");
    let out = bulkhead().args(["snapshot", "build"]).arg(&warm).arg("-o").arg(&snap).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let after = script("after.js", "console.log('then the script'); process.exitCode = 5;");
    let out = bulkhead().arg("run").arg("--snapshot").arg(&snap).arg(&after).output().expect("run bulkhead");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello from the warm-up\nthen the script\n");
    assert_eq!(out.status.code(), Some(5));
}

/// Where a snapshot file's runtime fingerprint starts: after the magic, the format version and
/// three length-prefixed texts (engine version, V8 version, V8 flags).
fn fingerprint_at(file: &[u8]) -> usize {
    let mut at = 8 + 4;
    for _ in 0..3 {
        at += 2 + usize::from(u16::from_le_bytes([file[at], file[at + 1]]));
    }
    at
}

#[test]
fn a_bad_snapshot_file_is_a_clear_error_with_status_2() {
    let warm = script("warm2.js", "globalThis.x = 1;");
    let good = warm.with_extension("snap");
    let out = bulkhead().args(["snapshot", "build"]).arg(&warm).arg("-o").arg(&good).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(0));
    let bytes = std::fs::read(&good).expect("snapshot written");
    let body = script("body.js", "console.log('must not run')");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.snap", Vec::new(), "truncated"),
        ("magic.snap", b"NOTASNAP and then some".to_vec(), "bad magic"),
        ("cut.snap", bytes[..bytes.len() / 2].to_vec(), "truncated"),
        ("flip.snap", { let mut b = bytes.clone(); let n = b.len() - 10; b[n] ^= 0x55; b }, "checksum"),
        ("runtime.snap", { let mut b = bytes.clone(); let at = fingerprint_at(&b); b[at] ^= 1; b }, "different runtime"),
    ];
    for (name, content, reason) in cases {
        let file = body.with_file_name(name);
        std::fs::write(&file, content).expect("write bad snapshot");
        let out = bulkhead().arg("run").arg("--snapshot").arg(&file).arg(&body).output().expect("run bulkhead");
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(reason), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}: the script ran");
    }
}

#[test]
fn a_relative_script_path_is_resolved_and_normalized_like_node() {
    let f = script("where.js", "console.log(process.argv[1] === __filename, __filename, __dirname)");
    let dir = f.parent().expect("temp dir").to_path_buf();
    let name = dir.file_name().expect("dir name").to_string_lossy().into_owned();
    // Run from the temp dir's parent as `./NAME/../NAME/where.js`.
    let out = bulkhead()
        .current_dir(dir.parent().expect("parent"))
        .arg("run")
        .arg(format!("./{name}/../{name}/where.js"))
        .output()
        .expect("run bulkhead");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("true {} {}\n", f.display(), dir.display()),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The files in a cache folder: (name, inode) pairs.
fn cache_files(dir: &std::path::Path) -> Vec<(String, u64)> {
    use std::os::unix::fs::MetadataExt;
    let mut files: Vec<(String, u64)> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().map(|m| m.ino()).unwrap_or(0))).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn the_base_snapshot_is_cached_on_disk_and_a_bad_cache_file_is_replaced() {
    let f = script("cached.js", "console.log(typeof require('util').inspect, process.exitCode)");
    let dir = std::env::temp_dir().join(format!("bulkhead-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let run = || {
        let out = bulkhead().env("BULKHEAD_CACHE_DIR", &dir).arg("run").arg(&f).output().expect("run bulkhead");
        assert_eq!((out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned()), (Some(0), "function undefined\n".to_string()), "{}", String::from_utf8_lossy(&out.stderr));
    };

    run();
    let first = cache_files(&dir);
    assert_eq!(first.len(), 1, "one file for this binary: {first:?}");
    run();
    assert_eq!(cache_files(&dir), first, "the second process reads the file instead of writing a new one");

    let file = dir.join(&first[0].0);
    for bad in [b"garbage".to_vec(), { let mut b = std::fs::read(&file).expect("cache file"); b[0] ^= 1; b }, { let mut b = std::fs::read(&file).expect("cache file"); let n = b.len(); b[n - 1] ^= 1; b }] {
        std::fs::write(&file, &bad).expect("spoil the cache file");
        run();
        let now = cache_files(&dir);
        assert_eq!(now.len(), 1, "{now:?}");
        assert_ne!(std::fs::read(&file).expect("cache file"), bad, "a bad file (wrong key or corrupt) is rebuilt and replaced");
    }

    let off = std::env::temp_dir().join(format!("bulkhead-cache-off-{}", std::process::id()));
    let out = bulkhead().env("BULKHEAD_CACHE_DIR", "off").env("XDG_CACHE_HOME", &off).env("HOME", &off).arg("run").arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(0));
    assert!(!off.exists(), "BULKHEAD_CACHE_DIR=off writes nothing");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_script_that_is_not_utf8_runs_with_replacement_characters_as_in_node() {
    let dir = std::env::temp_dir().join(format!("bulkhead-cli-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let f = dir.join("latin1.js");
    std::fs::write(&f, b"console.log(\"a\xff\xfeb\"); process.exit(4)\n").expect("write script");
    let out = bulkhead().arg("run").arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout, "a\u{FFFD}\u{FFFD}b\n".as_bytes());
}

#[test]
fn a_warm_up_that_loads_es_modules_is_refused_clearly_and_commonjs_files_are_kept() {
    let lib = script("snaplib.js", "exports.n = 41;");
    let _ = script("snaplib.mjs", "export const n = 1;");
    for (name, body) in [("esm-main.mjs", "export const x = 1;"), ("imports.js", "import('./snaplib.mjs');"), ("requires-esm.js", "require('./snaplib.mjs');")] {
        let warm = script(name, body);
        let out = bulkhead().args(["snapshot", "build"]).arg(&warm).arg("-o").arg(warm.with_extension("snap")).output().expect("run bulkhead");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains("V8 cannot put module records in a snapshot"), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    let warm = script("requires-cjs.js", &format!("globalThis.lib = require({:?});", lib.to_string_lossy()));
    let snap = warm.with_extension("snap");
    let out = bulkhead().args(["snapshot", "build"]).arg(&warm).arg("-o").arg(&snap).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let after = script("uses-lib.js", &format!("console.log(require({:?}) === globalThis.lib, globalThis.lib.n + 1)", lib.to_string_lossy()));
    let out = bulkhead().arg("run").arg("--snapshot").arg(&snap).arg(&after).output().expect("run bulkhead");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true 42\n");
}

#[test]
fn isolation_process_runs_a_script_as_a_real_process() {
    // Alive until the signal comes, whenever that is: a marker decides, never the clock.
    let f = script("real.js", "const t = setInterval(() => {}, 1000); process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exitCode = 4; clearInterval(t) }); console.log('ready')");
    let out = bulkhead().args(["run", "--isolation", "process", "--signal", "SIGTERM@stdout:ready"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ready\ngot SIGTERM\n");
    assert_eq!(out.status.code(), Some(4));
    let f = script("real-default.js", "console.log('ready'); setInterval(() => {}, 1000)");
    let out = bulkhead().args(["run", "--isolation", "process", "--signal", "SIGINT@stdout:ready"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn isolation_process_over_a_corpus_judges_each_scenario_in_a_process() {
    let dir = corpus("process", &[("pass.js", PASSING), ("wrong.js", EXPECTING_WRONGLY)]);
    let out = bulkhead().args(["run", "--isolation", "process"]).arg(&dir).output().expect("run bulkhead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("FAIL instance #1 (wrong, in a process of its own;"), "{stdout}");
    assert!(stdout.contains("2 instances (0 held alive together, peak 0 live), 1 passed, 1 failed"), "{stdout}");
    let refused = bulkhead().args(["run", "--isolation", "process", "--no-process-oracle"]).arg(&dir).output().expect("run bulkhead");
    assert_eq!(refused.status.code(), Some(2));
}
