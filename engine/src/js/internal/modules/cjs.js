// internal/modules/cjs.js - CommonJS as Node 20 has it: `require` of the builtins (by name
// or `node:` name) and of files, resolved as Node resolves them (relative and absolute paths,
// the extensions .js/.json/.node, a folder's package.json `main` or index, node_modules up the
// tree, a package's `exports`), loaded once per instance into `Module._cache`, cycles handing
// out partial exports. Files are read through the engine's one door (internalBinding('fs')).
'use strict';

const {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSplice,
  JSONParse, ObjectDefineProperty, ObjectGetPrototypeOf, ObjectKeys, ObjectPrototype, ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf, ReflectApply, RegExpPrototypeExec, ReflectGet, ReflectGetOwnPropertyDescriptor, SafeMap, SafeWeakMap, StringPrototypeCharCodeAt,
  StringPrototypeEndsWith, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;
const fs = internalBinding('fs');
const native = internalBinding('native');
const { invalidArgType, makeNodeError } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { loadPublicBuiltin, publicModules } = require('internal/bootstrap/realm');
const { process } = require('internal/process/object');
const { info } = require('internal/process/info');
const path = loadPublicBuiltin('path');

// Builtins a script may require without the `node:` scheme, and those it may not.
const schemeOnly = ['test'];
function canBeRequiredWithoutScheme(id) {
  return publicModules.has(id) || native.hasNativeModule(id);
}
const loadBuiltin = loadPublicBuiltin;
function isBuiltin(id) {
  if (StringPrototypeStartsWith(id, 'node:')) id = StringPrototypeSlice(id, 5);
  return canBeRequiredWithoutScheme(id);
}
const builtinModules = ['assert', 'assert/strict', 'buffer', 'crypto', 'events', 'module', 'os', 'path', 'process', 'timers',
  'timers/promises', 'util', 'util/types', 'v8'];

// The module that first required each module (`module.parent`).
const moduleParents = new SafeWeakMap();

function Module(id = '', parent = undefined) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}
// As in Node, `constructor` is an accessor, so inspect shows a module as a plain object.
ObjectDefineProperty(Module.prototype, 'constructor', { __proto__: null, get() { return Module; }, enumerable: false, configurable: false });
Module.prototype.isPreloading = false;
ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() { return moduleParents.get(this); },
  set(value) { moduleParents.set(this, value); },
  enumerable: false,
  configurable: true,
});
Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (ArrayIsArray(children) && (!scan || !ArrayPrototypeIncludes(children, child))) ArrayPrototypePush(children, child);
}

// The node_modules folders a module in `from` looks in, nearest first.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = StringPrototypeSplit(from, '/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    let prefix = '';
    for (let j = 1; j < i; j++) prefix += `/${parts[j]}`;
    ArrayPrototypePush(paths, `${prefix}/node_modules`);
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' || StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../');
}
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (canBeRequiredWithoutScheme(request)) return null;
  if (!isRelative(request)) {
    const paths = parent?.paths?.length ? [...parent.paths] : [...Module._nodeModulePaths('.')];
    for (const p of Module.globalPaths) ArrayPrototypePush(paths, p);
    return paths;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

const kFile = 0;
const kFolder = 1;
const stat = (filename) => fs.internalModuleStat(filename);
function toRealPath(filename) { return fs.realpath(filename) ?? filename; }
function tryFile(filename) { return stat(filename) === kFile ? toRealPath(filename) : false; }
function tryExtensions(base, extensions) {
  for (let i = 0; i < extensions.length; i++) {
    const filename = tryFile(base + extensions[i]);
    if (filename) return filename;
  }
  return false;
}

// The package.json of a folder, as far as resolution needs it; undefined when there is none.
const packageCache = new SafeMap();
function readPackage(folder) {
  const jsonPath = path.resolve(folder, 'package.json');
  if (packageCache.has(jsonPath)) return packageCache.get(jsonPath);
  const text = fs.readFileUtf8(jsonPath);
  let result;
  if (text !== undefined) {
    let parsed;
    try {
      parsed = JSONParse(text);
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
    result = { path: jsonPath, main: parsed?.main, name: parsed?.name, type: parsed?.type, exports: parsed?.exports };
  }
  packageCache.set(jsonPath, result);
  return result;
}

// The package.json that governs `filename` (the nearest up the tree, not past node_modules).
function packageScope(filename) {
  for (let folder = path.dirname(filename); ; folder = path.dirname(folder)) {
    if (StringPrototypeEndsWith(folder, '/node_modules')) return undefined;
    const pkg = readPackage(folder);
    if (pkg !== undefined) return pkg;
    if (folder === '/' || folder === '.') return undefined;
  }
}
// What a file is, as Node decides it: 'module', 'commonjs', 'json', or 'detect' (a .js file
// under no package "type": CommonJS unless only a module parses).
function formatOf(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.json') return 'json';
  if (ext !== '.js') return 'commonjs';
  const type = packageScope(filename)?.type;
  if (type === 'module') return 'module';
  if (type === 'commonjs') return 'commonjs';
  return 'detect';
}

function tryPackage(requestPath, extensions, originalPath) {
  const main = readPackage(requestPath)?.main;
  if (typeof main !== 'string' || main === '') return tryExtensions(path.resolve(requestPath, 'index'), extensions);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) || tryExtensions(filename, extensions) || tryExtensions(path.resolve(filename, 'index'), extensions);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), extensions);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    const jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. Please either fix that or report it to the module author`,
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// A package's "exports" (a string, an array: the first that resolves, or conditions by
// subpath) as a file path, for `conditions` (`require` asks for require, node, default;
// `import` for import, node, default); undefined when the package has no "exports".
const requireConditions = ['require', 'node', 'node-addons', 'default'];
function resolveExportsTarget(packageFolder, target, subpathRest, conditions) {
  if (typeof target === 'string') {
    if (!StringPrototypeStartsWith(target, './')) return undefined;
    return path.resolve(packageFolder, subpathRest === undefined ? target : target.replace(/\*/g, subpathRest));
  }
  if (ArrayIsArray(target)) {
    for (const t of target) {
      const resolved = resolveExportsTarget(packageFolder, t, subpathRest, conditions);
      if (resolved !== undefined) return resolved;
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of ObjectKeys(target)) {
      if (ArrayPrototypeIncludes(conditions, key)) {
        const resolved = resolveExportsTarget(packageFolder, target[key], subpathRest, conditions);
        if (resolved !== undefined) return resolved;
      }
    }
  }
  return undefined;
}
function resolvePackageExports(packageFolder, pkg, subpath, conditions) {
  let exports = pkg.exports;
  const keys = typeof exports === 'object' && exports !== null && !ArrayIsArray(exports) ? ObjectKeys(exports) : [];
  if (!(keys.length > 0 && StringPrototypeStartsWith(keys[0], '.'))) exports = { '.': exports };
  let resolved;
  if (ObjectPrototypeHasOwnProperty(exports, subpath)) {
    resolved = resolveExportsTarget(packageFolder, exports[subpath], undefined, conditions);
  } else {
    for (const key of ObjectKeys(exports)) {
      const star = StringPrototypeIndexOf(key, '*');
      if (star === -1) continue;
      const before = StringPrototypeSlice(key, 0, star);
      const after = StringPrototypeSlice(key, star + 1);
      if (StringPrototypeStartsWith(subpath, before) && StringPrototypeEndsWith(subpath, after) && subpath.length >= key.length - 1) {
        const rest = StringPrototypeSlice(subpath, before.length, subpath.length - after.length);
        resolved = resolveExportsTarget(packageFolder, exports[key], rest, conditions);
        break;
      }
    }
  }
  if (resolved === undefined) {
    throw makeNodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
      ? `No "exports" main defined in ${pkg.path}`
      : `Package subpath '${subpath}' is not defined by "exports" in ${pkg.path}`);
  }
  return resolved;
}
// A bare request split into its package name and subpath (`.` or `./rest`); undefined when
// it is not a valid package name.
function parsePackageName(request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  return match === null ? undefined : { name: match[1], subpath: `.${match[2] || ''}` };
}
function resolveExports(nodeModules, request) {
  const parsed = parsePackageName(request);
  if (parsed === undefined) return undefined;
  const packageFolder = path.resolve(nodeModules, parsed.name);
  const pkg = readPackage(packageFolder);
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null) return undefined;
  const resolved = resolvePackageExports(packageFolder, pkg, parsed.subpath, requireConditions);
  return tryFile(resolved) || resolved;
}

const trailingSlash = /(?:^|\/)\.?\.$|\/$/;
Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${ArrayPrototypeJoin(paths, '\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const extensions = ObjectKeys(Module._extensions);
  const endsInSlash = request.length > 0 && trailingSlash.test(request);
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) !== kFolder) continue;
    if (!absolute && !isRelative(request) && StringPrototypeEndsWith(curPath, 'node_modules')) {
      const exported = resolveExports(curPath, request);
      if (exported) return (Module._pathCache[cacheKey] = exported);
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!endsInSlash) {
      if (rc === kFile) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, extensions);
    }
    if (!filename && rc === kFolder) filename = tryPackage(basePath, extensions, request);
    if (filename) return (Module._pathCache[cacheKey] = filename);
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (StringPrototypeStartsWith(request, 'node:') || canBeRequiredWithoutScheme(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null && ArrayIsArray(options.paths)) {
    paths = [];
    for (const base of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(base);
      const lookup = isRelative(request) ? [base] : Module._resolveLookupPaths(request, fake);
      for (const p of lookup) if (!ArrayPrototypeIncludes(paths, p)) ArrayPrototypePush(paths, p);
    }
  } else if (options === undefined || options === null || options.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.paths' is invalid. Received ${inspect(options.paths)}`);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) ArrayPrototypePush(requireStack, cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${ArrayPrototypeJoin(requireStack, '\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// While a module in a cycle is still loading, reading a property its exports do not have
// warns (what it will export is not there yet).
const circularWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    if (prop in target || prop === '__esModule') return ReflectGet(target, prop);
    emitCircularWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (ObjectPrototypeHasOwnProperty(target, prop) || prop === '__esModule') return ReflectGetOwnPropertyDescriptor(target, prop);
    emitCircularWarning(prop);
    return undefined;
  },
});
function emitCircularWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}
function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && ObjectGetPrototypeOf(exports) === ObjectPrototype && !exports.__esModule) {
    ObjectSetPrototypeOf(exports, circularWarningProxy);
  }
  return exports;
}

// Planted leak (engine/src/mutants.rs, never in a normal build): which files have been
// evaluated is known to the whole process, so a file another instance loaded is not run again.
const sharedRegistry = () => info.mutant === 'shared-module-registry';

Module._load = function _load(request, parent, isMain) {
  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    const builtin = ArrayPrototypeIncludes(schemeOnly, id) || !canBeRequiredWithoutScheme(id) ? undefined : loadBuiltin(id);
    if (builtin === undefined) throw makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    return builtin;
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);
  if (sharedRegistry()) {
    const loader = native.mutantCell(`module:${filename}`);
    if (loader !== 0 && loader !== process.pid) return {};
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent?.children;
      if (ArrayIsArray(children)) {
        const index = ArrayPrototypeIndexOf(children, module);
        if (index !== -1) ArrayPrototypeSplice(children, index, 1);
      }
    } else if (module.exports && ObjectGetPrototypeOf(module.exports) === circularWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  if (sharedRegistry()) native.mutantCell(`module:${filename}`, process.pid);
  return module.exports;
};

// The longest registered extension of the file's name (`.js` when none is registered).
function extensionOf(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = StringPrototypeIndexOf(name, '.', index + 1)) !== -1) {
    const ext = StringPrototypeSlice(name, index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}
Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._extensions[extensionOf(filename)](this, filename);
  this.loaded = true;
};
Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
  if (id === '') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this, false);
};
Module.prototype._compile = function _compile(content, filename) {
  const wrapper = fs.compileFunction(content, filename);
  const require = makeRequireFunction(this);
  return ReflectApply(wrapper, this.exports, [this.exports, require, this, filename, path.dirname(filename)]);
};

function readSource(filename) {
  const text = fs.readFileUtf8(filename);
  if (text === undefined) {
    const err = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    err.errno = -2;
    err.code = 'ENOENT';
    err.syscall = 'open';
    err.path = filename;
    throw err;
  }
  return text;
}
const stripBOM = (text) => (StringPrototypeCharCodeAt(text, 0) === 0xFEFF ? StringPrototypeSlice(text, 1) : text);
// A .js file is an ES module under "type": "module", or (under no type) when it only
// parses as one; require() then gives its namespace.
const esmLoader = () => require('internal/modules/esm');
Module._extensions['.js'] = function(module, filename) {
  const source = readSource(filename);
  const format = StringPrototypeEndsWith(filename, '.js') ? formatOf(filename) : 'commonjs';
  const mayBeModule = format === 'detect' && RegExpPrototypeExec(/\b(?:import|export|await)\b/, source) !== null;
  if (format === 'module' || (mayBeModule && esmLoader().isModuleSyntax(source, filename))) {
    module.exports = esmLoader().requireESM(filename);
    return;
  }
  module._compile(source, filename);
};
Module._extensions['.mjs'] = function(module, filename) {
  module.exports = esmLoader().requireESM(filename);
};
Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSONParse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function(module, filename) {
  throw makeNodeError(Error, 'ERR_DLOPEN_FAILED', `${filename}: native addons cannot be loaded in bulkhead`);
};

function makeRequireFunction(mod) {
  function require(path) { return mod.require(path); }
  function resolve(request, options) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'string' && StringPrototypeStartsWith(filename, 'file://')) filename = esmLoader().fileURLToPath(filename);
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${inspect(filename)}`);
  }
  const base = StringPrototypeEndsWith(filename, '/') ? path.join(filename, 'noop.js') : filename;
  const module = new Module(base, null);
  module.filename = base;
  module.paths = Module._nodeModulePaths(path.dirname(base));
  return makeRequireFunction(module);
};
Module.Module = Module;

// The main module: the engine compiled the script (so a script that does not compile is a
// startup error); it runs here as module '.', with a require of its own, under its real path
// (as Node's main module). The main module of a snapshot's warm-up is not this one's.
function runMainModule(fn, filename) {
  forgetMainModule();
  filename = fs.realpath(filename) ?? filename;
  const module = new Module(filename, null);
  module.id = '.';
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  process.mainModule = module;
  Module._cache[filename] = module;
  const require = makeRequireFunction(module);
  ReflectApply(fn, module.exports, [module.exports, require, module, filename, path.dirname(filename)]);
  module.loaded = true;
}

// Drops every package.json read so far (the base snapshot's warm-up reads some: an instance
// must read the files as they are when it runs).
function forgetPackages() {
  packageCache.clear();
}

// A snapshot's warm-up runs a main module of its own: no instance may inherit it.
function forgetMainModule() {
  if (process.mainModule === undefined) return;
  delete Module._cache[process.mainModule.filename];
  delete process.mainModule;
}

module.exports = {
  Module,
  forgetMainModule,
  forgetPackages,
  formatOf,
  isBuiltin,
  packageScope,
  parsePackageName,
  readPackage,
  resolvePackageExports,
  runMainModule,
};
