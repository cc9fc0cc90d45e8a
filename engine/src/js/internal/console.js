// internal/console.js - The global console, with console.table's and console.dir's layouts; it
// writes through process.stdout.write and process.stderr.write, as Node's does.
'use strict';

const { ObjectDefineProperty, ReflectApply, SafeMap, StringPrototypeIncludes, StringPrototypeReplaceAll } = primordials;
const native = internalBinding('native');
const EventEmitter = require('events');
const { invalidArgType } = require('internal/errors');
const { format, inspect, isStackOverflowError } = require('internal/util/inspect');
const { process } = require('internal/process/object');
const { consoleWriteDone } = require('internal/process/stdio');

const { listenerCount, once, removeListener } = EventEmitter.prototype;
function noop() {}
// One line (or several, each indented by the open groups) to `stream`, as Node's console
// writes: an error the write throws is swallowed (a stack overflow excepted), and an 'error'
// the stream emits meanwhile finds a listener.
function writeLine(stream, groupIndent, text) {
  if (groupIndent !== '') {
    if (StringPrototypeIncludes(text, '\n')) text = StringPrototypeReplaceAll(text, '\n', `\n${groupIndent}`);
    text = groupIndent + text;
  }
  try {
    if (ReflectApply(listenerCount, stream, ['error']) === 0) ReflectApply(once, stream, ['error', noop]);
    stream.write(`${text}\n`, consoleWriteDone);
  } catch (err) {
    if (isStackOverflowError(err)) throw err;
  } finally {
    ReflectApply(removeListener, stream, ['error', noop]);
  }
}

// console.table: Node's layout (lib/internal/console/constructor.js and cli_table.js).
function tableCell(v) {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
}
function renderTable(data, properties) {
  const indexes = (n) => Array.from({ length: n }, (_, i) => tableCell(i));
  const preview = native.previewEntries(data);
  if (data instanceof Map || (preview !== undefined && preview[1])) {
    const pairs = data instanceof Map ? [...data] : [];
    if (preview !== undefined) for (let i = 0; i < preview[0].length; i += 2) pairs.push([preview[0][i], preview[0][i + 1]]);
    return drawTable(['(iteration index)', 'Key', 'Values'],
      [indexes(pairs.length), pairs.map((p) => tableCell(p[0])), pairs.map((p) => tableCell(p[1]))]);
  }
  if (data instanceof Set || preview !== undefined) {
    const values = data instanceof Set ? [...data] : preview[0];
    return drawTable(['(iteration index)', 'Values'], [indexes(values.length), values.map(tableCell)]);
  }
  const columns = new Map();
  const primitives = [];
  let hasPrimitives = false;
  const rowKeys = Object.keys(data);
  rowKeys.forEach((rowKey, i) => {
    const item = data[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = tableCell(item);
      return;
    }
    for (const key of properties || Object.keys(item)) {
      if (!columns.has(key)) columns.set(key, []);
      columns.get(key)[i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : tableCell(item[key]);
    }
  });
  const head = ['(index)', ...columns.keys()];
  const body = [rowKeys, ...columns.values()];
  if (hasPrimitives) { head.push('Values'); body.push(primitives); }
  return drawTable(head, body);
}
function cellWidth(text) { return [...String(text)].length; }
function drawTable(head, columns) {
  const widths = head.map(cellWidth);
  const height = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let j = 0; j < height; j++) {
    rows.push(columns.map((column, i) => {
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i], cellWidth(value));
      return value;
    }));
  }
  const line = (left, middle, right) => left + widths.map((w) => '\u2500'.repeat(w + 2)).join(middle) + right;
  const row = (cells) => `\u2502${cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - cellWidth(c))} `).join('\u2502')}\u2502`;
  return [line('\u250c', '\u252c', '\u2510'), row(head), line('\u251c', '\u253c', '\u2524'), ...rows.map(row), line('\u2514', '\u2534', '\u2518')].join('\n');
}
function makeConsole() {
  const counts = new SafeMap();
  const timers = new SafeMap();
  let groupIndent = '';
  // The streams, read from `process` on first use (console._stdout = s replaces one).
  let stdout;
  let stderr;
  const out = (fd) => (...args) => {
    const stream = fd === 1 ? c._stdout : c._stderr;
    writeLine(stream, groupIndent, ReflectApply(format, undefined, args));
  };
  const c = {
    log: out(1), info: out(1), debug: out(1),
    error: out(2), warn: out(2), trace(...args) {
      const err = { name: 'Trace', message: ReflectApply(format, undefined, args) };
      Error.captureStackTrace(err, c.trace);
      c.error(err.stack);
    },
    dir(obj, options) { writeLine(c._stdout, groupIndent, inspect(obj, { customInspect: false, ...options })); },
    assert(value, ...args) {
      if (!value) out(2)(args.length ? `Assertion failed: ${format(...args)}` : 'Assertion failed');
    },
    count(label = 'default') {
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      out(1)(`${label}: ${n}`);
    },
    countReset(label = 'default') { counts.delete(label); },
    time(label = 'default') { timers.set(label, native.now()); },
    timeEnd(label = 'default') {
      const start = timers.get(label);
      if (start !== undefined) { timers.delete(label); out(1)(`${label}: ${(native.now() - start).toFixed(3)}ms`); }
    },
    timeLog(label = 'default', ...data) {
      const start = timers.get(label);
      if (start !== undefined) out(1)(`${label}: ${(native.now() - start).toFixed(3)}ms`, ...data);
    },
    group(...label) { if (label.length) out(1)(...label); groupIndent += '  '; },
    groupEnd() { groupIndent = groupIndent.slice(2); },
    table(data, properties) {
      if (properties !== undefined && !Array.isArray(properties)) {
        throw invalidArgType('properties', 'Array', properties);
      }
      if (data === null || typeof data !== 'object') return out(1)(data);
      return out(1)(renderTable(data, properties));
    },
  };
  c.groupCollapsed = c.group;
  for (const [name, get, set] of [
    ['_stdout', () => (stdout === undefined ? (stdout = process.stdout) : stdout), (value) => { stdout = value; }],
    ['_stderr', () => (stderr === undefined ? (stderr = process.stderr) : stderr), (value) => { stderr = value; }],
  ]) {
    ObjectDefineProperty(c, name, { __proto__: null, get, set, enumerable: false, configurable: true });
  }
  return c;
}

module.exports = {
  // globalThis.console, as the runtime makes it (warnings print through its error).
  globalConsole: makeConsole(),
};
