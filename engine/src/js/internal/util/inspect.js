// internal/util/inspect.js — util.inspect and util.format, in Node's output shapes.
'use strict';

const native = internalBinding('native');
// util.inspect / util.format (the subset console needs, in Node's output shapes)
const kMaxInline = 72;
function quoteString(s) {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  const escaped = s.replace(/[\\\n\t\r\b\f\v\x00-\x1f\x7f]/g, (c) => ({
    '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v',
  }[c] || '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()));
  const body = quote === "'" ? escaped.replace(/'/g, "\\'") : escaped;
  return quote + body + quote;
}
function formatPrimitive(v, nested) {
  switch (typeof v) {
    case 'string': return nested ? quoteString(v) : v;
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    default: return String(v);
  }
}
function keyName(k) {
  if (typeof k === 'symbol') return `[${k.toString()}]`;
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(k) ? k : quoteString(k);
}
function functionLabel(fn) {
  const src = Function.prototype.toString.call(fn);
  if (src.startsWith('class')) {
    const superName = Object.getPrototypeOf(fn).name;
    return `[class ${fn.name || '(anonymous)'}${superName ? ` extends ${superName}` : ''}]`;
  }
  const kind = Object.prototype.toString.call(fn).slice(8, -1);
  const prefix = kind === 'AsyncFunction' ? 'AsyncFunction' :
    kind === 'GeneratorFunction' ? 'GeneratorFunction' :
      kind === 'AsyncGeneratorFunction' ? 'AsyncGeneratorFunction' : 'Function';
  return fn.name ? `[${prefix}: ${fn.name}]` : `[${prefix} (anonymous)]`;
}
function errorLabel(err, depth, seen, indent) {
  let label = typeof err.stack === 'string' && err.stack ? err.stack : Error.prototype.toString.call(err);
  // Node shows an error's own enumerable properties (e.g. `code`) after its stack.
  const extra = Object.keys(err).filter((k) => k !== 'stack' && k !== 'message');
  if (extra.length > 0 && depth >= 0) {
    seen.push(err);
    const entries = extra.map((k) => `${keyName(k)}: ${inspectValue(err[k], depth - 1, seen, indent + 2)}`);
    seen.pop();
    const pad = ' '.repeat(indent + 2);
    label += ` {\n${pad}${entries.join(`,\n${pad}`)}\n${' '.repeat(indent)}}`;
  }
  return label;
}
// Laying out a list of formatted entries the way Node's util.inspect does (breakLength 80,
// compact 3): arrays of more than six entries may be arranged in aligned columns; a list
// goes on one line when it fits, else one entry (or row) per line, indented by two.
const kBreakLength = 80;
// The options of the inspect() call in progress (inspect saves and restores them, so a
// custom inspector calling inspect with its own options nests).
let inspectOptions = { breakLength: kBreakLength, maxArrayLength: 100, customInspect: true };
function fitsOnOneLine(entries, start) {
  let total = entries.length + start;
  if (total + entries.length > inspectOptions.breakLength) return false;
  for (const e of entries) {
    total += e.length;
    if (total > inspectOptions.breakLength) return false;
  }
  return true;
}
function arrangeInColumns(entries, indent, value, hasMoreItems) {
  const count = hasMoreItems ? entries.length - 1 : entries.length;
  const widths = [];
  let total = 0;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    widths.push(entries[i].length);
    total += entries[i].length + 2;
    widest = Math.max(widest, entries[i].length);
  }
  const cell = widest + 2;
  // Only when three cells fit side by side, and no entry dwarfs the rest.
  if (!(cell * 3 + indent < inspectOptions.breakLength && (total / cell > 5 || widest <= 6))) return entries;
  const bias = Math.sqrt(cell - total / entries.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * count) / biasedCell),
    Math.floor((inspectOptions.breakLength - indent) / cell),
    12,
    15,
  );
  if (columns <= 1) return entries;
  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < count; j += columns) w = Math.max(w, widths[j]);
    columnWidth.push(w + 2);
  }
  let numeric = value !== undefined;
  for (let i = 0; numeric && i < entries.length; i++) {
    numeric = typeof value[i] === 'number' || typeof value[i] === 'bigint';
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let row = '';
    for (let j = i; j < end - 1; j++) {
      const piece = `${entries[j]}, `;
      row += numeric ? piece.padStart(columnWidth[j - i]) : piece.padEnd(columnWidth[j - i]);
    }
    const last = entries[end - 1];
    row += numeric ? last.padStart(columnWidth[end - 1 - i] - 2) : last;
    rows.push(row);
  }
  if (hasMoreItems) rows.push(entries[count]);
  return rows;
}
function wrapEntries(open, entries, close, indent, arrayValue, hasMoreItems, base = '', compact = true) {
  const head = base === '' ? open : `${base} ${open}`;
  if (entries.length === 0) return open.endsWith('{') || open.endsWith('[') ? `${head}${close}` : `${head} ${close}`;
  let lines = entries;
  if (arrayValue !== undefined && entries.length > 6) lines = arrangeInColumns(entries, indent, arrayValue, hasMoreItems);
  if (compact && lines.length === entries.length && fitsOnOneLine(entries, entries.length + indent + open.length + base.length + 10)) {
    const joined = entries.join(', ');
    if (!joined.includes('\n')) return `${head} ${joined} ${close}`;
  }
  const pad = `\n${' '.repeat(indent)}`;
  return `${head}${pad}  ${lines.join(`,${pad}  `)}${pad}${close}`;
}
// util.inspect.custom: an object may render itself (Buffer does).
const customInspect = Symbol.for('nodejs.util.inspect.custom');
function inspectValue(v, depth, seen, indent) {
  if (v === null) return 'null';
  if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(v, true);
  if (seen.includes(v)) {
    // The target gets a `<ref *N>` mark once its own formatting is done.
    if (seen.refs === undefined) seen.refs = new Map();
    let index = seen.refs.get(v);
    if (index === undefined) {
      index = seen.refs.size + 1;
      seen.refs.set(v, index);
    }
    return `[Circular *${index}]`;
  }
  const custom = v[customInspect];
  if (inspectOptions.customInspect && typeof custom === 'function' && custom !== inspect &&
      !(v.constructor && v.constructor.prototype === v)) {
    const options = { depth, colors: false, compact: 3, breakLength: inspectOptions.breakLength, stylize: (text) => text };
    const shown = custom.call(v, depth, options, inspect);
    if (shown !== v) {
      if (typeof shown !== 'string') return inspectValue(shown, depth, seen, indent);
      return shown.replace(/\n/g, `\n${' '.repeat(indent)}`);
    }
  }
  if (typeof v === 'function' && !Reflect.ownKeys(v).some((k) => Object.prototype.propertyIsEnumerable.call(v, k))) {
    return functionLabel(v);
  }
  if (v instanceof Error) return errorLabel(v, depth, seen, indent);
  // A Date or RegExp shows as itself, followed by its own properties if it has any.
  let label;
  if (v instanceof Date) label = Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  else if (v instanceof RegExp) label = v.toString();
  if (label !== undefined && Object.keys(v).length === 0) return label;
  if (v instanceof WeakMap) return 'WeakMap { <items unknown> }';
  if (v instanceof WeakSet) return 'WeakSet { <items unknown> }';
  const preview = native.previewEntries(v);
  if (preview !== undefined) return inspectIteratorPreview(v, preview, depth, seen, indent);
  const isArr = Array.isArray(v);
  const isMap = v instanceof Map;
  const isSet = v instanceof Set;
  const isTyped = ArrayBuffer.isView(v) && !(v instanceof DataView);
  const isBuffer = v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
  const ctor = constructorName(v);
  // Past the depth limit a container shows as [Type]; an empty one still shows as itself.
  const empty = (isArr || isTyped) ? v.length === 0 && Object.keys(v).length === 0
    : (isMap || isSet) ? v.size === 0
      : isBuffer || v instanceof DataView ? false
        : Object.keys(v).length === 0 && typeof v !== 'function';
  if (depth < 0 && !empty) {
    if (isArr) return '[Array]';
    return `[${ctor || 'Object'}]`;
  }
  seen.push(v);
  // How deep the formatting went below the object being laid out: Node keeps the three
  // innermost levels on one line (compact 3). Empty containers do not count.
  if (!empty) seen.currentDepth = seen.length;
  const entries = [];
  let open, close;
  let arrayValue;
  let moreItems = false;
  if (isArr || isTyped) {
    const n = v.length;
    const shown = Math.min(n, inspectOptions.maxArrayLength);
    let holes = 0;
    for (let i = 0; i < shown; i++) {
      if (!isTyped && !(i in v)) { holes++; continue; }
      if (holes) { entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`); holes = 0; }
      entries.push(isTyped ? formatPrimitive(v[i], true) : inspectValue(v[i], depth - 1, seen, indent + 2));
    }
    if (holes) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    if (n > shown) {
      entries.push(`... ${n - shown} more item${n - shown > 1 ? 's' : ''}`);
      moreItems = true;
    }
    arrayValue = v;
    for (const k of Object.keys(v)) {
      if (!/^\d+$/.test(k)) entries.push(`${keyName(k)}: ${inspectValue(v[k], depth - 1, seen, indent + 2)}`);
    }
    open = isArr ? (ctor && ctor !== 'Array' ? `${ctor}(${n}) [` : '[') : `${ctor}(${n}) [`;
    close = ']';
  } else if (isMap) {
    for (const [k, val] of v) entries.push(`${inspectValue(k, depth - 1, seen, indent + 2)} => ${inspectValue(val, depth - 1, seen, indent + 2)}`);
    open = !ctor || ctor === 'Map' ? `Map(${v.size}) {` : `${ctor}(${v.size}) [Map] {`; close = '}';
  } else if (isSet) {
    for (const val of v) entries.push(inspectValue(val, depth - 1, seen, indent + 2));
    open = !ctor || ctor === 'Set' ? `Set(${v.size}) {` : `${ctor}(${v.size}) [Set] {`; close = '}';
  } else {
    const boxed = boxedPrimitive(v);
    const promise = v instanceof Promise ? native.promiseState(v) : undefined;
    if (isBuffer) {
      const bytes = new Uint8Array(v);
      const shown = Math.min(bytes.length, 50);
      let hex = Array.from(bytes.subarray(0, shown), (b) => b.toString(16).padStart(2, '0')).join(' ');
      if (bytes.length > shown) hex += ` ... ${bytes.length - shown} more byte${bytes.length - shown > 1 ? 's' : ''}`;
      entries.push(`[Uint8Contents]: <${hex}>`, `byteLength: ${formatPrimitive(v.byteLength, true)}`);
    } else if (v instanceof DataView) {
      entries.push(`byteLength: ${formatPrimitive(v.byteLength, true)}`, `byteOffset: ${formatPrimitive(v.byteOffset, true)}`,
        `buffer: ${inspectValue(v.buffer, depth - 1, seen, indent + 2)}`);
    }
    if (promise !== undefined) {
      if (promise[0] === 0) entries.push('<pending>');
      else {
        const result = inspectValue(promise[1], depth - 1, seen, indent + 2);
        entries.push(promise[0] === 2 ? `<rejected> ${result}` : result);
      }
    }
    for (const k of Reflect.ownKeys(v)) {
      const desc = Object.getOwnPropertyDescriptor(v, k);
      if (!desc || !desc.enumerable) continue;
      if (boxed !== undefined && typeof boxed[1] === 'string' && /^\d+$/.test(k) && +k < boxed[1].length) continue;
      let shown;
      if (desc.get && desc.set) shown = '[Getter/Setter]';
      else if (desc.get) shown = '[Getter]';
      else if (desc.set) shown = '[Setter]';
      else shown = inspectValue(desc.value, depth - 1, seen, indent + 2);
      entries.push(`${keyName(k)}: ${shown}`);
    }
    if (typeof v === 'function') open = `${functionLabel(v)} {`;
    else if (label !== undefined) open = `${label} {`;
    else if (boxed !== undefined) {
      open = `[${boxed[0]}: ${formatPrimitive(boxed[1], true)}]`;
      if (entries.length !== 0) open += ' {';
    } else if (ctor === 'Object') {
      const prefix = typePrefix(v, ctor);
      open = prefix === 'Object ' ? '{' : `${prefix}{`;
    } else if (ctor === null || ctor === undefined) open = Object.getPrototypeOf(v) === null ? '[Object: null prototype] {' : '{';
    else open = `${typePrefix(v, ctor)}{`;
    close = boxed !== undefined && entries.length === 0 ? '' : '}';
  }
  seen.pop();
  const index = seen.refs === undefined ? undefined : seen.refs.get(v);
  const base = index === undefined ? '' : `<ref *${index}>`;
  if (close === '') return base === '' ? open : `${base} ${open}`;
  const level = seen.length + 1;
  const compact = (seen.currentDepth === undefined ? level : seen.currentDepth) - level < 3;
  return wrapEntries(open, entries, close, indent, arrayValue, moreItems, base, compact);
}
// A Map or Set iterator lists what it has left: `[Map Iterator] { 1, 3 }`, or for
// entries() `[Map Entries] { [ 1, 2 ] }`.
function inspectIteratorPreview(v, [items, isKeyValue], depth, seen, indent) {
  const kind = v[Symbol.toStringTag] === 'Set Iterator' ? 'Set' : 'Map';
  if (depth < 0) return `[${kind} ${isKeyValue ? 'Entries' : 'Iterator'}]`;
  seen.push(v);
  const entries = [];
  if (isKeyValue) {
    for (let i = 0; i + 1 < items.length; i += 2) {
      entries.push(`[ ${inspectValue(items[i], depth - 1, seen, indent + 2)}, ${inspectValue(items[i + 1], depth - 1, seen, indent + 2)} ]`);
    }
  } else {
    for (const item of items) entries.push(inspectValue(item, depth - 1, seen, indent + 2));
  }
  seen.pop();
  return wrapEntries(`[${kind} ${isKeyValue ? 'Entries' : 'Iterator'}] {`, entries, '}', indent);
}
// The name of the nearest constructor up the prototype chain that `v` is an instance of
// (a data property holding a named function), as Node's getConstructorName.
function constructorName(v) {
  for (let obj = v; obj !== null && obj !== undefined; obj = Object.getPrototypeOf(obj)) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      let isInstance = false;
      try {
        isInstance = v instanceof descriptor.value;
      } catch {
        // a constructor with a throwing Symbol.hasInstance does not name it
      }
      if (isInstance) return descriptor.value.name;
    }
  }
  return null;
}
// Node's prefix for an object: its constructor, and its Symbol.toStringTag when different.
function typePrefix(v, ctor) {
  let tag = v[Symbol.toStringTag];
  if (typeof tag !== 'string' || Object.prototype.propertyIsEnumerable.call(v, Symbol.toStringTag)) tag = '';
  return tag !== '' && tag !== ctor ? `${ctor} [${tag}] ` : `${ctor} `;
}
// [type, value] of a Number, String, Boolean, Symbol or BigInt wrapper object.
function boxedPrimitive(v) {
  const kinds = [['Number', Number], ['String', String], ['Boolean', Boolean], ['Symbol', Symbol], ['BigInt', BigInt]];
  for (const [name, Type] of kinds) {
    try {
      return [name, Type.prototype.valueOf.call(v)];
    } catch {
      // not this kind
    }
  }
  return undefined;
}
function inspect(value, opts) {
  const depth = opts && typeof opts.depth === 'number' ? opts.depth : opts && opts.depth === null ? Infinity : 2;
  const saved = inspectOptions;
  inspectOptions = {
    breakLength: opts && typeof opts.breakLength === 'number' ? opts.breakLength : kBreakLength,
    maxArrayLength: opts && typeof opts.maxArrayLength === 'number' ? Math.max(0, opts.maxArrayLength)
      : opts && opts.maxArrayLength === null ? Infinity : 100,
    customInspect: !(opts && opts.customInspect === false),
  };
  try {
    return inspectValue(value, depth, [], 0);
  } finally {
    inspectOptions = saved;
  }
}
inspect.custom = customInspect;
// Whether `%s` should inspect an object: it has no toString of its own making.
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtinConstructors.has(descriptor.value);
}
const builtinConstructors = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((name) => /^[A-Z]/.test(name))
  .map((name) => globalThis[name])
  .filter((value) => typeof value === 'function'));
function format(...args) {
  if (args.length === 0) return '';
  const first = args[0];
  let out = '';
  let a = 1;
  if (typeof first === 'string') {
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== '%') continue;
      const c = first[i + 1];
      if (c === '%') { out += first.slice(last, i) + '%'; last = i + 2; i++; continue; }
      if (a >= args.length || !'sdifjoOc'.includes(c)) continue;
      const arg = args[a];
      let piece;
      switch (c) {
        case 's':
          if (typeof arg === 'number' || typeof arg === 'bigint') piece = formatPrimitive(arg, false);
          else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
          else piece = inspect(arg, { depth: 0 });
          break;
        case 'd': case 'i': {
          if (typeof arg === 'bigint') piece = `${arg}n`;
          else if (typeof arg === 'symbol') piece = 'NaN';
          else piece = formatPrimitive(c === 'i' ? parseInt(arg) : Number(arg), false);
          break;
        }
        case 'f': piece = typeof arg === 'symbol' ? 'NaN' : formatPrimitive(parseFloat(arg), false); break;
        case 'j': try { piece = JSON.stringify(arg); } catch { piece = '[Circular]'; } break;
        case 'o': case 'O': piece = inspect(arg, { depth: c === 'o' ? 4 : 2 }); break;
        case 'c': piece = ''; break;
      }
      out += first.slice(last, i) + piece;
      last = i + 2; i++; a++;
    }
    out += first.slice(last);
  } else {
    out = inspectValue(first, 2, [], 0);
  }
  for (; a < args.length; a++) {
    const v = args[a];
    out += ' ' + (typeof v === 'string' ? v : inspectValue(v, 2, [], 0));
  }
  return out;
}

module.exports = {
  customInspect,
  format,
  inspect,
};
