//! `require('os')`: a native builtin module (a subset of Node's), whose exports template and
//! constant strings are cached in the isolate's module statics.

use super::statics::{get_or_init, return_string, StaticHandle};

/// The `os` binding's ops, in a fixed order (part of the snapshot's external references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "platform" => op_platform,
        "type" => op_type,
        "arch" => op_arch,
        "endianness" => op_endianness,
        "availableParallelism" => op_available_parallelism,
        "homedir" => op_homedir,
        "tmpdir" => op_tmpdir,
        "hostname" => op_hostname,
        "release" => op_release,
        "version" => op_version,
        "machine" => op_machine,
        "uptime" => op_uptime,
        "loadavg" => op_loadavg,
        "totalmem" => op_totalmem,
        "freemem" => op_freemem,
        "userInfo" => op_user_info,
    ]
}

struct OsStatics {
    template: StaticHandle<v8::ObjectTemplate>,
    eol: StaticHandle<v8::String>,
    dev_null: StaticHandle<v8::String>,
}

pub(crate) fn exports<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let statics = get_or_init(scope, |scope| {
        let template = super::template(scope, super::binding("os")?)?;
        let eol = v8::String::new(scope, "\n")?;
        let dev_null = v8::String::new(scope, "/dev/null")?;
        Some(OsStatics {
            template: StaticHandle::new(scope, template),
            eol: StaticHandle::new(scope, eol),
            dev_null: StaticHandle::new(scope, dev_null),
        })
    })?;
    let template = statics.template.get(scope)?;
    let exports = template.new_instance(scope)?;
    let eol = statics.eol.get(scope)?;
    let dev_null = statics.dev_null.get(scope)?;
    for (name, value) in [("EOL", eol), ("devNull", dev_null)] {
        let key = v8::String::new(scope, name)?;
        exports.set(scope, key.into(), value.into())?;
    }
    let constants = constants(scope)?;
    let key = v8::String::new(scope, "constants")?;
    exports.set(scope, key.into(), constants.into())?;
    Some(exports)
}

/// `os.constants`: the signal numbers and scheduling priorities (not errno or dlopen).
fn constants<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let number_table = |scope: &mut v8::PinScope<'s, '_>, entries: &[(&str, i32)]| -> Option<v8::Local<'s, v8::Object>> {
        let object = v8::Object::new(scope);
        let null = v8::null(scope).into();
        object.set_prototype(scope, null)?;
        for &(name, value) in entries {
            let key = v8::String::new(scope, name)?;
            let value = v8::Integer::new(scope, value);
            object.set(scope, key.into(), value.into())?;
        }
        Some(object)
    };
    let signals = number_table(scope, &crate::signal::NODE_SIGNALS)?;
    let priority = number_table(
        scope,
        &[("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0), ("PRIORITY_ABOVE_NORMAL", -7), ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20)],
    )?;
    let constants = v8::Object::new(scope);
    let null = v8::null(scope).into();
    constants.set_prototype(scope, null)?;
    for (name, value) in [("signals", signals), ("priority", priority)] {
        let key = v8::String::new(scope, name)?;
        constants.set(scope, key.into(), value.into())?;
    }
    Some(constants)
}

fn proc_text(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim().to_string())
}

pub(crate) fn op_release(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, &proc_text("/proc/sys/kernel/osrelease").unwrap_or_default());
}

pub(crate) fn op_version(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, &proc_text("/proc/sys/kernel/version").unwrap_or_default());
}

pub(crate) fn op_machine(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    return_string(scope, &mut rv, std::env::consts::ARCH);
}

pub(crate) fn op_uptime(_scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let uptime = proc_text("/proc/uptime").and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok()).unwrap_or(0.0);
    rv.set_double(uptime);
}

pub(crate) fn op_loadavg(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let text = proc_text("/proc/loadavg").unwrap_or_default();
    let loads: Vec<v8::Local<v8::Value>> = (0..3)
        .map(|i| text.split_whitespace().nth(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0))
        .map(|v| v8::Number::new(scope, v).into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &loads).into());
}

/// A /proc/meminfo field in bytes.
pub(crate) fn meminfo(field: &str) -> f64 {
    let text = proc_text("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':')?.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb * 1024.0)
}

pub(crate) fn op_totalmem(_scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    rv.set_double(meminfo("MemTotal"));
}

pub(crate) fn op_freemem(_scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    rv.set_double(meminfo("MemAvailable"));
}

/// `os.userInfo()`: the host process's user, from /etc/passwd (the instance's HOME does not
/// change it, as in Node).
pub(crate) fn op_user_info(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let creds = crate::host::credentials();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let entry: Vec<&str> = passwd
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.len() >= 7 && f[2].parse::<u32>().ok() == Some(creds.uid))
        .unwrap_or_default();
    let field = |i: usize| entry.get(i).copied().unwrap_or_default();
    let object = v8::Object::new(scope);
    let numbers = [("uid", creds.uid), ("gid", creds.gid)];
    for (name, value) in numbers {
        let (Some(key), value) = (v8::String::new(scope, name), v8::Integer::new_from_unsigned(scope, value)) else { return };
        object.set(scope, key.into(), value.into());
    }
    for (name, value) in [("username", field(0)), ("homedir", field(5)), ("shell", field(6))] {
        let (Some(key), Some(value)) = (v8::String::new(scope, name), v8::String::new(scope, value)) else { return };
        object.set(scope, key.into(), value.into());
    }
    rv.set(object.into());
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
