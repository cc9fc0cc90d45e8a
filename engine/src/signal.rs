//! Simulated POSIX signals: the names and numbers an instance can be sent, and their
//! default-action exit codes (128 + signal number, as a shell reports a signalled process).

use std::fmt;
use std::str::FromStr;

/// A signal the host can deliver to one instance (see `InstanceHandle::signal`) or that
/// `process.kill(pid, sig)` can send from JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Signal {
    /// SIGHUP (1)
    Hup,
    /// SIGINT (2)
    Int,
    /// SIGQUIT (3)
    Quit,
    /// SIGABRT (6): what `process.abort()` raises.
    Abrt,
    /// SIGKILL (9): cannot be listened for.
    Kill,
    /// SIGUSR1 (10)
    Usr1,
    /// SIGUSR2 (12)
    Usr2,
    /// SIGTERM (15)
    Term,
}

impl Signal {
    /// Every signal the engine simulates.
    pub const ALL: [Signal; 8] = [
        Signal::Hup,
        Signal::Int,
        Signal::Quit,
        Signal::Abrt,
        Signal::Kill,
        Signal::Usr1,
        Signal::Usr2,
        Signal::Term,
    ];

    /// The Linux signal number.
    pub fn number(self) -> i32 {
        match self {
            Signal::Hup => 1,
            Signal::Int => 2,
            Signal::Quit => 3,
            Signal::Abrt => 6,
            Signal::Kill => 9,
            Signal::Usr1 => 10,
            Signal::Usr2 => 12,
            Signal::Term => 15,
        }
    }

    /// The name Node uses for the signal's event, e.g. `"SIGTERM"`.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Hup => "SIGHUP",
            Signal::Int => "SIGINT",
            Signal::Quit => "SIGQUIT",
            Signal::Abrt => "SIGABRT",
            Signal::Kill => "SIGKILL",
            Signal::Usr1 => "SIGUSR1",
            Signal::Usr2 => "SIGUSR2",
            Signal::Term => "SIGTERM",
        }
    }

    /// The exit status a shell reports for a process ended by this signal's default action.
    pub fn exit_code(self) -> i32 {
        128 + self.number()
    }

    /// The signal with this number, if the engine simulates it.
    pub fn from_number(n: i64) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| i64::from(s.number()) == n)
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A signal name or number the engine does not simulate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown signal {0:?} (expected one of SIGHUP, SIGINT, SIGQUIT, SIGABRT, SIGKILL, SIGUSR1, SIGUSR2, SIGTERM)")]
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
            .into_iter()
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
        assert!("SIGWINCH".parse::<Signal>().is_err());
        assert!("99".parse::<Signal>().is_err());
    }

    #[test]
    fn default_action_codes_are_128_plus_number() {
        assert_eq!(Signal::Int.exit_code(), 130);
        assert_eq!(Signal::Term.exit_code(), 143);
        assert_eq!(Signal::Kill.exit_code(), 137);
    }
}
