//! The `process.env` overlay: reads fall through to the host's real environment unless this
//! instance set the name itself; writes and deletes stay local to the instance, and deleting
//! a local value reveals the host's value again. The host's environment is never written.
//! An *exclusive* overlay (a forked child given its own `env`) never shows the host's.

use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
pub(crate) struct EnvOverlay {
    local: BTreeMap<String, String>,
    /// Only the local values exist: the host's environment is not seen at all.
    exclusive: bool,
}

impl EnvOverlay {
    pub fn new(preset: BTreeMap<String, String>, exclusive: bool) -> Self {
        let mut env = EnvOverlay { local: BTreeMap::new(), exclusive };
        for (name, value) in preset {
            env.set(&name, value);
        }
        env
    }

    /// Changes the instance's own values: its overlay (or, with the shared-env mutant planted,
    /// the one overlay of the whole process).
    fn with_local<R>(&mut self, f: impl FnOnce(&mut BTreeMap<String, String>) -> R) -> R {
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::SharedEnv) {
            return f(&mut crate::mutants::shared::env());
        }
        f(&mut self.local)
    }

    /// Reads the instance's own values (see [`EnvOverlay::with_local`]).
    fn read_local<R>(&self, f: impl FnOnce(&BTreeMap<String, String>) -> R) -> R {
        #[cfg(feature = "mutants")]
        if crate::mutants::active(crate::mutants::Mutant::SharedEnv) {
            return f(&crate::mutants::shared::env());
        }
        f(&self.local)
    }

    pub fn get(&self, name: &str) -> Option<String> {
        match self.read_local(|local| local.get(name).cloned()) {
            Some(v) => Some(v),
            None if self.exclusive => None,
            None => std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()),
        }
    }

    pub fn set(&mut self, name: &str, value: String) {
        self.with_local(|local| local.insert(name.to_string(), value));
    }

    pub fn delete(&mut self, name: &str) {
        self.with_local(|local| local.remove(name));
    }

    /// Every visible name: the host's, then local ones the host does not have.
    pub fn keys(&self) -> Vec<String> {
        if self.exclusive {
            return self.read_local(|local| local.keys().cloned().collect());
        }
        let mut keys: Vec<String> = std::env::vars_os()
            .map(|(k, _)| k.to_string_lossy().into_owned())
            .collect();
        let local: Vec<String> = self.read_local(|local| local.keys().cloned().collect());
        for k in local {
            if std::env::var_os(&k).is_none() {
                keys.push(k);
            }
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_are_local_and_delete_reveals_the_host_value() {
        let host = std::env::var("PATH").expect("PATH is set in test environments");
        let mut env = EnvOverlay::default();
        assert_eq!(env.get("PATH").as_deref(), Some(host.as_str()));
        env.set("PATH", "mine".into());
        assert_eq!(env.get("PATH").as_deref(), Some("mine"));
        assert_eq!(std::env::var("PATH").as_deref(), Ok(host.as_str()));
        env.delete("PATH");
        assert_eq!(env.get("PATH").as_deref(), Some(host.as_str()));
    }

    #[test]
    fn local_only_names_are_listed_once() {
        let mut env = EnvOverlay::new([("BULKHEAD_ONLY_HERE".to_string(), "1".to_string())].into(), false);
        env.set("BULKHEAD_ONLY_HERE", "2".into());
        let n = env.keys().iter().filter(|k| *k == "BULKHEAD_ONLY_HERE").count();
        assert_eq!(n, 1);
        assert_eq!(env.get("BULKHEAD_ONLY_HERE").as_deref(), Some("2"));
    }

    #[test]
    fn an_exclusive_overlay_never_shows_the_host() {
        std::env::var("PATH").expect("PATH is set in test environments");
        let mut env = EnvOverlay::new([("ONLY".to_string(), "1".to_string())].into(), true);
        assert_eq!(env.get("PATH"), None);
        assert_eq!(env.keys(), ["ONLY"]);
        env.set("PATH", "mine".into());
        env.delete("PATH");
        assert_eq!(env.get("PATH"), None, "a delete reveals nothing");
    }
}
