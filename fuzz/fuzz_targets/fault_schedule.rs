//! cargo fuzz target `fault_schedule`: see `conformance::fuzzing::fault_schedule` for what it checks. The body lives
//! in the library so that `cargo test` replays the seeds in corpus/fuzz/fault_schedule/ on stable.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| conformance::fuzzing::fault_schedule(data));
