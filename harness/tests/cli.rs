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
fn signal_flag_delivers_after_a_delay_to_a_listener() {
    let f = script("sig2.js", "const t = setInterval(() => {}, 1000); process.on('SIGINT', () => { console.log('int'); clearInterval(t); process.exitCode = 4; });");
    let out = bulkhead().args(["run", "--signal", "SIGINT@50"]).arg(&f).output().expect("run bulkhead");
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "int\n");
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
        vec!["--env", "=x"],
    ] {
        let out = bulkhead().arg("run").args(&args).arg(&f).output().expect("run bulkhead");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("bulkhead: "), "{args:?}: {stderr}");
    }
}
