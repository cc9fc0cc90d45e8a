//! What an instance may read of its host process, and how it stays its own: the CPU and
//! resource usage of the instance's own thread (an instance is one thread, so this is the
//! instance's usage, not its neighbours'), the thread's CPU-time clock (which the watchdog
//! reads from its own thread to enforce CPU limits), and the user and group ids and umask the process
//! started with (read from `/proc/self/status`, so nothing is changed to read them; an
//! instance's `process.umask(mask)` then changes only its own copy), and the memory the
//! process's control group allows (`process.constrainedMemory()` / `availableMemory()`).

use std::sync::OnceLock;

/// Fills `bytes` from the OS's random source (/dev/urandom).
pub(crate) fn os_random(bytes: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(bytes))
}

/// `getrusage(RUSAGE_THREAD)` of the calling thread, in the units Node reports.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct ThreadUsage {
    pub user_us: f64,
    pub system_us: f64,
    pub max_rss_kb: f64,
    pub minor_faults: f64,
    pub major_faults: f64,
    pub swaps: f64,
    pub fs_reads: f64,
    pub fs_writes: f64,
    pub ipc_sent: f64,
    pub ipc_received: f64,
    pub signals: f64,
    pub voluntary_switches: f64,
    pub involuntary_switches: f64,
}

/// The calling thread's resource usage, or `None` if the kernel refuses.
pub(crate) fn thread_usage() -> Option<ThreadUsage> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    let who = if crate::mutants::active(crate::mutants::Mutant::ProcessCpuClock) { libc::RUSAGE_SELF } else { libc::RUSAGE_THREAD };
    // SAFETY: `usage` points at writable memory of the right size for the whole call, and
    // getrusage only reads the kernel's counters.
    let rc = unsafe { libc::getrusage(who, usage.as_mut_ptr()) };
    if rc != 0 {
        return None;
    }
    // SAFETY: getrusage returned 0, so it filled the struct (and it was zeroed before).
    let u = unsafe { usage.assume_init() };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    Some(ThreadUsage {
        user_us: micros(u.ru_utime),
        system_us: micros(u.ru_stime),
        max_rss_kb: u.ru_maxrss as f64,
        minor_faults: u.ru_minflt as f64,
        major_faults: u.ru_majflt as f64,
        swaps: u.ru_nswap as f64,
        fs_reads: u.ru_inblock as f64,
        fs_writes: u.ru_oublock as f64,
        ipc_sent: u.ru_msgsnd as f64,
        ipc_received: u.ru_msgrcv as f64,
        signals: u.ru_nsignals as f64,
        voluntary_switches: u.ru_nvcsw as f64,
        involuntary_switches: u.ru_nivcsw as f64,
    })
}

/// A thread's CPU-time clock (`pthread_getcpuclockid`): it advances only while that thread
/// runs, so time spent descheduled, blocked at a gate or idle in a loop does not count. Any
/// thread may read it while the thread it belongs to is alive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CpuClock(libc::clockid_t);

impl CpuClock {
    /// The calling thread's CPU clock, or `None` if the kernel refuses one.
    pub fn current_thread() -> Option<CpuClock> {
        if crate::mutants::active(crate::mutants::Mutant::ProcessCpuClock) {
            return Some(CpuClock(libc::CLOCK_PROCESS_CPUTIME_ID));
        }
        let mut clock: libc::clockid_t = 0;
        // SAFETY: pthread_self() is the calling, live thread, and `clock` is a valid place for
        // the result for the whole call.
        let rc = unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
        (rc == 0).then_some(CpuClock(clock))
    }

    /// The CPU time the clock's thread has used, or `None` once the thread is gone.
    pub fn read(self) -> Option<std::time::Duration> {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec for the whole call; an invalid clock id
        // (the thread has exited) makes clock_gettime fail with EINVAL, nothing worse.
        let rc = unsafe { libc::clock_gettime(self.0, &mut ts) };
        (rc == 0).then(|| std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
    }
}

/// The ids and umask of the host process as it started.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub(crate) struct Credentials {
    pub uid: u32,
    pub euid: u32,
    pub gid: u32,
    pub egid: u32,
    pub groups: Vec<u32>,
    pub umask: u32,
}

/// Read once per process; the default (root, umask 0o022) where `/proc` cannot be read.
pub(crate) fn credentials() -> &'static Credentials {
    static CREDENTIALS: OnceLock<Credentials> = OnceLock::new();
    CREDENTIALS.get_or_init(|| {
        std::fs::read_to_string("/proc/self/status").map(|s| parse_status(&s)).unwrap_or(Credentials {
            umask: 0o022,
            ..Credentials::default()
        })
    })
}

fn parse_status(status: &str) -> Credentials {
    let mut c = Credentials { umask: 0o022, ..Credentials::default() };
    for line in status.lines() {
        let Some((key, value)) = line.split_once(':') else { continue };
        let numbers: Vec<u32> = value.split_whitespace().filter_map(|n| n.parse().ok()).collect();
        match key {
            "Umask" => c.umask = u32::from_str_radix(value.trim(), 8).unwrap_or(0o022),
            "Uid" if numbers.len() >= 2 => (c.uid, c.euid) = (numbers[0], numbers[1]),
            "Gid" if numbers.len() >= 2 => (c.gid, c.egid) = (numbers[0], numbers[1]),
            "Groups" => c.groups = numbers,
            _ => {}
        }
    }
    c
}

/// The memory limit of the process's control group in bytes, as libuv reads it
/// (`uv_get_constrained_memory`): the lower of its soft and hard limits, `u64::MAX` when
/// they say "no limit", 0 when there is no cgroup to read.
pub(crate) fn constrained_memory() -> u64 {
    std::fs::read_to_string("/proc/self/cgroup").map_or(0, |cgroups| cgroup_limit(&cgroups, &read_u64))
}

/// The memory the process may still use, as libuv reads it (`uv_get_available_memory`): what
/// its cgroup allows beyond what it uses, or the host's free memory without a limit below it.
pub(crate) fn available_memory() -> u64 {
    let Ok(cgroups) = std::fs::read_to_string("/proc/self/cgroup") else { return 0 };
    let limit = cgroup_limit(&cgroups, &read_u64);
    let free = crate::bindings::os::meminfo("MemAvailable") as u64;
    if limit == 0 || limit > crate::bindings::os::meminfo("MemTotal") as u64 {
        return free;
    }
    let usage = match cgroups.strip_prefix("0::/") {
        Some(rest) => read_u64(&format!("/sys/fs/cgroup/{}/memory.current", first_line(rest))),
        None => match cgroup1_memory_path(&cgroups).map(|path| read_u64(&format!("/sys/fs/cgroup/memory/{path}/memory.usage_in_bytes"))) {
            Some(usage) if usage != 0 => usage,
            _ => read_u64("/sys/fs/cgroup/memory/memory.usage_in_bytes"),
        },
    };
    limit.saturating_sub(usage)
}

fn first_line(text: &str) -> &str {
    text.split('\n').next().unwrap_or_default()
}

/// The path of the cgroup v1 memory controller in `/proc/self/cgroup`'s text.
fn cgroup1_memory_path(cgroups: &str) -> Option<&str> {
    cgroups.lines().find_map(|l| {
        let (_, rest) = l.split_once(':')?;
        let (controllers, path) = rest.split_once(':')?;
        controllers.split(',').any(|c| c == "memory").then(|| path.trim_start_matches('/'))
    })
}

/// A number file of cgroupfs: "max" is `u64::MAX`, anything unreadable 0.
fn read_u64(path: &str) -> u64 {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if text.starts_with("max") {
        return u64::MAX;
    }
    text.trim().parse().unwrap_or(0)
}

/// The constrained memory for `/proc/self/cgroup`'s text, reading files through `read`:
/// cgroup v2 (a line "0::/path") or v1 (its memory controller, else the root's limits,
/// where v1's "no limit", LONG_MAX rounded down to a page, means `u64::MAX`).
fn cgroup_limit(cgroups: &str, read: &dyn Fn(&str) -> u64) -> u64 {
    let (high, max) = if let Some(rest) = cgroups.strip_prefix("0::/") {
        let dir = format!("/sys/fs/cgroup/{}", first_line(rest));
        (read(&format!("{dir}/memory.high")), read(&format!("{dir}/memory.max")))
    } else {
        let own = cgroup1_memory_path(cgroups).map(|path| {
            let dir = format!("/sys/fs/cgroup/memory/{path}");
            (read(&format!("{dir}/memory.soft_limit_in_bytes")), read(&format!("{dir}/memory.limit_in_bytes")))
        });
        match own {
            Some((high, max)) if high != 0 && max != 0 => (high, max),
            _ => {
                // SAFETY: sysconf only reads a configuration value.
                let page = u64::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
                let unlimited = (i64::MAX as u64) & !(page - 1);
                let limit = |name: &str| match read(&format!("/sys/fs/cgroup/memory/{name}")) {
                    v if v == unlimited => u64::MAX,
                    v => v,
                };
                (limit("memory.soft_limit_in_bytes"), limit("memory.limit_in_bytes"))
            }
        }
    };
    if high == 0 || max == 0 { 0 } else { high.min(max) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_give_ids_groups_and_an_octal_umask() {
        let status = "Name:\tx\nUmask:\t0027\nUid:\t1000\t1001\t1000\t1000\nGid:\t100\t101\t100\t100\nGroups:\t4 24 27 \n";
        let c = parse_status(status);
        assert_eq!(c, Credentials { uid: 1000, euid: 1001, gid: 100, egid: 101, groups: vec![4, 24, 27], umask: 0o027 });
    }

    #[test]
    fn the_constrained_memory_is_the_lower_cgroup_limit_as_libuv_reads_it() {
        let files = |entries: &'static [(&'static str, u64)]| move |path: &str| entries.iter().find(|e| e.0 == path).map_or(0, |e| e.1);
        let v2 = files(&[("/sys/fs/cgroup/app/memory.high", 300), ("/sys/fs/cgroup/app/memory.max", 200)]);
        assert_eq!(cgroup_limit("0::/app\n", &v2), 200);
        let v2_unlimited = files(&[("/sys/fs/cgroup/app/memory.high", u64::MAX), ("/sys/fs/cgroup/app/memory.max", u64::MAX)]);
        assert_eq!(cgroup_limit("0::/app\n", &v2_unlimited), u64::MAX);
        let v1 = files(&[("/sys/fs/cgroup/memory/box/memory.soft_limit_in_bytes", 500), ("/sys/fs/cgroup/memory/box/memory.limit_in_bytes", 400)]);
        assert_eq!(cgroup_limit("5:cpu:/\n4:memory:/box\n", &v1), 400);
        // The own controller cannot be read (another namespace): the root's, whose
        // "no limit" is LONG_MAX rounded down to a page.
        // SAFETY: sysconf only reads a configuration value.
        let page = u64::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap();
        let unlimited = (i64::MAX as u64) & !(page - 1);
        let root: &'static [(&'static str, u64)] = Box::leak(Box::new([
            ("/sys/fs/cgroup/memory/memory.soft_limit_in_bytes", unlimited),
            ("/sys/fs/cgroup/memory/memory.limit_in_bytes", unlimited),
        ]));
        assert_eq!(cgroup_limit("4:memory:/elsewhere\n", &files(root)), u64::MAX);
        assert_eq!(cgroup_limit("4:memory:/elsewhere\n", &files(&[])), 0);
    }

    #[test]
    fn a_busy_thread_sees_its_own_cpu_time_grow() {
        let before = thread_usage().expect("getrusage");
        let start = std::time::Instant::now();
        let mut x = 0u64;
        while start.elapsed() < std::time::Duration::from_millis(30) {
            x = x.wrapping_mul(31).wrapping_add(7);
        }
        std::hint::black_box(x);
        let after = thread_usage().expect("getrusage");
        assert!(after.user_us + after.system_us > before.user_us + before.system_us);
    }

    #[test]
    fn a_threads_cpu_clock_counts_its_work_and_not_its_sleep() {
        let clock = CpuClock::current_thread().expect("a CPU clock for this thread");
        let before = clock.read().expect("readable");
        std::thread::sleep(std::time::Duration::from_millis(30));
        let slept = clock.read().expect("readable");
        assert!(slept - before < std::time::Duration::from_millis(15), "{before:?} {slept:?}");
        let start = clock.read().expect("readable");
        let mut x = 0u64;
        while clock.read().expect("readable") - start < std::time::Duration::from_millis(20) {
            x = x.wrapping_mul(31).wrapping_add(7);
        }
        std::hint::black_box(x);
        // Read from another thread, the clock is still this thread's.
        let seen = std::thread::scope(|s| s.spawn(|| clock.read()).join().expect("reader"));
        assert!(seen.expect("readable while this thread lives") >= start + std::time::Duration::from_millis(20));
    }

    #[test]
    fn another_threads_work_is_not_counted() {
        let before = thread_usage().expect("getrusage");
        std::thread::spawn(|| {
            let start = std::time::Instant::now();
            let mut x = 0u64;
            while start.elapsed() < std::time::Duration::from_millis(50) {
                x = x.wrapping_mul(31).wrapping_add(7);
            }
            std::hint::black_box(x);
        })
        .join()
        .expect("worker");
        let after = thread_usage().expect("getrusage");
        // The waiting thread slept through the worker's 50 ms of CPU.
        assert!(after.user_us - before.user_us < 25_000.0, "{before:?} {after:?}");
    }
}
