//! Exit codes, defined once: Node's own (`ExitCode` in Node's src/node_exit_code.h) and the
//! engine's, for Rust and, through the `exitCodes` binding, for the runtime's JavaScript.
//! A signal's exit code is 128 + its number ([`crate::Signal::exit_code`]).

/// The exit statuses the engine gives an instance, with Node's names where Node has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum ExitCode {
    /// Ended normally.
    NoFailure = 0,
    /// An uncaught exception, an unhandled rejection, or a script that does not compile.
    GenericUserError = 1,
    /// `process._fatalException` is not a function (someone replaced it).
    InvalidFatalExceptionMonkeyPatching = 6,
    /// The uncaught-exception handler itself threw.
    ExceptionInFatalExceptionHandler = 7,
    /// A top-level await that never settled.
    UnsettledTopLevelAwait = 13,
    /// The engine failed while running the instance (BSD's `EX_SOFTWARE`; not Node's).
    EngineFault = 70,
    /// `process.abort()`, and a heap that ran out (Node aborts: 128 + SIGABRT).
    Abort = 134,
    /// The host's kill, a timeout or a CPU limit (128 + SIGKILL, as a killed process).
    Killed = 137,
}

impl ExitCode {
    /// Every exit code, with the name the runtime's JavaScript knows it by.
    pub const ALL: [(ExitCode, &'static str); 8] = [
        (ExitCode::NoFailure, "kNoFailure"),
        (ExitCode::GenericUserError, "kGenericUserError"),
        (ExitCode::InvalidFatalExceptionMonkeyPatching, "kInvalidFatalExceptionMonkeyPatching"),
        (ExitCode::ExceptionInFatalExceptionHandler, "kExceptionInFatalExceptionHandler"),
        (ExitCode::UnsettledTopLevelAwait, "kUnsettledTopLevelAwait"),
        (ExitCode::EngineFault, "kEngineFault"),
        (ExitCode::Abort, "kAbort"),
        (ExitCode::Killed, "kKilled"),
    ];

    /// The status as a number.
    pub const fn code(self) -> i32 {
        self as i32
    }
}

impl From<ExitCode> for i32 {
    fn from(code: ExitCode) -> i32 {
        code.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once_under_a_node_style_name() {
        let mut seen = std::collections::HashSet::new();
        for (code, name) in ExitCode::ALL {
            assert!(seen.insert(code.code()), "{name} repeats {}", code.code());
            assert!(name.starts_with('k'), "{name}");
        }
        assert_eq!(ExitCode::Killed.code(), 128 + crate::Signal::Kill.number());
        assert_eq!(ExitCode::Abort.code(), crate::Signal::Abrt.exit_code());
    }
}
