//! cargo fuzz target `script`: see `conformance::fuzzing::script` for what it checks. The body lives
//! in the library so that `cargo test` replays the seeds in corpus/fuzz/script/ on stable.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| conformance::fuzzing::script(data));
