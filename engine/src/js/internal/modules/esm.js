// internal/modules/esm.js - ES modules as Node 20 has them: what counts as one (.mjs, .js
// under "type": "module", a typeless .js that only parses as a module), resolution (file
// URLs without extension search, builtins, packages with "exports" for the import
// conditions), a graph loaded and linked before anything evaluates, CommonJS, builtins and
// JSON seen as synthetic modules, import(), import.meta, require() of an ES module, and an
// ES main's exit rules (13 while its top-level await is unsettled). V8's module records are
// the engine's (internalBinding('esm'), engine/src/modules.rs); this file addresses them by
// number.
'use strict';

const {
  ArrayPrototypeFilter, ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSort, JSONParse, JSONStringify, ObjectDefineProperty, ObjectKeys,
  PromisePrototypeThen, PromiseResolve, RegExpPrototypeExec, SafeMap, SafeSet, StringPrototypeEndsWith, StringPrototypeIndexOf,
  StringPrototypeReplace, StringPrototypeSlice, StringPrototypeStartsWith, decodeURIComponent, encodeURI,
} = primordials;
const esm = internalBinding('esm');
const fs = internalBinding('fs');
const native = internalBinding('native');
const { makeNodeError } = require('internal/errors');
const { loadPublicBuiltin, publicModules } = require('internal/bootstrap/realm');
const { process } = require('internal/process/object');
const { handleProcessExit } = require('internal/process/execution');
const cjs = require('internal/modules/cjs');
const { detectExports } = require('internal/modules/cjs_lexer');
const path = loadPublicBuiltin('path');

// file: URLs and paths.
function pathToFileURL(filename) {
  const encoded = StringPrototypeReplace(StringPrototypeReplace(encodeURI(filename), /\?/g, '%3F'), /#/g, '%23');
  return `file://${encoded}`;
}
// The path of a file: URL, without its query and fragment.
function fileURLToPath(url) {
  let rest = StringPrototypeSlice(url, 7);
  const cut = RegExpPrototypeExec(/[?#]/, rest);
  if (cut !== null) rest = StringPrototypeSlice(rest, 0, cut.index);
  return decodeURIComponent(rest);
}
// The query and fragment of a specifier or URL ('' when it has none).
function suffixOf(text) {
  const cut = RegExpPrototypeExec(/[?#]/, text);
  return cut === null ? '' : StringPrototypeSlice(text, cut.index);
}
const isBuiltinId = (id) => publicModules.has(id) || native.hasNativeModule(id);

// A CommonJS compile error that says the source is a module.
const moduleSyntaxMessages = [
  'Cannot use import statement outside a module', "Unexpected token 'export'", "Cannot use 'import.meta' outside a module",
];
const moduleOnlyMessages = ['await is only valid in async functions and the top level bodies of modules'];
function isModuleSyntax(source, filename) {
  try {
    fs.compileFunction(source, filename);
    return false;
  } catch (err) {
    if (!(err instanceof SyntaxError)) return false;
    if (ArrayPrototypeIncludes(moduleSyntaxMessages, err.message)) return true;
    if (!ArrayPrototypeIncludes(moduleOnlyMessages, err.message)) return false;
    try {
      esm.compile(source, `${pathToFileURL(filename)}#detect`);
      return true;
    } catch {
      return false;
    }
  }
}

function notFound(message, url) {
  const err = makeNodeError(Error, 'ERR_MODULE_NOT_FOUND', message);
  err.url = url;
  return err;
}
function parentPathOf(parentURL) {
  return StringPrototypeStartsWith(parentURL, 'file://') ? fileURLToPath(parentURL) : parentURL;
}

// The URL `specifier` names when imported from `parentURL`.
function resolve(specifier, parentURL) {
  if (StringPrototypeStartsWith(specifier, 'node:')) {
    if (!isBuiltinId(StringPrototypeSlice(specifier, 5))) {
      throw makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    return specifier;
  }
  if (isBuiltinId(specifier)) return `node:${specifier}`;
  const isPath = specifier === '.' || specifier === '..' || StringPrototypeStartsWith(specifier, './') ||
    StringPrototypeStartsWith(specifier, '../') || StringPrototypeStartsWith(specifier, '/');
  let filename;
  if (isPath || StringPrototypeStartsWith(specifier, 'file:')) {
    const suffix = suffixOf(specifier);
    const bare = suffix === '' ? specifier : StringPrototypeSlice(specifier, 0, specifier.length - suffix.length);
    if (StringPrototypeStartsWith(bare, 'file:')) {
      filename = fileURLToPath(bare);
    } else {
      const base = StringPrototypeStartsWith(parentURL, 'file://') ? path.dirname(fileURLToPath(parentURL)) : process.cwd();
      filename = path.resolve(base, decodeURIComponent(bare));
    }
    return checkedFile(filename, suffix, parentURL);
  }
  if (RegExpPrototypeExec(/^[a-zA-Z][a-zA-Z\d+\-.]*:/, specifier) !== null) {
    throw makeNodeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${StringPrototypeSlice(specifier, 0, StringPrototypeIndexOf(specifier, ':') + 1)}'`);
  }
  return resolvePackage(specifier, parentURL);
}
function checkedFile(filename, suffix, parentURL) {
  const url = pathToFileURL(filename) + suffix;
  const kind = fs.internalModuleStat(filename);
  if (kind === 1) {
    const err = makeNodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${filename}' is not supported resolving ES modules imported from ${parentPathOf(parentURL)}`);
    err.url = url;
    throw err;
  }
  if (kind !== 0) throw notFound(`Cannot find module '${filename}' imported from ${parentPathOf(parentURL)}`, url);
  const real = fs.realpath(filename) ?? filename;
  return pathToFileURL(real) + suffix;
}
const importConditions = ['import', 'node', 'default'];
function resolvePackage(specifier, parentURL) {
  const parsed = cjs.parsePackageName(specifier);
  if (parsed === undefined) {
    throw makeNodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${specifier}" imported from ${parentPathOf(parentURL)}`);
  }
  const from = StringPrototypeStartsWith(parentURL, 'file://') ? path.dirname(fileURLToPath(parentURL)) : process.cwd();
  for (const nodeModules of cjs.Module._nodeModulePaths(from)) {
    const folder = path.resolve(nodeModules, parsed.name);
    if (fs.internalModuleStat(folder) !== 1) continue;
    const pkg = cjs.readPackage(folder);
    if (pkg !== undefined && pkg.exports !== undefined && pkg.exports !== null) {
      return checkedFile(cjs.resolvePackageExports(folder, pkg, parsed.subpath, importConditions), '', parentURL);
    }
    if (parsed.subpath !== '.') return checkedFile(path.resolve(folder, parsed.subpath), '', parentURL);
    const main = typeof pkg?.main === 'string' ? pkg.main : undefined;
    const candidates = main === undefined ? ['index.js'] : [main, `${main}.js`, `${main}.json`, `${main}/index.js`, 'index.js'];
    for (const candidate of candidates) {
      const filename = path.resolve(folder, candidate);
      if (fs.internalModuleStat(filename) === 0) return checkedFile(filename, '', parentURL);
    }
    throw notFound(`Cannot find package '${folder}' imported from ${parentPathOf(parentURL)}`, pathToFileURL(folder));
  }
  throw notFound(`Cannot find package '${parsed.name}' imported from ${parentPathOf(parentURL)}`, undefined);
}

// The loaded modules: URL -> { id, format }.
const moduleMap = new SafeMap();

// Planted leak (engine/src/mutants.rs, never in a normal build): which module files have
// been evaluated is known process-wide, so a module another instance loaded comes back empty.
const { info } = require('internal/process/info');
function sharedRegistry(url) {
  if (info.mutant !== 'shared-module-registry') return false;
  const loader = native.mutantCell(`module:${url}`, process.pid);
  return loader !== 0 && loader !== process.pid;
}

// Loads the module at `url` and, for an ES module, its whole static graph (compiled and
// linked, not yet evaluated); its record's number.
function load(url, type, parentURL, loading) {
  const known = moduleMap.get(url);
  if (known !== undefined) {
    checkType(known.format, type, url);
    return known.id;
  }
  let record;
  if (StringPrototypeStartsWith(url, 'node:')) {
    record = { id: builtinModule(url), format: 'builtin' };
  } else {
    const filename = fileURLToPath(url);
    const source = fs.readFileUtf8(filename);
    if (source === undefined) throw notFound(`Cannot find module '${filename}' imported from ${parentPathOf(parentURL)}`, url);
    let format = cjs.formatOf(filename);
    if (format === 'detect') format = isModuleSyntax(source, filename) ? 'module' : 'commonjs';
    checkType(format, type, url);
    if (format === 'module' && sharedRegistry(url)) {
      record = { id: esm.synthetic(url, [], () => ({ __proto__: null })), format: 'module' };
    } else if (format === 'module') {
      const id = esm.compile(source, url);
      record = { id, format };
      moduleMap.set(url, record);
      ArrayPrototypePush(loading, url);
      for (const [specifier, kind] of esm.requests(id)) {
        const child = load(resolve(specifier, url), kind, url, loading);
        esm.link(id, specifier, kind, child);
      }
      return id;
    } else {
      record = { id: format === 'json' ? jsonModule(url, filename, source) : commonJSModule(url, filename, source), format };
    }
  }
  moduleMap.set(url, record);
  ArrayPrototypePush(loading, url);
  return record.id;
}
function checkType(format, type, url) {
  if (format === 'json' && type !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module "${url}" needs an import attribute of type "json"`);
  }
  if (type === 'json' && format !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED', `Module "${url}" is not of type "json"`);
  }
  if (type !== '' && type !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', `Import attribute "type" with value "${type}" is not supported`);
  }
}
// A builtin: its CommonJS object as the default export (even when that object has an own
// `default` property, as `process.default = 1` gives it), its other own enumerable keys as
// named ones.
function builtinModule(url) {
  const exports = loadPublicBuiltin(StringPrototypeSlice(url, 5));
  const names = ArrayPrototypeFilter(ObjectKeys(exports), (name) => name !== 'default');
  return esm.synthetic(url, [...names, 'default'], () => {
    const values = { __proto__: null };
    for (const name of names) values[name] = exports[name];
    values.default = exports;
    return values;
  });
}
function jsonModule(url, filename, source) {
  return esm.synthetic(url, ['default'], () => {
    try {
      return { __proto__: null, default: JSONParse(source) };
    } catch (err) {
      err.message = `${filename}: ${err.message}`;
      throw err;
    }
  });
}
// A CommonJS module: run by the CommonJS loader when the graph reaches it, its
// module.exports the default export, the names the lexer finds the named ones.
function commonJSModule(url, filename, source) {
  const names = ArrayPrototypeSort([...cjsExportNames(filename, source, new SafeSet())]);
  return esm.synthetic(url, [...names, 'default'], () => {
    const exports = cjs.Module._load(filename, undefined, false);
    const values = { __proto__: null, default: exports };
    for (const name of names) values[name] = exports?.[name];
    return values;
  });
}
function cjsExportNames(filename, source, seen) {
  const names = new SafeSet();
  if (seen.has(filename)) return names;
  seen.add(filename);
  const { exports, reexports } = detectExports(source);
  for (const name of exports) if (name !== 'default') names.add(name);
  for (const specifier of reexports) {
    let target;
    try {
      const parent = new cjs.Module(filename, null);
      parent.filename = filename;
      parent.paths = cjs.Module._nodeModulePaths(path.dirname(filename));
      target = cjs.Module._resolveFilename(specifier, parent, false);
    } catch {
      continue;
    }
    const text = isBuiltinId(target) ? undefined : fs.readFileUtf8(target);
    if (text !== undefined && !StringPrototypeEndsWith(target, '.json')) {
      for (const name of cjsExportNames(target, text, seen)) names.add(name);
    }
  }
  return names;
}

// Loads and links the graph of `url` (or of the module compiled from `source`); on failure
// nothing of this attempt stays in the map, so a later import tries again and fails alike.
function loadGraph(url, type, parentURL, source) {
  const loading = [];
  try {
    let id;
    if (source !== undefined) {
      id = esm.compile(source, url);
      moduleMap.set(url, { id, format: 'module' });
      ArrayPrototypePush(loading, url);
      for (const [specifier, kind] of esm.requests(id)) {
        esm.link(id, specifier, kind, load(resolve(specifier, url), kind, url, loading));
      }
    } else {
      id = load(url, type, parentURL, loading);
    }
    instantiate(id);
    return id;
  } catch (err) {
    for (const loaded of loading) moduleMap.delete(loaded);
    throw err;
  }
}
// Links the graph; a named import a CommonJS module does not have is worded as Node words it.
function instantiate(id) {
  try {
    esm.instantiate(id);
  } catch (err) {
    const match = err instanceof SyntaxError &&
      RegExpPrototypeExec(/^The requested module '([^']+)' does not provide an export named '([^']+)'$/, err.message);
    if (match && isCommonJSRequest(match[1])) {
      err.message = `Named export '${match[2]}' not found. The requested module '${match[1]}' is a CommonJS module, which may not ` +
        'support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for ' +
        `example using:\n\nimport pkg from '${match[1]}';\nconst { ${match[2]} } = pkg;\n`;
    }
    throw err;
  }
}
function isCommonJSRequest(specifier) {
  for (const [url, record] of moduleMap) {
    if (record.format === 'commonjs' && (StringPrototypeEndsWith(url, StringPrototypeReplace(specifier, /^\.+/, '')))) return true;
  }
  return false;
}

// Node appends a hint to a CommonJS global missing in a module's scope, when the error
// escapes the module's evaluation.
function explainModuleScope(err, url) {
  const match = err?.name === 'ReferenceError' && typeof err.message === 'string' &&
    RegExpPrototypeExec(/^(require|module|exports|__filename|__dirname) is not defined$/, err.message);
  if (!match) return;
  let message = `${err.message} in ES module scope`;
  if (match[1] === 'require') message += ', you can use import instead';
  if (StringPrototypeStartsWith(url, 'file://') && RegExpPrototypeExec(/\.js([?#].*)?$/, url) !== null) {
    const pkg = cjs.packageScope(fileURLToPath(url));
    if (pkg?.type === 'module') {
      message += `\nThis file is being treated as an ES module because it has a '.js' file extension and '${pkg.path}' contains ` +
        '"type": "module". To treat it as a CommonJS script, rename it to use the \'.cjs\' file extension.';
    }
  }
  err.message = message;
}

// The main script as an ES module. Throws (a startup error) when its graph does not load;
// its evaluation's failure is an uncaught exception, as if from a promise.
function runMainESM(source, filename, detected) {
  process.on('exit', handleProcessExit);
  const real = fs.realpath(filename) ?? filename;
  const url = pathToFileURL(real);
  if (detected) {
    const pkg = cjs.packageScope(real);
    if (pkg !== undefined && pkg.type === undefined) {
      process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
        'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
        `To eliminate this warning, add "type": "module" to ${pkg.path}.`, { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
    }
  }
  const id = loadGraph(url, '', undefined, source);
  const evaluation = esm.evaluate(id);
  if (evaluation === undefined) return;
  PromisePrototypeThen(evaluation, () => {
    process.off('exit', handleProcessExit);
  }, (err) => {
    process.off('exit', handleProcessExit);
    explainModuleScope(err, url);
    native.triggerUncaughtException(err, true);
  });
}

// import(): resolved against the module or script that asks (a path for CommonJS, a URL
// for a module); a promise of the namespace.
function importModuleDynamically(specifier, referrer, type) {
  // Node's loader is asynchronous: the script that asks goes on before anything loads.
  return PromisePrototypeThen(PromiseResolve(), () => new Promise((resolvePromise, reject) => {
    let url;
    try {
      let parentURL;
      if (typeof referrer === 'string' && StringPrototypeStartsWith(referrer, 'file://')) parentURL = referrer;
      else if (typeof referrer === 'string' && StringPrototypeStartsWith(referrer, '/')) parentURL = pathToFileURL(referrer);
      else parentURL = pathToFileURL(path.join(process.cwd(), '[eval]'));
      url = resolve(`${specifier}`, parentURL);
      const id = loadGraph(url, type, parentURL);
      const evaluation = esm.evaluate(id);
      if (evaluation === undefined) return;
      PromisePrototypeThen(evaluation, () => resolvePromise(esm.namespace(id)), (err) => {
        explainModuleScope(err, url);
        reject(err);
      });
    } catch (err) {
      reject(err);
    }
  }));
}

// import.meta of the module at `url`: dirname, filename, resolve, url (Node 20.20's keys).
function initializeImportMeta(meta, url) {
  if (StringPrototypeStartsWith(url, 'file://')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = (specifier) => resolve(`${specifier}`, url);
  ObjectDefineProperty(meta.resolve, 'name', { __proto__: null, value: 'resolve', configurable: true });
  meta.url = url;
}

// require() of an ES module (Node 20.19+): its namespace, evaluated at once; a graph with a
// top-level await cannot be required. A module with a default export comes with
// `__esModule: true` (through a facade module, as Node does it).
function requireESM(filename) {
  const url = pathToFileURL(filename);
  const id = loadGraph(url, '', undefined);
  if (esm.isGraphAsync(id)) {
    throw makeNodeError(Error, 'ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph with top-level await. ' +
      'Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.');
  }
  const [state, err] = native.promiseState(esm.evaluate(id));
  if (state === 2) {
    explainModuleScope(err, url);
    throw err;
  }
  const namespace = esm.namespace(id);
  if (!ArrayPrototypeIncludes(ObjectKeys(namespace), 'default')) return namespace;
  const facadeURL = `${url}#require-facade`;
  const quoted = JSONStringify(url);
  const facade = esm.compile(`export * from ${quoted};\nexport { default } from ${quoted};\nexport const __esModule = true;\n`, facadeURL);
  esm.link(facade, url, '', id);
  esm.instantiate(facade);
  esm.evaluate(facade);
  return esm.namespace(facade);
}

module.exports = {
  fileURLToPath,
  importModuleDynamically,
  initializeImportMeta,
  isModuleSyntax,
  pathToFileURL,
  requireESM,
  runMainESM,
};
