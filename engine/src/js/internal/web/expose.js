// internal/web/expose.js - how Node 20 puts its globals on globalThis: a plain data property,
// or (for most Web and Node globals) a lazy accessor that loads the module defining the value
// on first use and then becomes a data property (Node's defineLazyProperties) or stays an
// accessor (defineReplaceableLazyAttribute). A global a script never touches costs it nothing.
'use strict';

const { ObjectDefineProperty } = primordials;

function exposeValue(target, name, value, enumerable) {
  ObjectDefineProperty(target, name, { __proto__: null, value, writable: true, enumerable, configurable: true });
}

// `keys` of the module `id` as accessors of `target`: the first read loads the module.
function defineLazyProperties(target, id, keys, enumerable) {
  let mod;
  for (const key of keys) {
    let loaded;
    function set(value) {
      ObjectDefineProperty(target, key, { __proto__: null, writable: true, value });
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      mod ??= require(id);
      if (loaded === undefined) {
        loaded = mod[key];
        set(loaded);
      }
      return loaded;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    ObjectDefineProperty(target, key, { __proto__: null, get, set, enumerable, configurable: true });
  }
}

// `keys` of the module `id` as accessors of `target` that stay accessors (Node's
// defineReplaceableLazyAttribute): the first read loads the module; a write, where allowed,
// replaces what later reads return.
function defineReplaceableLazyAttribute(target, id, keys, enumerable, writable) {
  let mod;
  for (const key of keys) {
    let value;
    let replaced = false;
    function get() {
      if (replaced) return value;
      mod ??= require(id);
      value ??= mod[key];
      return value;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    function set(next) {
      replaced = true;
      value = next;
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    ObjectDefineProperty(target, key, { __proto__: null, get, set: writable ? set : undefined, enumerable, configurable: true });
  }
}

module.exports = {
  defineLazyProperties,
  defineReplaceableLazyAttribute,
  exposeValue,
};
