//! cargo fuzz target `snapshot_file`: see `conformance::fuzzing::snapshot_file` for what it checks. The body lives
//! in the library so that `cargo test` replays the seeds in corpus/fuzz/snapshot_file/ on stable.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| conformance::fuzzing::snapshot_file(data));
