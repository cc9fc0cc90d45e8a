//! What copy-on-write saves: N instances (default 100) live as processes forked from one warm
//! zygote, each idling on a timer, against the same number of separate `bulkhead run`
//! processes idling the same way. For each process it reads Private_Dirty (the pages only it
//! holds) and Rss from /proc/PID/smaps_rollup, and prints the mean of each side and their
//! ratio. Needs the `bulkhead` binary beside this one (a build of bulkhead-harness in the same
//! profile).
//!
//!     cargo build --release -p bulkhead-harness
//!     cargo run --release -p bulkhead-benches --bin warm_fork_memory -- [N]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const IDLE: &str = "console.log('up'); setInterval(() => {}, 60000)";

fn main() {
    let n: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        None => 100,
        Some(Ok(n)) if (1..=2000).contains(&n) => n,
        Some(_) => fail("N must be a number from 1 to 2000"),
    };
    let Some(bin) = std::env::current_exe().ok().and_then(|exe| Some(exe.parent()?.join("bulkhead"))).filter(|b| b.is_file()) else {
        fail("no bulkhead binary beside this one: cargo build --release -p bulkhead-harness");
    };
    let zygote = engine::zygote::Zygote::start(&bin, &[harness::runner::ZYGOTE_COMMAND]).unwrap_or_else(|e| fail(&e.to_string()));
    let config = engine::InstanceConfig::new(engine::ScriptSource::new(IDLE, "/bench/idle.js"));
    let children: Vec<_> = (0..n).map(|_| zygote.spawn(&config).unwrap_or_else(|e| fail(&e.to_string()))).collect();
    let deadline = Instant::now() + Duration::from_secs(300);
    for child in &children {
        if !child.wait_for_stdout_until("up", deadline) {
            fail("a forked child did not come up");
        }
    }
    let forked: Vec<(u64, u64)> = children.iter().map(|c| memory_of(c.id())).collect();
    for child in &children {
        child.kill();
    }
    children.into_iter().for_each(|c| drop(c.join()));

    let script = std::env::temp_dir().join("bulkhead-bench-idle.js");
    std::fs::write(&script, IDLE).unwrap_or_else(|e| fail(&e.to_string()));
    let mut separate: Vec<std::process::Child> = (0..n)
        .map(|_| Command::new(&bin).arg("run").arg(&script).stdout(Stdio::piped()).spawn().unwrap_or_else(|e| fail(&e.to_string())))
        .collect();
    for process in &mut separate {
        let mut line = String::new();
        let Some(out) = process.stdout.take() else { fail("no stdout") };
        if std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut line).is_err() || line != "up\n" {
            fail("a bulkhead process did not come up");
        }
    }
    let alone: Vec<(u64, u64)> = separate.iter().map(|p| memory_of(p.id() as u64)).collect();
    for mut process in separate {
        let _ = process.kill();
        let _ = process.wait();
    }

    let mean = |v: &[(u64, u64)], f: fn(&(u64, u64)) -> u64| v.iter().map(f).sum::<u64>() as f64 / v.len() as f64 / 1024.0;
    let (fork_dirty, fork_rss) = (mean(&forked, |m| m.0), mean(&forked, |m| m.1));
    let (alone_dirty, alone_rss) = (mean(&alone, |m| m.0), mean(&alone, |m| m.1));
    println!("{n} idle instances, mean per process (MiB):");
    println!("  forked from a warm zygote: private dirty {fork_dirty:.2}, rss {fork_rss:.2}");
    println!("  separate bulkhead process: private dirty {alone_dirty:.2}, rss {alone_rss:.2}");
    println!("  private dirty, forked / separate: {:.2}", fork_dirty / alone_dirty);
}

/// (Private_Dirty, Rss) of process `pid` in KiB.
fn memory_of(pid: u64) -> (u64, u64) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_else(|e| fail(&format!("/proc/{pid}/smaps_rollup: {e}")));
    let field = |name: &str| {
        text.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()).unwrap_or(0)
    };
    (field("Private_Dirty:"), field("Rss:"))
}

fn fail(message: &str) -> ! {
    eprintln!("warm_fork_memory: {message}");
    std::process::exit(2);
}
