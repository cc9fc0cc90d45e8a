//! Simulated POSIX signals: the names and numbers an instance can be sent, and their
//! default-action exit codes (128 + signal number, as a shell reports a signalled process).

use std::fmt;
use std::str::FromStr;

/// What happens to an instance sent a signal it has no listener for, as to a Node process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultAction {
    /// The instance ends, `128 + signal number` (a core dump changes nothing a shell sees).
    Terminate,
    /// Nothing happens (SIGCHLD, SIGCONT, SIGURG, SIGWINCH; SIGPIPE, which Node ignores).
    Ignore,
    /// SIGUSR1: Node starts its inspector and carries on.
    StartDebugger,
}

macro_rules! signals {
    ($($variant:ident = $number:literal, $name:literal, $action:ident;)*) => {
        /// A signal the host can deliver to one instance (see `InstanceHandle::signal`) or
        /// that `process.kill(pid, sig)` can send from JavaScript: every Linux signal but the
        /// four that stop a process.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub enum Signal {
            $(
                #[doc = concat!($name, " (", stringify!($number), ")")]
                $variant,
            )*
        }

        impl Signal {
            /// Every signal the engine simulates, by number.
            pub const ALL: &'static [Signal] = &[$(Signal::$variant),*];

            /// The Linux signal number.
            pub fn number(self) -> i32 {
                match self {
                    $(Signal::$variant => $number,)*
                }
            }

            /// The name Node uses for the signal's event, e.g. `"SIGTERM"`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Signal::$variant => $name,)*
                }
            }

            /// What the signal does to an instance that does not listen for it.
            pub fn default_action(self) -> DefaultAction {
                match self {
                    $(Signal::$variant => DefaultAction::$action,)*
                }
            }
        }
    };
}

signals! {
    Hup = 1, "SIGHUP", Terminate;
    Int = 2, "SIGINT", Terminate;
    Quit = 3, "SIGQUIT", Terminate;
    Ill = 4, "SIGILL", Terminate;
    Trap = 5, "SIGTRAP", Terminate;
    Abrt = 6, "SIGABRT", Terminate;
    Bus = 7, "SIGBUS", Terminate;
    Fpe = 8, "SIGFPE", Terminate;
    Kill = 9, "SIGKILL", Terminate;
    Usr1 = 10, "SIGUSR1", StartDebugger;
    Segv = 11, "SIGSEGV", Terminate;
    Usr2 = 12, "SIGUSR2", Terminate;
    Pipe = 13, "SIGPIPE", Ignore;
    Alrm = 14, "SIGALRM", Terminate;
    Term = 15, "SIGTERM", Terminate;
    Stkflt = 16, "SIGSTKFLT", Terminate;
    Chld = 17, "SIGCHLD", Ignore;
    Cont = 18, "SIGCONT", Ignore;
    Urg = 23, "SIGURG", Ignore;
    Xcpu = 24, "SIGXCPU", Terminate;
    Xfsz = 25, "SIGXFSZ", Terminate;
    Vtalrm = 26, "SIGVTALRM", Terminate;
    Prof = 27, "SIGPROF", Terminate;
    Winch = 28, "SIGWINCH", Ignore;
    Io = 29, "SIGIO", Terminate;
    Pwr = 30, "SIGPWR", Terminate;
    Sys = 31, "SIGSYS", Terminate;
}

/// `os.constants.signals` in Node's own order (not quite by number), with the aliases
/// (SIGIOT, SIGPOLL) and the four stop signals the engine does not simulate: the one table
/// the `os` module, `process.kill` and `process.on` all read (the latter two through the
/// `constants` binding).
pub const NODE_SIGNALS: [(&str, i32); 33] = [
    ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
    ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
    ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGSTKFLT", 16), ("SIGCONT", 18), ("SIGSTOP", 19),
    ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
    ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31),
];

impl Signal {
    /// The exit status a shell reports for a process ended by this signal's default action.
    pub fn exit_code(self) -> i32 {
        128 + self.number()
    }

    /// The signal with this number, if the engine simulates it.
    pub fn from_number(n: i64) -> Option<Signal> {
        Signal::ALL.iter().copied().find(|s| i64::from(s.number()) == n)
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A signal name or number the engine does not simulate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown signal {0:?} (expected a name such as SIGTERM or TERM, or a number 1-31 other than 19-22, the signals that stop a process)")]
pub struct UnknownSignal(pub String);

impl FromStr for Signal {
    type Err = UnknownSignal;

    /// Accepts `SIGTERM`, `TERM`, `sigterm` or a number such as `15`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim();
        if let Ok(n) = trimmed.parse::<i64>() {
            return Signal::from_number(n).ok_or_else(|| UnknownSignal(s.to_string()));
        }
        let upper = trimmed.to_ascii_uppercase();
        let name = upper.strip_prefix("SIG").unwrap_or(&upper);
        Signal::ALL
            .iter()
            .copied()
            .find(|sig| &sig.name()[3..] == name)
            .ok_or_else(|| UnknownSignal(s.to_string()))
    }
}

impl TryFrom<String> for Signal {
    type Error = UnknownSignal;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Signal> for String {
    fn from(s: Signal) -> String {
        s.name().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_and_numbers() {
        assert_eq!("SIGTERM".parse::<Signal>(), Ok(Signal::Term));
        assert_eq!("term".parse::<Signal>(), Ok(Signal::Term));
        assert_eq!("2".parse::<Signal>(), Ok(Signal::Int));
        assert_eq!("SIGWINCH".parse::<Signal>(), Ok(Signal::Winch));
        assert!("SIGSTOP".parse::<Signal>().is_err());
        assert!("19".parse::<Signal>().is_err());
        assert!("99".parse::<Signal>().is_err());
    }

    #[test]
    fn default_action_codes_are_128_plus_number() {
        assert_eq!(Signal::Int.exit_code(), 130);
        assert_eq!(Signal::Term.exit_code(), 143);
        assert_eq!(Signal::Kill.exit_code(), 137);
    }

    #[test]
    fn numbers_and_names_agree_both_ways() {
        for &signal in Signal::ALL {
            assert_eq!(Signal::from_number(i64::from(signal.number())), Some(signal));
            assert_eq!(signal.name().parse::<Signal>(), Ok(signal));
            // The listening bitmask has one bit per signal number.
            assert!((1..32).contains(&signal.number()));
        }
    }

    #[test]
    fn nodes_table_names_every_engine_signal_with_its_number() {
        for &signal in Signal::ALL {
            assert!(NODE_SIGNALS.contains(&(signal.name(), signal.number())), "{signal}");
        }
        for (name, number) in NODE_SIGNALS {
            if let Ok(signal) = name.parse::<Signal>() {
                assert_eq!(signal.number(), number, "{name}");
            }
        }
    }

    #[test]
    fn node_ignores_sigpipe_and_the_signals_whose_default_is_to_ignore() {
        for signal in [Signal::Pipe, Signal::Chld, Signal::Cont, Signal::Urg, Signal::Winch] {
            assert_eq!(signal.default_action(), DefaultAction::Ignore, "{signal}");
        }
        assert_eq!(Signal::Usr1.default_action(), DefaultAction::StartDebugger);
        assert_eq!(Signal::Alrm.default_action(), DefaultAction::Terminate);
    }
}
