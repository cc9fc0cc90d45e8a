// internal/modules/cjs.js — The user's `require`: the builtin modules by name (and `node:` name).
'use strict';

const { invalidArgType } = require('internal/errors');
const { loadPublicBuiltin } = require('internal/bootstrap/realm');

// A builtin module by its name or `node:` name, or undefined.
function loadBuiltin(name) {
  return loadPublicBuiltin(name.startsWith('node:') ? name.slice(5) : name);
}
function makeRequire(filename) {
  function require(id) {
    if (typeof id !== 'string') {
      throw invalidArgType('id', 'string', id);
    }
    const builtin = loadBuiltin(id);
    if (builtin !== undefined) return builtin;
    const err = new Error(`Cannot find module '${id}'\nRequire stack:\n- ${filename}`);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = [filename];
    throw err;
  }
  require.cache = Object.create(null);
  require.resolve = (id) => { if (loadBuiltin(id) !== undefined) return id; return require(id); };
  return require;
}

module.exports = {
  loadBuiltin,
  makeRequire,
};
