//! Startup snapshots: building one from a warm-up script, the versioned file that carries
//! it, and the checks that keep a bad file away from V8.
//!
//! Building and running are kept apart: [`build`] (build.rs) owns its own runtime, a snapshot
//! creator, and never becomes an instance. A [`Snapshot`] is a validated file; an
//! instance restored from it (`InstanceConfig::snapshot`) starts from the warm-up's heap and
//! re-creates everything per-isolate (its state, its module statics, its pid and argv).
//!
//! File layout (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `BULKSNAP` |
//! | 4 | format version (3: the runtime's module sources referenced, not copied) |
//! | 2 + n | engine version (length, UTF-8) |
//! | 2 + n | V8 version (length, UTF-8) |
//! | 2 + n | V8 flags the blob was built under (length, UTF-8) |
//! | 8 | the runtime's fingerprint (its modules' sources, its ops and the planted leak, cache.rs) |
//! | 8 | payload length |
//! | 4 | CRC-32 of the payload |
//! | … | payload: V8's startup blob |

use std::path::{Path, PathBuf};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"BULKSNAP";
/// The file format this engine writes and reads.
///
/// 2: the runtime as modules, built on the base snapshot. 3: a blob refers to the runtime's
/// module sources (by external reference) instead of holding copies, so it is only valid with
/// the very same runtime, whose fingerprint the header now records.
pub const FORMAT_VERSION: u32 = 3;

/// What is wrong with a snapshot, or with building one.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file ends before its header or payload does.
    #[error("truncated snapshot: {what} needs {needed} bytes at offset {offset}, the file has {len}")]
    Truncated {
        /// The field being read.
        what: &'static str,
        /// Bytes it needs.
        needed: usize,
        /// Where it starts.
        offset: usize,
        /// The file's length.
        len: usize,
    },
    /// Not a bulkhead snapshot at all.
    #[error("not a bulkhead snapshot (bad magic)")]
    BadMagic,
    /// A format this engine does not read.
    #[error("snapshot format version {found}, this engine reads version {supported}")]
    FormatVersion {
        /// In the file.
        found: u32,
        /// What this engine reads.
        supported: u32,
    },
    /// A header text field that is not UTF-8.
    #[error("snapshot header field {0} is not UTF-8")]
    BadText(&'static str),
    /// Built by another version of the engine.
    #[error("snapshot built by engine {found}, this is engine {expected}")]
    EngineVersion {
        /// In the file.
        found: String,
        /// This engine.
        expected: String,
    },
    /// Built for another V8.
    #[error("snapshot built for V8 {found}, this engine links V8 {expected}")]
    V8Version {
        /// In the file.
        found: String,
        /// The linked V8.
        expected: String,
    },
    /// Built under V8 flags that change the blob's meaning.
    #[error("snapshot built with V8 flags {found:?}, this engine runs with {expected:?}")]
    Flags {
        /// In the file.
        found: String,
        /// This engine's.
        expected: String,
    },
    /// Built by an engine whose runtime (its JavaScript modules or native ops) differs, or
    /// under another planted leak.
    #[error("snapshot built by a different runtime (fingerprint {found:016x}, this engine's is {expected:016x}): its JavaScript modules, native ops or planted leak (BULKHEAD_MUTANT) differ; build the snapshot again with this bulkhead, under the same planted leak")]
    Runtime {
        /// In the file.
        found: u64,
        /// This engine's.
        expected: u64,
    },
    /// Bytes after the payload.
    #[error("snapshot has {0} bytes after its payload")]
    TrailingBytes(usize),
    /// The payload is not what was written.
    #[error("snapshot checksum mismatch: header says {expected:08x}, payload hashes to {found:08x}")]
    Checksum {
        /// In the header.
        expected: u32,
        /// Of the payload.
        found: u32,
    },
    /// The warm-up script did not leave a state that can be snapshotted.
    #[error("warm-up {file}: {message}")]
    WarmUp {
        /// The warm-up script.
        file: String,
        /// What went wrong.
        message: String,
    },
}

/// A validated snapshot: V8's startup blob and the header it came with.
#[derive(Clone, Debug)]
pub struct Snapshot {
    blob: Arc<[u8]>,
    /// CRC-32 of `blob`, computed once when the snapshot is built or loaded.
    crc: u32,
}

impl Snapshot {
    fn from_blob(blob: &[u8]) -> Snapshot {
        Snapshot { crc: crc32fast::hash(blob), blob: blob.into() }
    }

    /// The V8 startup blob.
    pub fn blob(&self) -> &[u8] {
        &self.blob
    }

    /// The V8 startup blob, shared: what an isolate restored from it keeps alive.
    pub(crate) fn shared_blob(&self) -> Arc<[u8]> {
        self.blob.clone()
    }

    /// The blob phase its isolates belong to (see phase.rs).
    pub(crate) fn phase(&self) -> crate::phase::Blob {
        crate::phase::Blob::Snapshot(self.crc, self.blob.len())
    }

    /// The file bytes: header then blob.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.blob.len() + 128);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        for text in [crate::ENGINE_VERSION, v8::V8::get_version(), crate::platform::flags()] {
            out.extend_from_slice(&(text.len() as u16).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&cache::runtime_fingerprint().to_le_bytes());
        out.extend_from_slice(&(self.blob.len() as u64).to_le_bytes());
        out.extend_from_slice(&self.crc.to_le_bytes());
        out.extend_from_slice(&self.blob);
        out
    }

    /// Checks every header field and the checksum; only then is the payload accepted.
    pub fn from_bytes(bytes: &[u8]) -> Result<Snapshot, SnapshotError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len(), "magic")? != MAGIC {
            return Err(SnapshotError::BadMagic);
        }
        let found = u32::from_le_bytes(r.array("format version")?);
        if found != FORMAT_VERSION {
            return Err(SnapshotError::FormatVersion { found, supported: FORMAT_VERSION });
        }
        let engine = r.text("engine version")?;
        let v8_version = r.text("V8 version")?;
        let flags = r.text("V8 flags")?;
        if engine != crate::ENGINE_VERSION {
            return Err(SnapshotError::EngineVersion { found: engine.into(), expected: crate::ENGINE_VERSION.into() });
        }
        crate::platform::init();
        if v8_version != v8::V8::get_version() {
            return Err(SnapshotError::V8Version { found: v8_version.into(), expected: v8::V8::get_version().into() });
        }
        if flags != crate::platform::flags() {
            return Err(SnapshotError::Flags { found: flags.into(), expected: crate::platform::flags().into() });
        }
        let runtime = u64::from_le_bytes(r.array("runtime fingerprint")?);
        if runtime != cache::runtime_fingerprint() {
            return Err(SnapshotError::Runtime { found: runtime, expected: cache::runtime_fingerprint() });
        }
        let length = u64::from_le_bytes(r.array("payload length")?);
        let expected = u32::from_le_bytes(r.array("checksum")?);
        let length = usize::try_from(length).map_err(|_| SnapshotError::Truncated {
            what: "payload",
            needed: usize::MAX,
            offset: r.at,
            len: bytes.len(),
        })?;
        let payload = r.take(length, "payload")?;
        if r.at != bytes.len() {
            return Err(SnapshotError::TrailingBytes(bytes.len() - r.at));
        }
        let found = crc32fast::hash(payload);
        if found != expected {
            return Err(SnapshotError::Checksum { expected, found });
        }
        Ok(Snapshot { blob: payload.into(), crc: found })
    }

    /// Reads and validates a snapshot file.
    pub fn load(path: &Path) -> Result<Snapshot, SnapshotError> {
        let bytes = std::fs::read(path).map_err(|source| SnapshotError::Io { path: path.into(), source })?;
        Snapshot::from_bytes(&bytes)
    }

    /// Writes the snapshot file.
    pub fn save(&self, path: &Path) -> Result<(), SnapshotError> {
        std::fs::write(path, self.to_bytes()).map_err(|source| SnapshotError::Io { path: path.into(), source })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], SnapshotError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(SnapshotError::Truncated {
            what,
            needed: n,
            offset: self.at,
            len: self.bytes.len(),
        })?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], SnapshotError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    fn text(&mut self, what: &'static str) -> Result<&'a str, SnapshotError> {
        let n = u16::from_le_bytes(self.array(what)?) as usize;
        std::str::from_utf8(self.take(n, what)?).map_err(|_| SnapshotError::BadText(what))
    }
}

mod build;
mod cache;

pub use build::{build, BuildLog};
pub(crate) use build::base;

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        Snapshot::from_blob(&[1, 2, 3, 4, 5]).to_bytes()
    }

    #[test]
    fn round_trips_its_own_bytes() {
        let bytes = sample();
        assert_eq!(Snapshot::from_bytes(&bytes).expect("valid").blob(), &[1, 2, 3, 4, 5]);
    }

    #[test]
    fn every_truncation_is_a_typed_error() {
        let bytes = sample();
        for n in 0..bytes.len() {
            let e = Snapshot::from_bytes(&bytes[..n]).expect_err("truncated");
            assert!(matches!(e, SnapshotError::Truncated { .. } | SnapshotError::BadMagic), "{n}: {e}");
        }
    }

    #[test]
    fn names_what_is_wrong() {
        let good = sample();
        let mut bad = good.clone();
        bad[0] = b'X';
        assert!(matches!(Snapshot::from_bytes(&bad), Err(SnapshotError::BadMagic)));
        let mut bad = good.clone();
        bad[8] = 9;
        assert!(matches!(Snapshot::from_bytes(&bad), Err(SnapshotError::FormatVersion { found: 9, .. })));
        let mut bad = good.clone();
        let last = bad.len() - 1;
        bad[last] ^= 0xff;
        assert!(matches!(Snapshot::from_bytes(&bad), Err(SnapshotError::Checksum { .. })));
        let mut bad = good.clone();
        bad.push(0);
        assert!(matches!(Snapshot::from_bytes(&bad), Err(SnapshotError::TrailingBytes(1))));
        // another V8: rewrite the V8 version field with a same-length string
        let v8v = v8::V8::get_version();
        let pos = good.windows(v8v.len()).position(|w| w == v8v.as_bytes()).expect("version in header");
        let mut bad = good.clone();
        bad[pos] = if bad[pos] == b'9' { b'8' } else { b'9' };
        assert!(matches!(Snapshot::from_bytes(&bad), Err(SnapshotError::V8Version { .. })), "{:?}", Snapshot::from_bytes(&bad));
        // another runtime: the fingerprint, the 8 bytes before the payload's length and CRC
        let fingerprint = good.len() - 5 - 4 - 8 - 8;
        assert_eq!(good[fingerprint..fingerprint + 8], cache::runtime_fingerprint().to_le_bytes());
        let mut bad = good.clone();
        bad[fingerprint] ^= 1;
        let e = Snapshot::from_bytes(&bad).expect_err("another runtime");
        assert!(matches!(e, SnapshotError::Runtime { .. }), "{e}");
        assert!(e.to_string().contains("different runtime"), "{e}");
    }
}
