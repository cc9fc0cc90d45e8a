//! Property: random fault schedules over several instances — exit codes, throws, rejections,
//! exit listeners, signals (with and without listeners), kills and timeouts — never make an
//! instance end differently than it does alone, never panic the host, and every instance ends.
//!
//! Programs are generated so that their outcome is decided by the program, not by the clock:
//! a host fault only ever lands on an instance that has printed its marker and then only spins
//! or idles. Failures shrink to a minimal schedule and are kept in
//! `proptest-regressions/fault_schedules.txt` beside this file.

use std::time::Duration;

use engine::{InstanceConfig, ScriptSource, Signal};
use harness::judge;
use proptest::prelude::*;

/// One step of a generated program's main script.
#[derive(Clone, Debug)]
enum Step {
    Print(u8),
    SetExitCode(u8),
    Tick(u8),
    Promise(u8),
    Timer(u8, u8),
    ExitListener(u8),
    HandleUncaught,
    HandleRejections,
    Throw,
    Reject(u8),
    Exit(u16),
}

/// How the main script ends, and what the host does then.
#[derive(Clone, Debug)]
enum Ending {
    /// Let the loop drain.
    Natural,
    /// Print the marker and spin; the host then does this.
    Spin(HostFault),
    /// Print the marker and idle (an interval keeps it alive); the host then does this.
    Idle(HostFault, Option<u8>),
}

#[derive(Clone, Debug)]
enum HostFault {
    Kill,
    Signal(Signal),
    Timeout,
}

#[derive(Clone, Debug)]
struct Program {
    steps: Vec<Step>,
    ending: Ending,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => any::<u8>().prop_map(Step::Print),
        1 => any::<u8>().prop_map(Step::SetExitCode),
        2 => any::<u8>().prop_map(Step::Tick),
        2 => any::<u8>().prop_map(Step::Promise),
        2 => (any::<u8>(), 0u8..6).prop_map(|(n, ms)| Step::Timer(n, ms)),
        1 => any::<u8>().prop_map(Step::ExitListener),
        1 => Just(Step::HandleUncaught),
        1 => Just(Step::HandleRejections),
        1 => Just(Step::Throw),
        1 => any::<u8>().prop_map(Step::Reject),
        1 => prop_oneof![any::<u8>().prop_map(u16::from), Just(256u16), Just(300u16)].prop_map(Step::Exit),
    ]
}

fn signal() -> impl Strategy<Value = Signal> {
    prop_oneof![Just(Signal::Term), Just(Signal::Int), Just(Signal::Hup), Just(Signal::Usr2), Just(Signal::Kill)]
}

fn host_fault() -> impl Strategy<Value = HostFault> {
    prop_oneof![Just(HostFault::Kill), signal().prop_map(HostFault::Signal), Just(HostFault::Timeout)]
}

fn program() -> impl Strategy<Value = Program> {
    let ending = prop_oneof![
        2 => Just(Ending::Natural),
        1 => host_fault().prop_map(Ending::Spin),
        1 => (host_fault(), proptest::option::of(any::<u8>())).prop_map(|(f, l)| Ending::Idle(f, l)),
    ];
    (proptest::collection::vec(step(), 0..6), ending).prop_map(|(steps, ending)| {
        // Before a host fault, only synchronous steps: everything the program prints is out
        // before its marker, so the fault cannot race with it.
        let steps = match ending {
            Ending::Natural => steps,
            _ => steps
                .into_iter()
                .filter(|s| matches!(s, Step::Print(_) | Step::SetExitCode(_) | Step::ExitListener(_)))
                .collect(),
        };
        Program { steps, ending }
    })
}

impl Program {
    fn source(&self) -> String {
        let mut js = String::new();
        for s in &self.steps {
            js.push_str(&match s {
                Step::Print(n) => format!("console.log('print {n}');\n"),
                Step::SetExitCode(c) => format!("process.exitCode = {c};\n"),
                Step::Tick(n) => format!("process.nextTick(() => console.log('tick {n}'));\n"),
                Step::Promise(n) => format!("Promise.resolve().then(() => console.log('promise {n}'));\n"),
                Step::Timer(n, ms) => format!("setTimeout(() => console.log('timer {n}'), {ms});\n"),
                Step::ExitListener(n) => format!("process.on('exit', (c) => console.log('exit listener {n}', c));\n"),
                Step::HandleUncaught => "process.on('uncaughtException', (e) => console.log('handled', e.message));\n".into(),
                Step::HandleRejections => "process.on('unhandledRejection', (r) => console.log('unhandled', r));\n".into(),
                Step::Throw => "throw new Error('thrown');\n".into(),
                Step::Reject(n) => format!("Promise.reject({n});\n"),
                Step::Exit(c) => format!("process.exit({c});\n"),
            });
        }
        match &self.ending {
            Ending::Natural => {}
            Ending::Spin(_) => js.push_str("console.log('marker');\nwhile (true) {}\n"),
            Ending::Idle(fault, listener) => {
                if let (HostFault::Signal(sig), Some(code)) = (fault, listener) {
                    if *sig != Signal::Kill {
                        js.push_str(&format!("process.on('{sig}', (s) => {{ console.log('got', s); process.exit({code}); }});\n"));
                    }
                }
                js.push_str("setInterval(() => {}, 1000);\nconsole.log('marker');\n");
            }
        }
        js
    }

    fn fault(&self) -> Option<&HostFault> {
        match &self.ending {
            Ending::Natural => None,
            Ending::Spin(f) | Ending::Idle(f, _) => Some(f),
        }
    }

    fn config(&self) -> InstanceConfig {
        let mut c = InstanceConfig::new(ScriptSource::new(self.source(), "/generated/program.js"));
        // Every instance ends: a timeout fault ends it soon; anything else within a bound far
        // beyond what a correct run needs.
        c.timeout = Some(match self.fault() {
            Some(HostFault::Timeout) => Duration::from_millis(300),
            _ => Duration::from_secs(20),
        });
        c
    }
}

fn run(programs: &[Program]) -> Vec<engine::Outcome> {
    let handles: Vec<_> = programs.iter().map(|p| engine::spawn(p.config()).expect("spawn an instance")).collect();
    std::thread::scope(|scope| {
        let joins: Vec<_> = handles
            .into_iter()
            .zip(programs)
            .map(|(h, p)| {
                scope.spawn(move || {
                    match p.fault() {
                        Some(HostFault::Kill) if h.wait_for_stdout("marker") => h.kill(),
                        Some(HostFault::Signal(sig)) if h.wait_for_stdout("marker") => h.signal(*sig),
                        _ => {}
                    }
                    h.join()
                })
            })
            .collect();
        joins.into_iter().map(|j| j.join().expect("the injector thread does not panic")).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn outcomes_among_others_equal_outcomes_alone(programs in proptest::collection::vec(program(), 2..6)) {
        let solo: Vec<_> = programs.iter().map(|p| run(std::slice::from_ref(p)).remove(0)).collect();
        let together = run(&programs);
        for (i, (alone, among)) in solo.iter().zip(&together).enumerate() {
            prop_assert!(!matches!(among.cause, engine::ExitCause::EngineFault { .. }), "instance {i}: engine fault {:?}", among.cause);
            let problems = judge::check_solo(alone, among);
            prop_assert!(problems.is_empty(), "instance {i} ({}): {}", programs[i].source(), problems.join("; "));
        }
    }
}
