//! `require('os')`: a native builtin module (a subset of Node's), whose exports template and
//! constant strings are cached in the isolate's module statics.

use super::{ops_template, return_string, ModuleStatics, StaticHandle};

struct OsStatics {
    template: StaticHandle<v8::ObjectTemplate>,
    eol: StaticHandle<v8::String>,
    dev_null: StaticHandle<v8::String>,
}

pub(crate) fn exports<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let statics = ModuleStatics::get_or_init(scope, |scope| {
        let template = ops_template(scope, "os")?;
        let eol = v8::String::new(scope, "\n")?;
        let dev_null = v8::String::new(scope, "/dev/null")?;
        Some(OsStatics {
            template: StaticHandle::new(scope, template),
            eol: StaticHandle::new(scope, eol),
            dev_null: StaticHandle::new(scope, dev_null),
        })
    })?;
    let template = statics.template.get(scope);
    let exports = template.new_instance(scope)?;
    let eol = statics.eol.get(scope);
    let dev_null = statics.dev_null.get(scope);
    for (name, value) in [("EOL", eol), ("devNull", dev_null)] {
        let key = v8::String::new(scope, name)?;
        exports.set(scope, key.into(), value.into())?;
    }
    Some(exports)
}

pub(crate) fn op_platform(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, node_platform());
}

pub(crate) fn op_type(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "Darwin",
        "windows" => "Windows_NT",
        other => other,
    };
    return_string(scope, &mut rv, name);
}

pub(crate) fn op_arch(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, node_arch());
}

pub(crate) fn op_endianness(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, if cfg!(target_endian = "little") { "LE" } else { "BE" });
}

pub(crate) fn op_available_parallelism(
    _scope: &mut v8::PinScope,
    _args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue,
) {
    let n = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    rv.set_int32(i32::try_from(n).unwrap_or(i32::MAX));
}

pub(crate) fn op_homedir(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = crate::state::InstanceState::get(scope);
    let home = state.env.borrow().get("HOME").unwrap_or_else(|| "/".into());
    return_string(scope, &mut rv, &home);
}

pub(crate) fn op_tmpdir(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = crate::state::InstanceState::get(scope);
    let env = state.env.borrow();
    let dir = env.get("TMPDIR").or_else(|| env.get("TMP")).or_else(|| env.get("TEMP")).unwrap_or_else(|| "/tmp".into());
    drop(env);
    let trimmed = if dir.len() > 1 { dir.trim_end_matches('/') } else { dir.as_str() };
    return_string(scope, &mut rv, trimmed);
}

pub(crate) fn op_hostname(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").map(|s| s.trim().to_string()).unwrap_or_else(|_| "localhost".into());
    return_string(scope, &mut rv, &name);
}

/// `process.platform` / `os.platform()`.
pub(crate) fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// `process.arch` / `os.arch()`.
pub(crate) fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}
