//! The module loader's one door to the file system (`internalBinding('fs')`): whether a path
//! is a file or a folder, its real path, a file's text, and a CommonJS module's source
//! compiled into its wrapper function; and `process.chdir`'s check of the folder it enters.
//! Read-only, and only what `require` and `chdir` need: there is no `fs` module. Paths reach
//! the host as given; what the host's file system holds is shared by every instance, but
//! nothing here writes to it or caches it across instances.

use super::statics::string_arg;

/// The `fs` binding's ops, in a fixed order (part of the snapshot's external references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "internalModuleStat" => op_internal_module_stat,
        "realpath" => op_realpath,
        "readFileUtf8" => op_read_file_utf8,
        "compileFunction" => op_compile_function,
        "chdir" => op_chdir,
    ]
}

/// `internalModuleStat(path)`: 0 for a file, 1 for a folder, -2 (ENOENT) for anything else,
/// as Node's binding of the same name.
fn op_internal_module_stat(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let kind = match string_arg(scope, &args, 0, "path").map(std::fs::metadata) {
        Some(Ok(meta)) if meta.is_dir() => 1,
        Some(Ok(_)) => 0,
        _ => -2,
    };
    rv.set_int32(kind);
}

/// `realpath(path)`: the path with every symbolic link resolved, or undefined.
fn op_realpath(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(path) = string_arg(scope, &args, 0, "path") else { return };
    if let Ok(real) = std::fs::canonicalize(&path) {
        if let Some(text) = v8::String::new(scope, &real.to_string_lossy()) {
            rv.set(text.into());
        }
    }
}

/// `readFileUtf8(path)`: the file's text, decoded as Node decodes a module (invalid UTF-8
/// becomes U+FFFD), or undefined when it cannot be read.
fn op_read_file_utf8(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(path) = string_arg(scope, &args, 0, "path") else { return };
    let Ok(bytes) = std::fs::read(&path) else { return };
    if let Some(text) = v8::String::new(scope, &String::from_utf8_lossy(&bytes)) {
        rv.set(text.into());
    }
}

/// `compileFunction(source, filename)`: the source as the body of a CommonJS wrapper
/// `(exports, require, module, __filename, __dirname)`, its stack frames named `filename`.
/// A source that does not compile throws its SyntaxError to the caller.
fn op_compile_function(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    if !args.get(0).is_string() || !args.get(1).is_string() {
        return;
    }
    v8::tc_scope!(let tc, scope);
    let (Some(source), Some(name)) = (args.get(0).to_string(tc), args.get(1).to_string(tc)) else { return };
    match crate::js::compile_commonjs(tc, source, name) {
        Some(f) => rv.set(f.into()),
        None => {
            if let (Some(exception), Some(message)) = (tc.exception(), tc.message()) {
                crate::report::decorate(tc, exception, message);
            }
            tc.rethrow();
        }
    }
}

/// `chdir(directory)`: makes `directory` (relative to the instance's working directory) the
/// instance's working directory, as its real path (what getcwd would then give), and returns
/// it; or returns the negative errno chdir(2) would fail with. The process's own working
/// directory never changes: it is every instance's.
fn op_chdir(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(directory) = string_arg(scope, &args, 0, "directory") else { return };
    let state = crate::state::InstanceState::get(scope);
    match enterable(&directory, &state.cwd()) {
        Ok(real) => {
            if let Some(text) = v8::String::new(scope, &real) {
                rv.set(text.into());
            }
            *state.cwd.borrow_mut() = Some(real);
        }
        Err(errno) => rv.set_int32(-errno),
    }
}

/// The real path of `directory` (relative to `cwd`) when it is a folder the process may
/// enter, else chdir(2)'s errno. An empty path names nothing.
fn enterable(directory: &str, cwd: &str) -> Result<String, i32> {
    let errno = |e: std::io::Error| e.raw_os_error().unwrap_or(libc::ENOENT);
    if directory.is_empty() {
        return Err(libc::ENOENT);
    }
    // Joined, not normalised: `link/..` is the parent of the link's target, as for the kernel.
    let path: &str = &if directory.starts_with('/') { directory.to_string() } else { format!("{cwd}/{directory}") };
    if !std::fs::metadata(path).map_err(errno)?.is_dir() {
        return Err(libc::ENOTDIR);
    }
    let c_path = std::ffi::CString::new(path).map_err(|_| libc::ENOENT)?;
    // SAFETY: `c_path` is a valid NUL-terminated string for the whole call; access only reads.
    if unsafe { libc::access(c_path.as_ptr(), libc::X_OK) } != 0 {
        return Err(errno(std::io::Error::last_os_error()));
    }
    std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned()).map_err(errno)
}
