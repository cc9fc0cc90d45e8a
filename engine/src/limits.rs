//! Per-instance resource limits. The heap limit itself is set in the isolate's create
//! params; here V8's near-heap-limit callback turns "about to run out" into an ending of that
//! instance alone (cause `OutOfMemory`, exit code 134 as Node's abort on OOM), granting the
//! isolate a little more room so it can unwind instead of aborting the whole process.

use std::ffi::c_void;
use std::sync::Arc;

use crate::control::Control;
use crate::outcome::ExitCause;


const OOM_MESSAGE: &str =
    "\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";

/// Installs the near-heap-limit callback on `isolate`. `control` must outlive the isolate
/// (run_isolate holds it for the isolate's whole life).
pub(crate) fn install(isolate: &mut v8::OwnedIsolate, control: &Arc<Control>) {
    let data = Arc::as_ptr(control) as *mut c_void;
    isolate.add_near_heap_limit_callback(near_heap_limit, data);
}

extern "C" fn near_heap_limit(data: *mut c_void, current_heap_limit: usize, _initial: usize) -> usize {
    // SAFETY: `data` is the `Arc<Control>` pointer given in `install`; run_isolate keeps that
    // Arc alive until after the isolate (and so this callback) is gone.
    let control = unsafe { &*(data as *const Control) };
    if control.end(ExitCause::OutOfMemory, crate::exit_code::ExitCode::Abort.code()) {
        control.write(2, OOM_MESSAGE.as_bytes());
    }
    // Room to unwind: the termination requested by `end` stops the script; doubling the limit
    // keeps V8 from declaring a fatal, process-wide OOM meanwhile.
    current_heap_limit.saturating_mul(2)
}
