//! The process-wide V8 platform: initialised exactly once, from whichever thread gets there
//! first, and never torn down (instances may be spawned until the process exits).

use std::sync::Once;

static INIT: Once = Once::new();

/// Initialises V8 for this process. Safe to call any number of times from any thread; every
/// call returns after initialisation has completed.
pub fn init() {
    INIT.call_once(|| {
        // Flags must be set before V8 is initialised. Each instance's exit path relies on
        // TerminateExecution, and its heap limit on per-isolate constraints, so no global
        // flag is needed for those; --stack-size keeps V8's stack guard well inside the 4 MiB
        // stacks instance threads get, so a runaway recursion is a RangeError, never a fault.
        v8::V8::set_flags_from_string(crate::snapshot::V8_FLAGS);
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
}
