//! Every fuzz seed and every saved crash input in corpus/fuzz/<target>/ replayed through the
//! target's body (`conformance::fuzzing`) on the stable toolchain, so the targets cannot rot and a
//! fixed crash stays fixed. One test per target; a failure names the input file.

use std::path::PathBuf;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus/fuzz").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no seeds", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if let Err(panic) = std::panic::catch_unwind(|| body(&data)) {
            let message = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
            panic!("{}: {}", file.display(), message.unwrap_or_default());
        }
    }
}

#[test]
fn fault_schedule_seeds() {
    replay("fault_schedule", conformance::fuzzing::fault_schedule);
}

#[test]
fn script_seeds() {
    replay("script", conformance::fuzzing::script);
}

#[test]
fn snapshot_file_seeds() {
    replay("snapshot_file", conformance::fuzzing::snapshot_file);
}
