// internal/bootstrap/realm.js - the runtime's module loader, as Node's BuiltinModule: every
// module of the runtime (engine/src/js/**) is a function of (exports, require, module,
// internalBinding, primordials), compiled by the engine from its embedded source the first
// time something requires it (bindings' `compileModule`), run once, and cached here. A module
// no script needs is never compiled, so it costs an instance nothing. The engine calls this
// file first, then requires `internal/bootstrap/node`.
'use strict';

const { ReflectApply, SafeMap, SafeSet } = primordials;
const native = internalBinding('native');

const loaded = new SafeMap();

function requireBuiltin(id) {
  const cached = loaded.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = native.compileModule(id);
  if (fn === undefined) throw new Error(`No such built-in module: ${id}`);
  const mod = { id, exports: {} };
  loaded.set(id, mod);
  try {
    ReflectApply(fn, undefined, [mod.exports, requireBuiltin, mod, internalBinding, primordials]);
  } catch (err) {
    loaded.delete(id);
    throw err;
  }
  return mod.exports;
}
loaded.set('internal/bootstrap/realm', module);

// The modules a script may require by name (or `node:` name); `path` and `os` are native.
const publicModules = new SafeSet([
  'assert', 'assert/strict', 'buffer', 'child_process', 'cluster', 'crypto', 'events', 'module', 'process', 'timers', 'timers/promises', 'util', 'util/types', 'v8',
]);
const nativeModules = new SafeSet(['path', 'os']);

// The exports of the builtin `id` a script asked for, or undefined when there is none.
function loadPublicBuiltin(id) {
  if (publicModules.has(id)) return requireBuiltin(id);
  if (!nativeModules.has(id)) return undefined;
  const cached = loaded.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { id, exports: native.loadNativeModule(id) };
  loaded.set(id, mod);
  return mod.exports;
}

module.exports = {
  isLoaded: (id) => loaded.has(id),
  loadPublicBuiltin,
  publicModules,
  requireBuiltin,
};
