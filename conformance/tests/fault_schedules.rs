//! Property: random fault schedules over several instances — exit codes, throws, rejections,
//! exit listeners, forked children and messages to them, signals (with and without listeners),
//! kills, timeouts and CPU limits — never make an
//! instance end differently than it does alone, never panic the host, and every instance ends
//! (each is bounded by a timeout, so a hang shows as a difference). The programs and the check
//! are `conformance::schedule`'s, shared with the `fault_schedule` fuzz target.
//!
//! Failures shrink to a minimal schedule and are kept in
//! `proptest-regressions/fault_schedules.txt` beside this file.

use conformance::schedule::{self, Ending, HostFault, Program, SignalChoice, Step};
use proptest::prelude::*;

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
        1 => (0u8..100).prop_map(Step::Fork),
        1 => (0u8..100).prop_map(Step::Send),
    ]
}

fn signal() -> impl Strategy<Value = SignalChoice> {
    prop_oneof![
        Just(SignalChoice::Term),
        Just(SignalChoice::Int),
        Just(SignalChoice::Hup),
        Just(SignalChoice::Usr2),
        Just(SignalChoice::Kill)
    ]
}

fn host_fault() -> impl Strategy<Value = HostFault> {
    prop_oneof![Just(HostFault::Kill), signal().prop_map(HostFault::Signal), Just(HostFault::Timeout), Just(HostFault::CpuLimit)]
}

fn program() -> impl Strategy<Value = Program> {
    let ending = prop_oneof![
        2 => Just(Ending::Natural),
        1 => host_fault().prop_map(Ending::Spin),
        1 => (host_fault(), proptest::option::of(any::<u8>())).prop_map(|(f, l)| Ending::Idle(f, l)),
    ];
    (proptest::collection::vec(step(), 0..6), ending).prop_map(|(steps, ending)| Program { steps, ending }.normalized(6))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn outcomes_among_others_equal_outcomes_alone(programs in proptest::collection::vec(program(), 2..6)) {
        let problems = schedule::check(&programs);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// The fork steps do what the property relies on: the child echoes, disconnects after the
/// messages its parent sends, and ends with 0; the parent prints what came back at its exit.
#[test]
fn fork_steps_round_trip() {
    let program = Program { steps: vec![Step::Fork(3), Step::Send(5), Step::Print(1), Step::Fork(7)], ending: Ending::Natural };
    let outcome = schedule::run(std::slice::from_ref(&program)).remove(0);
    assert_eq!(outcome.stdout, "print 1\nfork 3: 6, 10, exit 0 null\nfork 7: 14, exit 0 null\n", "{outcome:?}");
    assert_eq!(outcome.exit_code, 0);
    let children: Vec<_> = outcome.children.iter().map(|c| (c.exit_code, c.cause.clone())).collect();
    assert_eq!(children, vec![(0, engine::ExitCause::Drained); 2]);
}

/// A parent killed mid-exchange ends alone: its child sees 'disconnect' and ends with 0.
#[test]
fn killed_parent_leaves_child_ending_by_itself() {
    let program = Program { steps: vec![Step::Fork(1), Step::Send(2)], ending: Ending::Spin(HostFault::Kill) }.normalized(6);
    let outcome = schedule::run(std::slice::from_ref(&program)).remove(0);
    assert_eq!((outcome.exit_code, outcome.stdout.as_str()), (137, "marker\n"), "{outcome:?}");
    let children: Vec<_> = outcome.children.iter().map(|c| (c.exit_code, c.cause.clone())).collect();
    assert_eq!(children, vec![(0, engine::ExitCause::Drained)]);
}
