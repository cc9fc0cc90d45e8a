//! The ops of `child_process.fork` and of its channel (`internalBinding('child_process')`):
//! start a child instance, send it (or the parent) a message, close the channel, signal a
//! child. Children are addressed by id, and only this instance's own children (or its own
//! parent, as id 0) can be reached: another instance of the process stays out of sight.

use std::collections::BTreeMap;

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

use super::{throw_error, ErrorKind};
use crate::ipc::{IpcEvent, Payload, Stdio};
use crate::signal::Signal;
use crate::state::InstanceState;

/// The `child_process` binding's ops, in a fixed order (part of the snapshot's external
/// references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "fork" => op_fork,
        "send" => op_send,
        "sendValue" => op_send_value,
        "disconnect" => op_disconnect,
        "kill" => op_kill,
        "writeStdin" => op_write_stdin,
    ]
}

fn string_at(scope: &mut v8::PinScope, v: v8::Local<v8::Value>) -> Option<String> {
    v.is_string().then(|| v.to_rust_string_lossy(scope))
}

/// The strings of a JavaScript array (the runtime has validated its elements).
fn strings(scope: &mut v8::PinScope, v: v8::Local<v8::Value>) -> Vec<String> {
    let Ok(array) = v8::Local::<v8::Array>::try_from(v) else { return Vec::new() };
    let mut out = Vec::new();
    for i in 0..array.length() {
        if let Some(s) = array.get_index(scope, i).and_then(|v| string_at(scope, v)) {
            out.push(s);
        }
    }
    out
}

/// `fork(path, args, env | null, pipe, cwd | undefined, advanced, stdinPipe)`: the child's
/// id, or an exception when no thread can be had. `pipe` sends its output to the parent as
/// data, `stdinPipe` gives it a stdin the parent writes. `env` is an array of alternating
/// names and values, the child's whole environment; the child starts in `cwd`, else in its
/// parent's working directory.
fn op_fork(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    if state.building_snapshot {
        // A child cannot ride in a snapshot, and its blob would not be the builder's.
        throw_error(scope, ErrorKind::Error, "child_process.fork() is not available while a startup snapshot is built", None);
        return;
    }
    let Some(path) = string_at(scope, args.get(0)) else { return };
    let argv = strings(scope, args.get(1));
    let env_arg = args.get(2);
    let env = if env_arg.is_array() {
        let flat = strings(scope, env_arg);
        Some(flat.chunks_exact(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect::<BTreeMap<_, _>>())
    } else {
        None
    };
    let stdio = if args.get(3).is_true() { Stdio::Pipe } else { Stdio::Inherit };
    let script = match crate::ScriptSource::from_file(&path) {
        Ok(script) => script,
        // As node does for a missing main: the child starts, fails to load it, exits 1.
        Err(_) => crate::ScriptSource::new(missing_main(&path), &path),
    };
    let defaults = &state.fork_defaults;
    let cwd = string_at(scope, args.get(4)).unwrap_or_else(|| state.cwd());
    let config = crate::InstanceConfig {
        cwd: Some(cwd.into()),
        script: Some(script),
        args: argv,
        env_only: env.is_some(),
        env: env.unwrap_or_else(|| visible_env(&state)),
        cpu_limit: defaults.cpu_limit,
        heap_limit: defaults.heap_limit,
        snapshot: defaults.snapshot.clone(),
        ..Default::default()
    };
    let advanced = args.get(5).is_true();
    // As a process table has room for so many processes: past it, fork fails (EAGAIN), so
    // that a fork bomb ends as errors in its own instances, never as a host out of memory.
    let Some(slot) = crate::ipc::ForkSlot::take() else {
        throw_error(scope, ErrorKind::Error, "spawn EAGAIN", Some("EAGAIN"));
        return;
    };
    let stdin_piped = args.get(6).is_true();
    match crate::instance::spawn_child(config, &state.control, stdio, advanced, stdin_piped, slot) {
        Ok(id) => rv.set_double(id as f64),
        Err(e) => throw_error(scope, ErrorKind::Error, &e.to_string(), None),
    }
}

/// The parent's environment as its script sees it: what a child inherits by default.
fn visible_env(state: &InstanceState) -> BTreeMap<String, String> {
    let env = state.env.borrow();
    env.keys().into_iter().filter_map(|k| env.get(&k).map(|v| (k, v))).collect()
}

/// A main script that fails as node's loader does for a file that is not there.
fn missing_main(path: &str) -> String {
    let quoted = serde_json::to_string(&format!("Cannot find module '{path}'")).unwrap_or_else(|_| "\"Cannot find module\"".into());
    format!("const e = new Error({quoted}); e.code = 'MODULE_NOT_FOUND'; e.requireStack = []; throw e;\n")
}

/// The other end of a channel: a child of this instance by id, or (0) its parent.
fn peer(state: &InstanceState, id: f64) -> Option<std::sync::Arc<crate::control::Control>> {
    if id == 0.0 {
        state.control.parent_link().map(|link| link.parent.clone())
    } else {
        state.control.children().find(id as u64)
    }
}

/// `send(id, json)`: false when the other end has ended.
fn op_send(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let id = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    let Some(json) = string_at(scope, args.get(1)) else { return };
    rv.set_bool(post(&state, id, Payload::Json(json)));
}

/// `sendValue(id, value)`: the value through V8's serializer ('advanced' serialization);
/// false when the other end has ended; throws V8's "could not be cloned" Error for what the
/// serializer refuses (a function, a symbol inside an object …).
fn op_send_value(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let id = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    let context = scope.get_current_context();
    let serializer = v8::ValueSerializer::new(scope, Box::new(Cloner));
    serializer.write_header();
    // A refusal has thrown already (Cloner::throw_data_clone_error).
    if serializer.write_value(context, args.get(1)) != Some(true) {
        return;
    }
    rv.set_bool(post(&state, id, Payload::Advanced(serializer.release())));
}

fn post(state: &InstanceState, id: f64, payload: Payload) -> bool {
    match peer(state, id).filter(|p| !p.is_ended()) {
        Some(peer) => {
            peer.post_ipc(IpcEvent::Message { from: state.control.id, payload });
            true
        }
        None => false,
    }
}

/// V8's serializer and deserializer with no host objects: what they refuse is an Error with
/// V8's own message, as Node's child_process serializer gives it.
struct Cloner;

impl v8::ValueSerializerImpl for Cloner {
    fn throw_data_clone_error<'s>(&self, scope: &mut v8::PinScope<'s, '_>, message: v8::Local<'s, v8::String>) {
        let error = v8::Exception::error(scope, message);
        scope.throw_exception(error);
    }
}

impl v8::ValueDeserializerImpl for Cloner {}

/// Reads an 'advanced' message in the receiving isolate; `None` (nothing delivered) when the
/// bytes do not read as a value.
pub(crate) fn read_value<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: &[u8]) -> Option<v8::Local<'s, v8::Value>> {
    let context = scope.get_current_context();
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(Cloner), bytes);
    deserializer.read_header(context)?;
    deserializer.read_value(context)
}

/// `disconnect(id)`: tells the other end the channel closed.
fn op_disconnect(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let id = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    if let Some(peer) = peer(&state, id) {
        peer.post_ipc(IpcEvent::Disconnect { from: state.control.id });
    }
}

/// `writeStdin(id, bytes | null)`: what the parent writes to a piped child's stdin, or its
/// end (null); false when the child has ended, is not this instance's piped child, or the
/// chunk is not bytes (the runtime has made a Buffer of a string).
fn op_write_stdin(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let id = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    let Some(child) = state.control.children().find(id as u64) else {
        rv.set_bool(false);
        return;
    };
    let piped = child.parent_link().is_some_and(|link| link.stdin_piped);
    let chunk = args.get(1);
    let bytes = if chunk.is_null_or_undefined() {
        None
    } else if let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(chunk) {
        let mut bytes = vec![0; view.byte_length()];
        view.copy_contents(&mut bytes);
        Some(bytes)
    } else {
        rv.set_bool(false);
        return;
    };
    if !piped || child.is_ended() {
        rv.set_bool(false);
        return;
    }
    #[cfg(feature = "mutants")]
    if crate::mutants::active(crate::mutants::Mutant::MisroutedChildInput) {
        let other_piped = |c: &crate::control::Control| {
            c.id != child.id && !c.is_ended() && c.parent_link().is_some_and(|link| link.stdin_piped)
        };
        if let Some(other) = crate::control::STARTED.newest(other_piped) {
            other.post_ipc(IpcEvent::Input { bytes: bytes.clone() });
        }
    }
    child.post_ipc(IpcEvent::Input { bytes });
    rv.set_bool(true);
}

/// `kill(id, signo)`: delivers a simulated signal to a child; false when it has already
/// ended (or is not this instance's child).
fn op_kill(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let state = InstanceState::get(scope);
    let id = args.get(0).number_value(scope).unwrap_or(f64::NAN);
    let signo = args.get(1).int32_value(scope).unwrap_or(15);
    let (Some(child), Some(signal)) = (state.control.children().find(id as u64), Signal::from_number(i64::from(signo))) else {
        rv.set_bool(false);
        return;
    };
    if child.is_ended() {
        rv.set_bool(false);
        return;
    }
    child.deliver_signal(signal);
    rv.set_bool(true);
}
