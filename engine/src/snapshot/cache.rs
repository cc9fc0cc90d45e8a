//! The base snapshot's cache on disk, so that a process starts an instance as fast as the
//! process before it: the first process to need the base snapshot builds it (tens of
//! milliseconds) and writes it here; every later one reads it (well under one). The file is an
//! ordinary snapshot file (header, versions, flags, CRC, validated field by field), named after
//! a key that changes with anything the blob depends on — the engine and V8 versions, V8's
//! flags, every module of the runtime's JavaScript, every op's name, the planted leak if any,
//! and the binary itself (its path, size and modification time: a rebuilt engine never reads
//! its predecessor's blob) — so a stale or foreign file is never read. Anything wrong (no folder, unreadable,
//! corrupt, unwritable) only means the blob is built in memory, as if there were no cache.
//!
//! Where: `$BULKHEAD_CACHE_DIR`, else `$XDG_CACHE_HOME/bulkhead`, else `~/.cache/bulkhead`;
//! `BULKHEAD_CACHE_DIR=off` turns the cache off.

use std::path::PathBuf;

use super::Snapshot;

/// The folder the cache lives in, or `None` when it is turned off or there is nowhere to put it.
fn folder() -> Option<PathBuf> {
    match std::env::var_os("BULKHEAD_CACHE_DIR") {
        Some(dir) if dir == "off" => None,
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => {
            let base = std::env::var_os("XDG_CACHE_HOME")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".cache")))?;
            Some(base.join("bulkhead"))
        }
    }
}

/// FNV-1a, 64 bits: a fixed, dependency-free hash for the cache key.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    *hash ^= 0xff;
    *hash = hash.wrapping_mul(0x0100_0000_01b3);
}

/// What a blob's meaning depends on besides V8: every module of the runtime's JavaScript (a
/// blob points at their sources by external reference, builtins.rs), every op's name (their
/// places in the same table), and the planted leak if any. Recorded in every snapshot file's
/// header, so a file from a build whose runtime differs is refused before V8 reads it.
pub(crate) fn runtime_fingerprint() -> u64 {
    static FINGERPRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let mut hash = 0xcbf2_9ce4_8422_2325;
        for (id, source, _) in crate::builtins::MODULES {
            fnv(&mut hash, id.as_bytes());
            fnv(&mut hash, source.as_bytes());
        }
        for binding in crate::bindings::all() {
            for op in &binding.ops {
                fnv(&mut hash, binding.name.as_bytes());
                fnv(&mut hash, op.name.as_bytes());
            }
        }
        fnv(&mut hash, crate::mutants::selected().map_or("", |m| m.name).as_bytes());
        hash
    })
}

/// What the base blob depends on, hashed: the versions, V8's flags, the runtime's fingerprint
/// and the binary itself.
pub(crate) fn key() -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for text in [crate::ENGINE_VERSION, v8::V8::get_version(), crate::platform::flags()] {
        fnv(&mut hash, text.as_bytes());
    }
    fnv(&mut hash, &runtime_fingerprint().to_le_bytes());
    if let Some(exe) = exe() {
        fnv(&mut hash, exe.as_os_str().as_encoded_bytes());
        if let Ok(meta) = std::fs::metadata(&exe) {
            fnv(&mut hash, &meta.len().to_le_bytes());
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
            fnv(&mut hash, &modified.as_nanos().to_le_bytes());
        }
    }
    hash
}

fn exe() -> Option<PathBuf> {
    std::env::current_exe().ok()
}

/// This binary's file: one per binary, whatever its key.
fn path() -> Option<PathBuf> {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    fnv(&mut hash, exe()?.as_os_str().as_encoded_bytes());
    Some(folder()?.join(format!("base-{hash:016x}.snap")))
}

/// The cached base blob, if there is one made for exactly this binary and runtime.
pub(crate) fn load() -> Option<Snapshot> {
    let bytes = std::fs::read(path()?).ok()?;
    let (stored_key, file) = bytes.split_first_chunk::<8>()?;
    if u64::from_le_bytes(*stored_key) != key() {
        return None;
    }
    Snapshot::from_bytes(file).ok()
}

/// Keeps `snapshot` for the processes to come; written to a temporary file and renamed, so a
/// reader never sees half a file. Failing to write changes nothing.
pub(crate) fn store(snapshot: &Snapshot) {
    let Some(path) = path() else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let temporary = dir.join(format!(".base-{}-{}.tmp", std::process::id(), std::thread::current().name().unwrap_or("t")));
    let mut bytes = key().to_le_bytes().to_vec();
    bytes.extend_from_slice(&snapshot.to_bytes());
    if std::fs::write(&temporary, bytes).is_ok() && std::fs::rename(&temporary, &path).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_stable_and_depends_on_every_part() {
        assert_eq!(key(), key());
        let (mut a, mut b) = (0xcbf2_9ce4_8422_2325u64, 0xcbf2_9ce4_8422_2325u64);
        fnv(&mut a, b"ab");
        fnv(&mut a, b"c");
        fnv(&mut b, b"a");
        fnv(&mut b, b"bc");
        assert_ne!(a, b, "parts are separated");
    }
}
