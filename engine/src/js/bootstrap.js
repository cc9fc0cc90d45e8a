// bootstrap.js — the JavaScript half of an instance's runtime.
//
// Compiled once per instance as a function of (native, info) and called before the user's
// script. It builds `process`, `console`, timers, the nextTick queue, the promise-rejection
// tracker and the builtin modules, and returns the hooks the Rust event loop drives
// (see engine/src/instance.rs). It never touches anything outside its own context: every
// effect on the host goes through one of the `native` ops (engine/src/ops.rs).
//
// The semantics follow Node 20 (lib/internal/process/*, lib/internal/timers.js), written
// from its documented behaviour and checked against the real `node` by the conformance tests.
'use strict';

(function bootstrap(native, info, installGlobals) {
  const global = globalThis;
  const ObjectDefineProperty = Object.defineProperty;
  // Node's enumerable globals, in its order (console.log(globalThis) lists them); each is
  // filled in where it is built. `process` and `console` are there too, not enumerable.
  for (const name of ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
    'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'crypto']) {
    ObjectDefineProperty(global, name, { value: undefined, writable: true, enumerable: true, configurable: true });
  }
  ObjectDefineProperty(global, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });

  // ---------------------------------------------------------------------------------------
  // errors
  function makeNodeError(Base, code, message) {
    const err = new Base(message);
    ObjectDefineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    const name = Base.prototype.name;
    // Node shows the code in the error's name line: "TypeError [CODE]: message".
    ObjectDefineProperty(err, 'stack', {
      value: String(err.stack).replace(name + ':', `${name} [${code}]:`),
      writable: true, configurable: true,
    });
    return err;
  }
  function describeReceived(value) {
    if (value == null) return ` Received ${value}`;
    if (typeof value === 'function') return ` Received function ${value.name}`;
    if (typeof value === 'object') {
      const ctor = value.constructor && value.constructor.name;
      return ctor ? ` Received an instance of ${ctor}` : ` Received ${inspect(value, { depth: -1 })}`;
    }
    let shown = inspect(value, { colors: false });
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    return ` Received type ${typeof value} (${shown})`;
  }
  // Node's ERR_OUT_OF_RANGE: an integer beyond 2**32 is shown with digit separators.
  function outOfRange(name, range, input) {
    let received;
    const separated = (text) => {
      const start = text[0] === '-' ? 1 : 0;
      let i = text.length;
      let tail = '';
      for (; i >= start + 4; i -= 3) tail = `_${text.slice(i - 3, i)}${tail}`;
      return text.slice(0, i) + tail;
    };
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = separated(String(input));
    else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = separated(received);
      received += 'n';
    } else received = inspect(input);
    return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
  }
  function validateInteger(value, name) {
    if (typeof value !== 'number') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be of type number.${describeReceived(value)}`);
    }
    if (!Number.isInteger(value)) {
      throw outOfRange(name, 'an integer', value);
    }
    if (value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER) {
      throw outOfRange(name, '>= -9007199254740991 && <= 9007199254740991', value);
    }
  }
  function validateFunction(value, name) {
    if (typeof value !== 'function') {
      // Node's wording: 'The "x" argument', 'The "a.b" property', 'The last argument'.
      const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The ${subject} must be of type function.${describeReceived(value)}`);
    }
  }

  // ---------------------------------------------------------------------------------------
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

  // ---------------------------------------------------------------------------------------
  // EventEmitter, with Node's data layout (`_events`, `_eventsCount`, `_maxListeners`: what
  // console.log of an emitter shows) and its order of 'newListener'/'removeListener' events.
  const kCapture = Symbol('kCapture');
  const kShapeMode = Symbol('shapeMode');
  const kErrorMonitor = Symbol('events.errorMonitor');
  function EventEmitter(opts) { EventEmitter.init.call(this, opts); }
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  EventEmitter.prototype[kCapture] = false;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.errorMonitor = kErrorMonitor;
  EventEmitter.captureRejections = false;
  EventEmitter.init = function init(opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    this._maxListeners = this._maxListeners || undefined;
    this[kCapture] = Boolean(opts && opts.captureRejections);
  };
  function maxListenersOf(target) {
    return target._maxListeners === undefined ? EventEmitter.defaultMaxListeners : target._maxListeners;
  }
  function addListener(target, type, listener, prepend) {
    validateFunction(listener, 'listener');
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
      existing = events[type];
    }
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      else if (prepend) existing.unshift(listener);
      else existing.push(listener);
      const max = maxListenersOf(target);
      if (max > 0 && existing.length > max && !existing.warned) {
        existing.warned = true;
        const warning = new Error(`Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
          `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
        warning.name = 'MaxListenersExceededWarning';
        warning.emitter = target;
        warning.type = type;
        warning.count = existing.length;
        process.emitWarning(warning);
      }
    }
    return target;
  }
  function onceWrapper(...args) {
    if (this.fired) return undefined;
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
  function onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }
  function emptyEvents(emitter) {
    emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
  }
  Object.assign(EventEmitter.prototype, {
    on(type, listener) { return addListener(this, type, listener, false); },
    addListener(type, listener) { return addListener(this, type, listener, false); },
    prependListener(type, listener) { return addListener(this, type, listener, true); },
    once(type, listener) {
      validateFunction(listener, 'listener');
      return addListener(this, type, onceWrap(this, type, listener), false);
    },
    prependOnceListener(type, listener) {
      validateFunction(listener, 'listener');
      return addListener(this, type, onceWrap(this, type, listener), true);
    },
    removeListener(type, listener) {
      validateFunction(listener, 'listener');
      const events = this._events;
      if (events === undefined) return this;
      const list = events[type];
      if (list === undefined) return this;
      if (list === listener || list.listener === listener) {
        this._eventsCount -= 1;
        if (this[kShapeMode]) events[type] = undefined;
        else if (this._eventsCount === 0) emptyEvents(this);
        else {
          delete events[type];
          if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
        }
      } else if (typeof list !== 'function') {
        let position = -1;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i] === listener || list[i].listener === listener) { position = i; break; }
        }
        if (position < 0) return this;
        list.splice(position, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
      }
      return this;
    },
    off(type, listener) { return this.removeListener(type, listener); },
    removeAllListeners(type) {
      const events = this._events;
      if (events === undefined) return this;
      if (events.removeListener === undefined) {
        if (arguments.length === 0) emptyEvents(this);
        else if (events[type] !== undefined) {
          if (--this._eventsCount === 0) emptyEvents(this);
          else delete events[type];
        }
        this[kShapeMode] = false;
        return this;
      }
      if (arguments.length === 0) {
        for (const key of Reflect.ownKeys(events)) {
          if (key !== 'removeListener') this.removeAllListeners(key);
        }
        this.removeAllListeners('removeListener');
        emptyEvents(this);
        this[kShapeMode] = false;
        return this;
      }
      const listeners = events[type];
      if (typeof listeners === 'function') this.removeListener(type, listeners);
      else if (listeners !== undefined) {
        for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
      }
      return this;
    },
    emit(type, ...args) {
      let doError = type === 'error';
      const events = this._events;
      if (events !== undefined) {
        if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
        doError = doError && events.error === undefined;
      } else if (!doError) return false;
      if (doError) {
        const er = args[0];
        if (er instanceof Error) throw er;
        let shown;
        try { shown = inspect(er); } catch { shown = er; }
        const err = makeNodeError(Error, 'ERR_UNHANDLED_ERROR', args.length === 0 ? 'Unhandled error.' : `Unhandled error. (${shown})`);
        err.context = er;
        throw err;
      }
      const handler = events[type];
      if (handler === undefined) return false;
      if (typeof handler === 'function') handler.apply(this, args);
      else for (const listener of handler.slice()) listener.apply(this, args);
      return true;
    },
    listeners(type) {
      const list = this._events === undefined ? undefined : this._events[type];
      if (list === undefined) return [];
      if (typeof list === 'function') return [list.listener || list];
      return list.map((l) => l.listener || l);
    },
    rawListeners(type) {
      const list = this._events === undefined ? undefined : this._events[type];
      if (list === undefined) return [];
      return typeof list === 'function' ? [list] : list.slice();
    },
    listenerCount(type, listener) {
      const list = this._events === undefined ? undefined : this._events[type];
      if (list === undefined) return 0;
      const all = typeof list === 'function' ? [list] : list;
      if (listener === undefined || listener === null) return all.length;
      return all.filter((l) => l === listener || l.listener === listener).length;
    },
    eventNames() { return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : []; },
    setMaxListeners(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        throw outOfRange('n', 'a non-negative number', n);
      }
      this._maxListeners = n;
      return this;
    },
    getMaxListeners() { return maxListenersOf(this); },
  });
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
  // events.once: the arguments of the next `name` event; an 'error' first rejects, and so
  // does an abort of options.signal. Works on an EventTarget too.
  EventEmitter.once = function once(emitter, name, options = {}) {
    const signal = options && options.signal;
    return new Promise((resolve, reject) => {
      const isTarget = emitter !== null && typeof emitter === 'object' && typeof emitter.addEventListener === 'function';
      if (!isTarget && !(emitter instanceof EventEmitter)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "emitter" argument must be an instance of EventEmitter or EventTarget.${describeReceived(emitter)}`);
      }
      if (signal !== undefined && signal.aborted) {
        reject(new web.AbortError(undefined, { cause: signal.reason }));
        return;
      }
      let onAbort;
      const cleanup = () => { if (onAbort !== undefined) signal.removeEventListener('abort', onAbort); };
      if (isTarget) {
        const listener = (...args) => { cleanup(); resolve(args); };
        emitter.addEventListener(name, listener, { once: true });
        if (signal !== undefined) {
          onAbort = () => { emitter.removeEventListener(name, listener); reject(new web.AbortError(undefined, { cause: signal.reason })); };
          signal.addEventListener('abort', onAbort, { once: true });
        }
        return;
      }
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        cleanup();
        reject(err);
      };
      const resolver = (...args) => {
        if (name !== 'error') emitter.removeListener('error', errorListener);
        cleanup();
        resolve(args);
      };
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', errorListener);
      if (signal !== undefined) {
        onAbort = () => {
          emitter.removeListener(name, resolver);
          emitter.removeListener('error', errorListener);
          reject(new web.AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  };

  // ---------------------------------------------------------------------------------------
  // process
  const process = Object.create(EventEmitter.prototype, {
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  EventEmitter.init.call(process);
  let processGlobal = process;
  ObjectDefineProperty(global, 'process', {
    get() { return processGlobal; },
    set(value) { processGlobal = value; },
    enumerable: false, configurable: true,
  });

  let exitCode;
  ObjectDefineProperty(process, 'exitCode', {
    enumerable: true, configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        const asInteger = typeof code === 'string' && code !== '' && Number.isInteger(+code);
        if (!asInteger) validateInteger(code, 'code');
      }
      exitCode = code;
    },
  });
  // The integer a process would pass to exit(3): ToInt32 of the code, as Node's reallyExit.
  function exitInt(code) { return (code || 0) | 0; }

  // Signals: Linux numbers, as os.constants.signals.
  const signalNumbers = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
    SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
    SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
    SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  };
  function uvError(code, errno, syscall) {
    const err = new Error(`${syscall} ${code}`);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    return err;
  }
  // The host decides a signal's default action without entering the isolate, so it is told
  // whether a signal has listeners. As in Node, that is the job of a 'newListener' and a
  // 'removeListener' listener of process (process.removeAllListeners() removes them too).
  function isSignal(type) {
    return typeof type === 'string' && Object.prototype.hasOwnProperty.call(signalNumbers, type);
  }
  function startListeningIfSignal(type) {
    if (!isSignal(type)) return;
    // These cannot be caught; Node fails to start the signal watcher and adds nothing.
    if (type === 'SIGKILL' || type === 'SIGSTOP') throw uvError('EINVAL', -22, 'uv_signal_start');
    native.signalListeners(type, process.listenerCount(type) + 1);
  }
  function stopListeningIfSignal(type) {
    if (isSignal(type)) native.signalListeners(type, process.listenerCount(type));
  }
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
  process.kill = function kill(pid, sig = 'SIGTERM') {
    if (pid != (pid | 0)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pid" argument must be of type number.${describeReceived(pid)}`);
    }
    let signo;
    if (typeof sig === 'number') {
      signo = sig;
    } else if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(signalNumbers, sig)) {
      signo = signalNumbers[sig];
    } else {
      throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    if (pid !== process.pid) throw uvError('ESRCH', -3, 'kill');
    if (signo === 0) return true;
    const result = native.kill(pid, signo);
    if (result === -1) throw uvError('ESRCH', -3, 'kill');
    if (result === -2) throw uvError('ENOSYS', -38, 'kill');
    return true;
  };

  process._exiting = false;
  // What differs between two instances of the same heap (a snapshot restores the same
  // `process` into every instance): set at boot and again at restore.
  function applyInfo() {
    process.argv = info.argv.slice();
    process.execPath = info.execPath;
    process.pid = info.pid;
    process.ppid = info.ppid;
  }
  applyInfo();
  process.execArgv = [];
  process.argv0 = 'node';
  process.title = 'node';
  process.version = info.nodeVersion;
  process.versions = { node: info.nodeVersion.slice(1), v8: info.v8Version, bulkhead: info.engineVersion };
  process.platform = info.platform;
  process.arch = info.arch;
  process.release = { name: 'node' };
  process.features = {};
  process.config = { variables: {} };
  // Warnings as Node's lib/internal/process/warning.js: an Error named after its type,
  // emitted as 'warning' on the next tick; the default listener prints it to stderr.
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor; code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type; code = undefined; type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "type" argument must be of type string.${describeReceived(type)}`);
    }
    if (typeof code === 'function') { ctor = code; code = undefined; }
    else if (code !== undefined && typeof code !== 'string') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "code" argument must be of type string.${describeReceived(code)}`);
    }
    if (typeof warning === 'string') {
      const err = new Error(warning);
      err.name = String(type || 'Warning');
      if (code !== undefined) err.code = code;
      if (detail !== undefined) err.detail = detail;
      warning = err;
    } else if (!(warning instanceof Error)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "warning" argument must be of type string or an instance of Error.${describeReceived(warning)}`);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    process.nextTick(() => process.emit('warning', warning));
  };
  let warnedOnce = false;
  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    const isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) return;
    const code = warning.code ? `[${warning.code}] ` : '';
    let text = `(node:${process.pid}) ${code}${warning.name}: ${warning.message}\n`;
    if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
    if (!warnedOnce) {
      warnedOnce = true;
      text += `(Use \`node --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)\n`;
    }
    native.write(2, text);
  }
  process.on('warning', onWarning);
  const deprecationsShown = new Set();
  function emitDeprecation(message, code) {
    if (deprecationsShown.has(code)) return;
    deprecationsShown.add(code);
    process.emitWarning(message, 'DeprecationWarning', code);
  }
  process.cwd = function cwd() { return info.cwd; };
  process.uptime = function uptime() { return native.now() / 1000; };
  process.hrtime = function hrtime(prev) {
    const ns = BigInt(Math.round(native.now() * 1e6)) + BigInt(Math.round(info.hrtimeBaseNs));
    let s = Number(ns / 1000000000n);
    let n = Number(ns % 1000000000n);
    if (Array.isArray(prev)) {
      s -= prev[0]; n -= prev[1];
      if (n < 0) { s -= 1; n += 1e9; }
    }
    return [s, n];
  };
  process.hrtime.bigint = function bigint() { return BigInt(Math.round(native.now() * 1e6)) + BigInt(Math.round(info.hrtimeBaseNs)); };
  process.memoryUsage = function memoryUsage() { return native.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return native.memoryUsage().rss; };
  // CPU and resource usage are the instance's own: its thread's (engine/src/host.rs).
  function propertyType(name) { return name.includes('.') ? 'property' : 'argument'; }
  function validateUsageField(prev, name) {
    const value = prev[name];
    if (typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0) return;
    if (prev === null || typeof prev !== 'object') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "prevValue" argument must be of type object.${describeReceived(prev)}`);
    }
    const full = `prevValue.${name}`;
    if (typeof value !== 'number') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${full}" ${propertyType(full)} must be of type number.${describeReceived(value)}`);
    }
    throw makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE', `The ${propertyType(full)} '${full}' is invalid. Received ${inspect(value)}`);
  }
  process.cpuUsage = function cpuUsage(prevValue) {
    if (prevValue) {
      validateUsageField(prevValue, 'user');
      validateUsageField(prevValue, 'system');
    }
    const usage = native.threadUsage() || { userCPUTime: 0, systemCPUTime: 0 };
    const user = usage.userCPUTime;
    const system = usage.systemCPUTime;
    if (prevValue) return { user: user - prevValue.user, system: system - prevValue.system };
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() { return native.threadUsage(); };
  // The ids the host process runs with; the umask is the instance's own copy of the host's.
  process.getuid = function getuid() { return info.credentials.uid; };
  process.geteuid = function geteuid() { return info.credentials.euid; };
  process.getgid = function getgid() { return info.credentials.gid; };
  process.getegid = function getegid() { return info.credentials.egid; };
  process.getgroups = function getgroups() {
    const groups = info.credentials.groups.slice();
    if (!groups.includes(info.credentials.egid)) groups.push(info.credentials.egid);
    return groups;
  };
  let umaskValue;
  // Planted leak (engine/src/mutants.rs, never in a normal build): one umask for the process.
  const sharedUmask = () => info.mutant === 'shared-umask';
  process.umask = function umask(mask) {
    if (umaskValue === undefined) umaskValue = info.credentials.umask;
    if (sharedUmask() && native.mutantCell('umask.set') === 1) umaskValue = native.mutantCell('umask');
    const old = umaskValue;
    if (mask !== undefined) {
      let value = mask;
      if (typeof value === 'string') {
        if (!/^[0-7]+$/.test(value)) {
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
            `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received ${inspect(mask)}`);
        }
        value = parseInt(value, 8);
      }
      if (typeof value !== 'number') {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "mask" argument must be of type number.${describeReceived(value)}`);
      }
      if (!Number.isInteger(value)) {
        throw outOfRange('mask', 'an integer', value);
      }
      if (value < 0 || value > 4294967295) {
        throw outOfRange('mask', '>= 0 && <= 4294967295', value);
      }
      umaskValue = value & 0o777;
      if (sharedUmask()) { native.mutantCell('umask', umaskValue); native.mutantCell('umask.set', 1); }
    }
    return old;
  };
  process.reallyExit = function reallyExit(code) { native.reallyExit(exitInt(code)); };
  process.exit = function exit(code) {
    if (arguments.length !== 0) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    process.reallyExit(process.exitCode || 0);
  };
  process.abort = function abort() { native.abort(); };
  process._fatalException = function _fatalException(er, fromPromise) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    process.emit('uncaughtExceptionMonitor', er, type);
    if (captureCallback !== null) {
      captureCallback(er);
    } else if (!process.emit('uncaughtException', er, type)) {
      try {
        if (!process._exiting) {
          process._exiting = true;
          process.exitCode = 1;
          process.emit('exit', 1);
        }
      } catch {
        // An exit listener that throws while the instance is already dying changes nothing.
      }
      return false;
    }
    // A handled exception leaves the loop running; make sure queued ticks still get their turn.
    setImmediate(noop);
    return true;
  };
  function noop() {}
  // process.setUncaughtExceptionCaptureCallback: one callback that, while set, takes every
  // uncaught exception instead of the 'uncaughtException' listeners.
  let captureCallback = null;
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) { captureCallback = null; return; }
    validateFunction(fn, 'fn');
    if (captureCallback !== null) {
      throw makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
        '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    }
    captureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return captureCallback !== null;
  };

  function makeStream(fd) {
    const stream = new EventEmitter();
    stream.fd = fd;
    stream.writable = true;
    stream.write = function write(chunk, encoding, cb) {
      if (typeof encoding === 'function') cb = encoding;
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "chunk" argument must be of type string or an instance of Buffer or Uint8Array.${describeReceived(chunk)}`);
      }
      native.write(fd, typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    };
    stream.end = function end(chunk, encoding, cb) {
      if (chunk != null && typeof chunk !== 'function') stream.write(chunk, encoding);
      const done = [chunk, encoding, cb].find((x) => typeof x === 'function');
      if (done) process.nextTick(done);
      return stream;
    };
    return stream;
  }
  process.stdout = makeStream(1);
  process.stderr = makeStream(2);
  process.stdin = new EventEmitter();

  // process.env: the instance's overlay over the host's environment (engine/src/env.rs).
  // Like Node's interceptors: env names first, then the ordinary object behind (so
  // process.env.hasOwnProperty exists); symbols read as undefined and cannot be written;
  // values become strings; only plain data descriptors may be defined.
  const symbolToString = () => new TypeError('Cannot convert a Symbol value to a string');
  const badDescriptor = (what) => makeNodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', `'process.env' ${what}`);
  process.env = new Proxy({}, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      const value = native.envGet(name);
      return value !== undefined ? value : Reflect.get(target, name);
    },
    set(_t, name, value) {
      if (typeof name !== 'string' || typeof value === 'symbol') throw symbolToString();
      native.envSet(name, `${value}`);
      return true;
    },
    deleteProperty(_t, name) { if (typeof name === 'string') native.envDelete(name); return true; },
    has(target, name) {
      return (typeof name === 'string' && native.envGet(name) !== undefined) || Reflect.has(target, name);
    },
    ownKeys() { return native.envKeys(); },
    getOwnPropertyDescriptor(_t, name) {
      if (typeof name !== 'string') return undefined;
      const value = native.envGet(name);
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_t, name, desc) {
      if ('get' in desc || 'set' in desc) throw badDescriptor('does not accept an accessor(getter/setter) descriptor');
      if (!('value' in desc) || desc.writable !== true || desc.enumerable !== true || desc.configurable !== true) {
        throw badDescriptor('only accepts a configurable, writable, and enumerable data descriptor');
      }
      if (typeof name !== 'string' || typeof desc.value === 'symbol') throw symbolToString();
      native.envSet(name, `${desc.value}`);
      return true;
    },
  });

  // ---------------------------------------------------------------------------------------
  // nextTick queue, microtasks and promise rejections (Node's task_queues and promises)
  const tickQueue = [];
  let tickHead = 0;
  let hasRejectionToWarn = false;

  process.nextTick = function nextTick(callback, ...args) {
    validateFunction(callback, 'callback');
    if (process._exiting) return;
    tickQueue.push({ callback, args: args.length ? args : undefined });
  };
  function hasTickScheduled() { return tickHead < tickQueue.length; }
  function processTicksAndRejections() {
    do {
      while (tickHead < tickQueue.length) {
        const tock = tickQueue[tickHead];
        tickQueue[tickHead++] = undefined;
        if (tickHead === tickQueue.length) { tickQueue.length = 0; tickHead = 0; }
        if (tock.args === undefined) tock.callback();
        else tock.callback(...tock.args);
      }
      native.runMicrotasks();
    } while (hasTickScheduled() || processPromiseRejections());
    hasRejectionToWarn = false;
  }
  function runNextTicks() {
    if (!hasTickScheduled() && !hasRejectionToWarn) native.runMicrotasks();
    if (!hasTickScheduled() && !hasRejectionToWarn) return;
    processTicksAndRejections();
  }

  global.queueMicrotask = function queueMicrotask(callback) {
    validateFunction(callback, 'callback');
    native.enqueueMicrotask(() => {
      try {
        callback();
      } catch (error) {
        native.triggerUncaughtException(error, false);
      }
    });
  };

  const maybeUnhandled = new WeakMap();
  const pendingUnhandled = [];
  const kRejectWithNoHandler = 0;
  const kHandlerAddedAfterReject = 1;
  function promiseRejectHandler(type, promise, reason) {
    if (type === kRejectWithNoHandler) {
      maybeUnhandled.set(promise, { reason, warned: false, uid: ++lastRejectionId });
      pendingUnhandled.push(promise);
      hasRejectionToWarn = true;
    } else if (type === kHandlerAddedAfterReject) {
      const info = maybeUnhandled.get(promise);
      if (info !== undefined) {
        maybeUnhandled.delete(promise);
        if (info.warned) {
          // Reported with the next batch of rejections, after the current ticks and microtasks.
          const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
          warning.name = 'PromiseRejectionHandledWarning';
          warning.id = info.uid;
          asyncHandled.push({ promise, warning });
          hasRejectionToWarn = true;
        }
      }
    }
  }
  let lastRejectionId = 0;
  const asyncHandled = [];
  // Planted leak (engine/src/mutants.rs, never in a normal build): whether a rejection was
  // handled is decided by 'unhandledRejection' listeners anywhere in the process.
  const sharedRejectionListeners = () => info.mutant === 'shared-rejection-listeners';
  function emitUnhandledRejection(reason, promise) {
    const handled = process.emit('unhandledRejection', reason, promise);
    if (!sharedRejectionListeners()) return handled;
    if (handled) native.mutantCell('unhandledRejectionListeners', 1);
    return handled || native.mutantCell('unhandledRejectionListeners') === 1;
  }
  class UnhandledPromiseRejection extends Error {
    constructor(reason) {
      super('This error originated either by throwing inside of an async function without a catch ' +
        'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
        `rejected with the reason "${inspect(reason)}".`);
      this.code = 'ERR_UNHANDLED_REJECTION';
    }
  }
  ObjectDefineProperty(UnhandledPromiseRejection.prototype, 'name', { value: 'UnhandledPromiseRejection' });
  function isErrorLike(o) {
    return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
  }
  function processPromiseRejections() {
    let scheduled = asyncHandled.length > 0;
    while (asyncHandled.length > 0) {
      const { promise, warning } = asyncHandled.shift();
      if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
    }
    let len = pendingUnhandled.length;
    while (len--) {
      const promise = pendingUnhandled.shift();
      const record = maybeUnhandled.get(promise);
      if (record === undefined) continue;
      record.warned = true;
      const { reason } = record;
      // Node 20's default --unhandled-rejections=throw.
      if (!emitUnhandledRejection(reason, promise)) {
        const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
        native.triggerUncaughtException(err, true);
      }
      scheduled = true;
    }
    return scheduled || pendingUnhandled.length !== 0;
  }

  // ---------------------------------------------------------------------------------------
  // timers: lists keyed by duration, run in expiry order, as Node's lib/internal/timers.js
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const timerLists = new Map(); // msecs -> { msecs, expiry, timers: Set }
  let refedTimers = 0;
  let loopNow = 0;
  const kRefed = Symbol('refed');
  function clampDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }
  class Timeout {
    constructor(callback, after, args, isRepeat) {
      after = clampDelay(after);
      this._idleTimeout = after;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      this[kRefed] = true;
      this._idleStart = 0;
      refedTimers++;
      insertTimer(this, after, loopNow);
    }
    ref() {
      if (!this[kRefed]) { this[kRefed] = true; if (!this._destroyed) refedTimers++; }
      return this;
    }
    unref() {
      if (this[kRefed]) { this[kRefed] = false; if (!this._destroyed) refedTimers--; }
      return this;
    }
    hasRef() { return this[kRefed]; }
    // Restarts the countdown; a timer that already fired comes back to life (a cleared one
    // does not), as in Node.
    refresh() {
      if (this._idleTimeout < 0) return this;
      removeTimer(this);
      insertTimer(this, this._idleTimeout, native.now() | 0);
      if (this._destroyed) {
        this._destroyed = false;
        if (this[kRefed]) refedTimers++;
        if (this._id !== undefined) timersById.set(this._id, this);
      }
      return this;
    }
    close() { clearTimeout(this); return this; }
    [Symbol.toPrimitive]() { return this._id || (this._id = nextTimerId()); }
  }
  let timerIds = 0;
  // Planted leak (engine/src/mutants.rs, never in a normal build): process-wide timer ids.
  const nextTimerId = () => (info.mutant === 'shared-timer-ids'
    ? native.mutantCell('timerIds', native.mutantCell('timerIds') + 1) + 1
    : ++timerIds);
  const timersById = new Map();
  function insertTimer(timer, msecs, start) {
    timer._idleStart = start;
    let list = timerLists.get(msecs);
    if (list === undefined) {
      list = { msecs, expiry: start + msecs, timers: new Set() };
      timerLists.set(msecs, list);
    }
    list.timers.add(timer);
  }
  function isEnrolled(timer) {
    const list = timerLists.get(timer._idleTimeout);
    return list !== undefined && list.timers.has(timer);
  }
  function removeTimer(timer) {
    const list = timerLists.get(timer._idleTimeout);
    if (list !== undefined) {
      list.timers.delete(timer);
      if (list.timers.size === 0) timerLists.delete(timer._idleTimeout);
    }
  }
  function unenroll(timer) {
    if (timer._destroyed) return;
    timer._destroyed = true;
    if (timer[kRefed]) refedTimers--;
    removeTimer(timer);
    if (timer._id !== undefined) timersById.delete(timer._id);
    timer._idleTimeout = -1;
  }
  function nextList(now) {
    let best;
    for (const list of timerLists.values()) {
      if (list.expiry <= now && (best === undefined || list.expiry < best.expiry)) best = list;
    }
    return best;
  }
  function processTimers(now) {
    loopNow = now;
    let ranAtLeastOne = false;
    let list;
    while ((list = nextList(now)) !== undefined) {
      const msecs = list.msecs;
      let remaining = false;
      for (const timer of list.timers) {
        if (now - timer._idleStart < msecs) {
          list.expiry = Math.max(timer._idleStart + msecs, now + 1);
          remaining = true;
          break;
        }
        if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
        list.timers.delete(timer);
        if (timer._destroyed) continue;
        const start = timer._repeat ? native.now() | 0 : 0;
        try {
          const args = timer._timerArgs;
          if (args === undefined) timer._onTimeout();
          else timer._onTimeout(...args);
        } finally {
          if (timer._repeat && timer._idleTimeout !== -1) {
            timer._idleTimeout = timer._repeat;
            insertTimer(timer, timer._idleTimeout, start);
          } else if (!timer._destroyed && !isEnrolled(timer)) {
            timer._destroyed = true;
            if (timer[kRefed]) refedTimers--;
            if (timer._id !== undefined) timersById.delete(timer._id);
          }
        }
      }
      if (!remaining && timerLists.get(msecs) === list && list.timers.size === 0) timerLists.delete(msecs);
    }
    if (ranAtLeastOne) processTicksAndRejections();
  }
  function nextTimerExpiry() {
    let best = -1;
    for (const list of timerLists.values()) {
      if (best === -1 || list.expiry < best) best = list.expiry;
    }
    return best;
  }
  function timerFromArg(timer) {
    if (timer instanceof Timeout) return timer;
    if (typeof timer === 'number' || typeof timer === 'string') return timersById.get(+timer);
    return undefined;
  }
  global.setTimeout = function setTimeout(callback, after, ...args) {
    validateFunction(callback, 'callback');
    const t = new Timeout(callback, after, args.length ? args : undefined, false);
    t._id = nextTimerId(); timersById.set(t._id, t);
    return t;
  };
  global.setInterval = function setInterval(callback, repeat, ...args) {
    validateFunction(callback, 'callback');
    const t = new Timeout(callback, repeat, args.length ? args : undefined, true);
    t._id = nextTimerId(); timersById.set(t._id, t);
    return t;
  };
  function clearTimeout(timer) {
    const t = timerFromArg(timer);
    if (t !== undefined) unenroll(t);
  }
  global.clearTimeout = clearTimeout;
  global.clearInterval = function clearInterval(timer) { clearTimeout(timer); };

  // setImmediate: the check phase, after timers.
  class Immediate {
    constructor(callback, args) {
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this[kRefed] = true;
      refedImmediates++;
      immediateQueue.push(this);
    }
    ref() { if (!this[kRefed] && !this._destroyed) { this[kRefed] = true; refedImmediates++; } return this; }
    unref() { if (this[kRefed] && !this._destroyed) { this[kRefed] = false; refedImmediates--; } return this; }
    hasRef() { return this[kRefed]; }
  }
  let immediateQueue = [];
  let refedImmediates = 0;
  global.setImmediate = function setImmediate(callback, ...args) {
    validateFunction(callback, 'callback');
    return new Immediate(callback, args.length ? args : undefined);
  };
  global.clearImmediate = function clearImmediate(immediate) {
    if (!(immediate instanceof Immediate) || immediate._destroyed) return;
    immediate._destroyed = true;
    if (immediate[kRefed]) refedImmediates--;
  };
  function processImmediates() {
    const queue = immediateQueue;
    immediateQueue = [];
    let ranAtLeastOne = false;
    for (let i = 0; i < queue.length; i++) {
      const immediate = queue[i];
      if (immediate._destroyed) continue;
      if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
      immediate._destroyed = true;
      if (immediate[kRefed]) refedImmediates--;
      try {
        if (immediate._argv === undefined) immediate._onImmediate();
        else immediate._onImmediate(...immediate._argv);
      } catch (err) {
        // Put back what did not run, so the loop resumes after the uncaught-exception handling.
        immediateQueue = queue.slice(i + 1).concat(immediateQueue);
        throw err;
      }
    }
    if (ranAtLeastOne) processTicksAndRejections();
  }
  function pendingImmediates() {
    return immediateQueue.some((i) => !i._destroyed);
  }

  // ---------------------------------------------------------------------------------------
  // WebAssembly.compile/instantiate finish on V8's worker threads; until they settle the
  // loop stays alive (Node drains its platform's tasks before a loop may end).
  // V8 installs WebAssembly afresh in a context restored from a snapshot, so restore()
  // wraps again.
  let platformWork = 0;
  const kTracked = Symbol('tracked');
  function trackWebAssembly() {
    if (typeof WebAssembly !== 'object' || WebAssembly === null) return;
    for (const name of ['compile', 'instantiate']) {
      const original = WebAssembly[name];
      if (typeof original !== 'function' || original[kTracked]) continue;
      const wrapped = {
        [name](...args) {
          platformWork++;
          return new Promise((resolve, reject) => {
            Reflect.apply(original, WebAssembly, args).then(
              (value) => { platformWork--; resolve(value); },
              (error) => { platformWork--; reject(error); });
          });
        },
      }[name];
      ObjectDefineProperty(wrapped, 'length', { value: original.length });
      ObjectDefineProperty(wrapped, kTracked, { value: true });
      ObjectDefineProperty(WebAssembly, name, { value: wrapped, writable: true, enumerable: false, configurable: true });
    }
  }
  trackWebAssembly();

  // ---------------------------------------------------------------------------------------
  // console
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
    const line = (left, middle, right) => left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
    const row = (cells) => `│${cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - cellWidth(c))} `).join('│')}│`;
    return [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤'), ...rows.map(row), line('└', '┴', '┘')].join('\n');
  }
  function makeConsole() {
    const counts = new Map();
    const timers = new Map();
    let groupIndent = '';
    const out = (fd) => (...args) => {
      let text = format(...args);
      if (groupIndent) text = text.split('\n').map((l) => groupIndent + l).join('\n');
      native.write(fd, text + '\n');
    };
    const c = {
      log: out(1), info: out(1), debug: out(1),
      error: out(2), warn: out(2), trace(...args) {
        const err = { name: 'Trace', message: format(...args) };
        Error.captureStackTrace(err, c.trace);
        native.write(2, err.stack + '\n');
      },
      dir(obj, options) { out(1)(inspect(obj, { customInspect: false, ...options })); },
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
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            `The "properties" argument must be an instance of Array.${describeReceived(properties)}`);
        }
        if (data === null || typeof data !== 'object') return out(1)(data);
        return out(1)(renderTable(data, properties));
      },
    };
    c.groupCollapsed = c.group;
    return c;
  }
  ObjectDefineProperty(global, 'console', { value: makeConsole(), writable: true, enumerable: false, configurable: true });

  // Buffer, TextEncoder/TextDecoder, atob/btoa, structuredClone, performance, `global`.
  const web = installGlobals(global, {
    makeNodeError, outOfRange, describeReceived, inspect, customInspect, emitDeprecation,
    now: () => native.now(),
    timeOrigin: () => info.timeOriginMs,
    randomBytesOf: (n) => native.randomBytes(n),
    mutantBuffer: (n) => native.mutantBuffer(n),
  });

  // ---------------------------------------------------------------------------------------
  // builtin modules
  // Own properties in Node's order; the name is not enumerable, and the stack's first line
  // reads `AssertionError [ERR_ASSERTION]: …`.
  class AssertionError extends Error {
    constructor(options) {
      super(options.message);
      this.generatedMessage = !options.userMessage;
      this.code = 'ERR_ASSERTION';
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = options.operator;
      ObjectDefineProperty(this, 'stack', {
        value: String(this.stack).replace(/^Error/, 'AssertionError [ERR_ASSERTION]'), writable: true, configurable: true,
      });
    }
  }
  ObjectDefineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true });
  function isDeepEqual(a, b, strict) {
    if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict)) return false;
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const v of a) if (!b.has(v)) return false;
      return true;
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !isDeepEqual(a[k], b[k], strict)) return false;
    return true;
  }
  function makeAssert() {
    // Throws AssertionError; `generated` tells whether Node counts the message as its own.
    function raise(actual, expected, operator, message, generated, stackStartFn) {
      const err = new AssertionError({ actual, expected, operator, message, userMessage: !generated });
      if (stackStartFn !== undefined) Error.captureStackTrace(err, stackStartFn);
      throw err;
    }
    // A user's message wins (an Error is thrown as it is); else Node's own.
    function check(ok, actual, expected, operator, userMessage, own) {
      if (ok) return;
      if (userMessage instanceof Error) throw userMessage;
      if (userMessage !== undefined) raise(actual, expected, operator, `${userMessage}`, false);
      raise(actual, expected, operator, own(), true);
    }
    function assert(...args) { ok(...args); }
    function ok(value, message) {
      if (arguments.length === 0) raise(undefined, true, '==', 'No value argument passed to `assert.ok()`', true);
      check(value, value, true, '==', message, () => 'The expression evaluated to a falsy value');
    }
    const oneLine = (v) => !inspect(v).includes('\n');
    const strict = {
      equal: (a, b, m) => {
        if (Object.is(a, b)) return;
        const shown = `${inspect(a)} !== ${inspect(b)}\n`;
        if (m instanceof Error) throw m;
        // Node 20 adds the comparison to a user's message when it fits on a line.
        if (m !== undefined) raise(a, b, 'strictEqual', oneLine(a) && oneLine(b) ? `${m}\n\n${shown}` : `${m}`, false);
        raise(a, b, 'strictEqual', `Expected values to be strictly equal:\n\n${shown}`, true);
      },
      notEqual: (a, b, m) => check(!Object.is(a, b), a, b, 'notStrictEqual', m, () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`),
      deepEqual: (a, b, m) => check(isDeepEqual(a, b, true), a, b, 'deepStrictEqual', m, () => 'Expected values to be strictly deep-equal:'),
      notDeepEqual: (a, b, m) => check(!isDeepEqual(a, b, true), a, b, 'notDeepStrictEqual', m,
        () => `Expected "actual" not to be strictly deep-equal to: ${inspect(b)}`),
    };
    assert.ok = ok;
    assert.AssertionError = AssertionError;
    assert.fail = function fail(message) {
      if (message instanceof Error) throw message;
      raise(undefined, undefined, 'fail', arguments.length === 0 ? 'Failed' : `${message}`, arguments.length === 0);
    };
    assert.equal = (a, b, m) => check(a == b || (a !== a && b !== b), a, b, '==', m, () => `${inspect(a)} == ${inspect(b)}`);
    assert.notEqual = (a, b, m) => check(!(a == b || (a !== a && b !== b)), a, b, '!=', m, () => `${inspect(a)} != ${inspect(b)}`);
    assert.strictEqual = strict.equal;
    assert.notStrictEqual = strict.notEqual;
    assert.deepEqual = (a, b, m) => check(isDeepEqual(a, b, false), a, b, 'deepEqual', m,
      () => `Expected values to be loosely deep-equal:\n\n${inspect(a)}\n\nshould loosely deep-equal\n\n${inspect(b)}`);
    assert.notDeepEqual = (a, b, m) => check(!isDeepEqual(a, b, false), a, b, 'notDeepEqual', m,
      () => `Expected "actual" not to be loosely deep-equal to: ${inspect(b)}`);
    assert.deepStrictEqual = strict.deepEqual;
    assert.notDeepStrictEqual = strict.notDeepEqual;
    // Whether a thrown (or rejected) value is the expected one; a mismatch is an error of
    // its own, or the original value thrown again, as Node does.
    function matches(actual, expected, operator, message, fn) {
      if (expected === undefined) return;
      if (expected instanceof RegExp) {
        const text = String(actual);
        if (expected.test(text)) return;
        if (message !== undefined) raise(actual, expected, operator, `${message}`, false, fn);
        raise(actual, expected, operator, `The input did not match the regular expression ${expected}. Input:\n\n${inspect(text)}\n`, true, fn);
      }
      if (typeof expected === 'function') {
        if (expected.prototype !== undefined && actual instanceof expected) return;
        if (Error.isPrototypeOf(expected) || expected === Error) throw actual;
        if (expected.call({}, actual) === true) return;
        throw actual;
      }
      if (expected !== null && typeof expected === 'object') {
        for (const key of Object.keys(expected)) {
          const want = expected[key];
          const have = actual === null || actual === undefined ? undefined : actual[key];
          const same = want instanceof RegExp && typeof have === 'string' ? want.test(have) : isDeepEqual(have, want, true);
          if (!same) {
            if (message !== undefined) raise(actual, expected, operator, `${message}`, false, fn);
            raise(actual, expected, operator, `Expected values to be strictly deep-equal:\n${inspect(have)} !== ${inspect(want)}`, true, fn);
          }
        }
      }
    }
    function expectedName(expected) {
      return typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
    }
    function missing(kind, expected, message, operator, fn) {
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      const text = `Missing expected ${kind}${expectedName(expected)}${message !== undefined ? `: ${message}` : '.'}`;
      raise(undefined, expected, operator, text, false, fn);
    }
    function unwanted(kind, actual, message, operator, fn) {
      const detail = actual && actual.message !== undefined ? actual.message : inspect(actual);
      const head = message !== undefined && typeof message !== 'function' && !(message instanceof RegExp) ? `Got unwanted ${kind}: ${message}` : `Got unwanted ${kind}.`;
      raise(actual, undefined, operator, `${head}\nActual message: "${detail}"`, false, fn);
    }
    assert.throws = function throws(fn, expected, message) {
      validateFunction(fn, 'fn');
      try { fn(); } catch (e) {
        if (typeof expected === 'string') throw e;
        matches(e, expected, 'throws', message, throws);
        return;
      }
      missing('exception', expected, message, 'throws', throws);
    };
    assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
      validateFunction(fn, 'fn');
      try { fn(); } catch (e) {
        if (typeof expected === 'string') { message = expected; expected = undefined; }
        if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
        unwanted('exception', e, message, 'doesNotThrow', doesNotThrow);
      }
    };
    async function settle(promiseFn) {
      const p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
      return p;
    }
    assert.rejects = async function rejects(promiseFn, expected, message) {
      try { await settle(promiseFn); } catch (e) {
        if (typeof expected === 'string') throw e;
        matches(e, expected, 'rejects', message, rejects);
        return;
      }
      missing('rejection', expected, message, 'rejects', rejects);
    };
    assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
      try { await settle(promiseFn); } catch (e) {
        if (typeof expected === 'string') { message = expected; expected = undefined; }
        unwanted('rejection', e, message, 'doesNotReject', doesNotReject);
      }
    };
    assert.ifError = function ifError(value) {
      if (value === null || value === undefined) return;
      const shown = value !== null && typeof value === 'object' && typeof value.message === 'string' ? value.message : inspect(value);
      raise(value, null, 'ifError', `ifError got unwanted exception: ${shown}`, false, ifError);
    };
    function regexpCheck(string, regexp, message, operator, wantMatch) {
      if (!(regexp instanceof RegExp)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "regexp" argument must be an instance of RegExp.${describeReceived(regexp)}`);
      }
      if (typeof string === 'string' && regexp.test(string) === wantMatch) return;
      if (message instanceof Error) throw message;
      if (message !== undefined) raise(string, regexp, operator, `${message}`, false);
      const own = typeof string !== 'string'
        ? `The "string" argument must be of type string.${describeReceived(string)}`
        : wantMatch
          ? `The input did not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`
          : `The input was expected to not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`;
      raise(string, regexp, operator, own, true);
    }
    assert.match = (string, regexp, message) => regexpCheck(string, regexp, message, 'match', true);
    assert.doesNotMatch = (string, regexp, message) => regexpCheck(string, regexp, message, 'doesNotMatch', false);
    // assert.strict: the same module with the strict comparisons under the loose names.
    const strictAssert = (...args) => ok(...args);
    Object.assign(strictAssert, assert, {
      equal: strict.equal, notEqual: strict.notEqual, deepEqual: strict.deepEqual, notDeepEqual: strict.notDeepEqual,
    });
    strictAssert.strict = strictAssert;
    assert.strict = strictAssert;
    return assert;
  }
  // util.promisify, with util.promisify.custom (setTimeout and setImmediate carry one).
  const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
  function promisify(fn) {
    validateFunction(fn, 'original');
    const custom = fn[promisifyCustom];
    if (custom !== undefined) {
      validateFunction(custom, 'util.promisify.custom');
      return custom;
    }
    function promisified(...args) {
      return new Promise((resolve, reject) => {
        fn.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values[0])));
      });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(fn));
    ObjectDefineProperty(promisified, promisifyCustom, { value: promisified, configurable: true });
    return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(fn));
  }
  promisify.custom = promisifyCustom;
  // util.callbackify: the promise's outcome to a Node-style callback, on the next tick; a
  // falsy rejection reason arrives wrapped, as Node wraps it.
  function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const callback = args.pop();
      validateFunction(callback, 'last argument');
      Reflect.apply(original, this, args).then(
        (value) => process.nextTick(callback, null, value),
        (reason) => {
          if (!reason) {
            const wrapped = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
            wrapped.reason = reason;
            reason = wrapped;
          }
          process.nextTick(callback, reason);
        });
    }
    Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
    Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
    return callbackified;
  }
  for (const [name, fn] of [['setTimeout', global.setTimeout], ['setImmediate', global.setImmediate]]) {
    ObjectDefineProperty(fn, promisifyCustom, {
      enumerable: true, configurable: true,
      get() { return loadBuiltin('timers/promises')[name]; },
    });
  }
  const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);
  const utilTypes = {
    isPromise: (v) => v instanceof Promise,
    isDate: (v) => v instanceof Date,
    isRegExp: (v) => v instanceof RegExp,
    isMap: (v) => v instanceof Map,
    isSet: (v) => v instanceof Set,
    isWeakMap: (v) => v instanceof WeakMap,
    isWeakSet: (v) => v instanceof WeakSet,
    isNativeError: (v) => v instanceof Error,
    isArrayBuffer: (v) => v instanceof ArrayBuffer,
    isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer),
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
    isUint8Array: (v) => v instanceof Uint8Array,
    isDataView: (v) => v instanceof DataView,
    isAsyncFunction: (v) => typeof v === 'function' && /^Async(Generator)?Function$/.test(tagOf(v)),
    isGeneratorFunction: (v) => typeof v === 'function' && /^(Async)?GeneratorFunction$/.test(tagOf(v)),
    isGeneratorObject: (v) => tagOf(v) === 'Generator',
    isBoxedPrimitive: (v) => v !== null && typeof v === 'object' && ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(tagOf(v)) && !(Symbol.toStringTag in v),
  };
  // Node's v8.startupSnapshot API, for warm-up scripts.
  const deserializeCallbacks = [];
  let deserializeMain;
  const startupSnapshot = {
    isBuildingSnapshot() { return info.buildingSnapshot === true; },
    addSerializeCallback(callback, data) { validateFunction(callback, 'callback'); callback(data); },
    addDeserializeCallback(callback, data) {
      validateFunction(callback, 'callback');
      deserializeCallbacks.push([callback, data]);
    },
    setDeserializeMainFunction(callback, data) {
      validateFunction(callback, 'callback');
      if (deserializeMain !== undefined) {
        throw makeNodeError(Error, 'ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Deserialize main function is already configured.');
      }
      deserializeMain = [callback, data];
    },
  };
  const builtinFactories = {
    v8: () => ({
      startupSnapshot,
      getHeapStatistics() {
        const m = native.memoryUsage();
        return { total_heap_size: m.heapTotal, used_heap_size: m.heapUsed };
      },
    }),
    events: () => EventEmitter,
    assert: makeAssert,
    util: () => ({
      format, inspect, promisify,
      inherits(ctor, superCtor) { Object.setPrototypeOf(ctor.prototype, superCtor.prototype); ctor.super_ = superCtor; },
      isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
      deprecate(fn, message, code) {
        validateFunction(fn, 'fn');
        return function deprecated(...args) {
          if (code === undefined) process.emitWarning(message, 'DeprecationWarning');
          else emitDeprecation(message, code);
          return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
        };
      },
      debuglog() { const log = () => {}; log.enabled = false; return log; },
      debug() { const log = () => {}; log.enabled = false; return log; },
      formatWithOptions(options, ...args) {
        if (options === null || typeof options !== 'object') {
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "inspectOptions" argument must be of type object.${describeReceived(options)}`);
        }
        return format(...args);
      },
      callbackify,
      stripVTControlCharacters(text) {
        if (typeof text !== 'string') {
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "str" argument must be of type string.${describeReceived(text)}`);
        }
        // eslint-disable-next-line no-control-regex
        return text.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
      },
      toUSVString(text) { return String(text).toWellFormed(); },
      _extend(target, source) {
        if (source === null || typeof source !== 'object') return target;
        for (const key of Object.keys(source)) target[key] = source[key];
        return target;
      },
      // The deprecated type checks, still exported by Node 20.
      isBoolean: (v) => typeof v === 'boolean',
      isBuffer: (v) => global.Buffer.isBuffer(v),
      isDate: (v) => v instanceof Date,
      isError: (v) => v instanceof Error,
      isFunction: (v) => typeof v === 'function',
      isNull: (v) => v === null,
      isNullOrUndefined: (v) => v === null || v === undefined,
      isNumber: (v) => typeof v === 'number',
      isObject: (v) => v !== null && typeof v === 'object',
      isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
      isRegExp: (v) => v instanceof RegExp,
      isString: (v) => typeof v === 'string',
      isSymbol: (v) => typeof v === 'symbol',
      isUndefined: (v) => v === undefined,
      isArray: Array.isArray,
      types: utilTypes,
      TextEncoder: web.TextEncoder,
      TextDecoder: web.TextDecoder,
    }),
    timers: () => ({
      setTimeout: global.setTimeout, clearTimeout, setInterval: global.setInterval,
      clearInterval: global.clearInterval, setImmediate: global.setImmediate, clearImmediate: global.clearImmediate,
      promises: loadBuiltin('timers/promises'),
    }),
    'timers/promises': () => {
      // A signal that fires first rejects with Node's AbortError, whose cause is its reason.
      function validateSignal(options) {
        const signal = options && options.signal;
        if (signal !== undefined && !(signal instanceof global.AbortSignal)) {
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            `The "options.signal" property must be an instance of AbortSignal.${describeReceived(signal)}`);
        }
        return signal;
      }
      function schedule(start, cancel, value, options) {
        const signal = validateSignal(options);
        if (signal !== undefined && signal.aborted) return Promise.reject(new web.AbortError(undefined, { cause: signal.reason }));
        let oncancel;
        const ret = new Promise((resolve, reject) => {
          const handle = start(resolve, value);
          if (options && options.ref === false) handle.unref();
          if (signal !== undefined) {
            oncancel = () => {
              cancel(handle);
              reject(new web.AbortError(undefined, { cause: signal.reason }));
            };
            signal.addEventListener('abort', oncancel);
          }
        });
        return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
      }
      return {
        setTimeout(delay, value, options) {
          return schedule((resolve, v) => global.setTimeout(resolve, delay, v), clearTimeout, value, options);
        },
        setImmediate(value, options) {
          return schedule((resolve, v) => global.setImmediate(resolve, v), global.clearImmediate, value, options);
        },
        scheduler: {
          wait: (delay, options) => schedule((resolve) => global.setTimeout(resolve, delay), clearTimeout, undefined, options),
          yield: () => new Promise((resolve) => global.setImmediate(resolve)),
        },
      };
    },
    buffer: () => web.buffer,
    crypto: () => web.crypto,
    process: () => process,
  };
  const builtinCache = new Map();
  function loadBuiltin(name) {
    const bare = name.startsWith('node:') ? name.slice(5) : name;
    if (builtinCache.has(bare)) return builtinCache.get(bare);
    let exports;
    if (Object.prototype.hasOwnProperty.call(builtinFactories, bare)) exports = builtinFactories[bare]();
    else if (native.hasNativeModule(bare)) exports = native.loadNativeModule(bare);
    else return undefined;
    builtinCache.set(bare, exports);
    return exports;
  }
  function makeRequire(filename) {
    function require(id) {
      if (typeof id !== 'string') {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "id" argument must be of type string.${describeReceived(id)}`);
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

  // ---------------------------------------------------------------------------------------
  // the hooks the Rust event loop drives
  return {
    process,
    // Runs the user's script, compiled by the engine as a CommonJS function body.
    runMain(fn, filename, dirname) {
      loopNow = native.now() | 0;
      const module = { exports: {}, filename, id: '.', loaded: false, children: [], paths: [] };
      const require = makeRequire(filename);
      require.main = module;
      fn.call(module.exports, module.exports, require, module, filename, dirname);
      module.loaded = true;
      processTicksAndRejections();
    },
    // Runs a function handed over by the engine (a snapshot's main), then the tick queue.
    runFunction(fn) { fn(); processTicksAndRejections(); },
    tick() { processTicksAndRejections(); },
    // Timers and immediates of any kind (referenced or not): what a snapshot cannot carry.
    pendingWork() {
      let n = immediateQueue.filter((i) => !i._destroyed).length;
      for (const list of timerLists.values()) n += list.timers.size;
      return n;
    },
    // A restored instance: its own pid and argv, then the warm-up's deserialize callbacks
    // and main function, then their ticks.
    restore(nextInfo) {
      info = nextInfo;
      applyInfo();
      web.restored(info.mutant);
      trackWebAssembly();
      loopNow = native.now() | 0;
      for (const [callback, data] of deserializeCallbacks.splice(0)) callback(data);
      const main = deserializeMain;
      deserializeMain = undefined;
      if (main !== undefined) main[0](main[1]);
      processTicksAndRejections();
    },
    processTimers,
    processImmediates,
    // Milliseconds (loop clock) of the next timer expiry, or -1.
    nextTimerExpiry,
    hasPendingImmediates: pendingImmediates,
    // Whether the loop has referenced work left: Node's uv_loop_alive, plus the background
    // work Node's platform drains before it lets a loop end.
    isAlive() { return refedTimers > 0 || refedImmediates > 0 || platformWork > 0; },
    hasPlatformWork() { return platformWork > 0; },
    emitBeforeExit() {
      if (process._exiting) return;
      process.emit('beforeExit', exitInt(process.exitCode));
      processTicksAndRejections();
    },
    // The loop drained. As Node emits 'exit' from C++ inside a callback scope, the
    // microtasks (and rejections) the listeners leave still run before the exit code is read;
    // nextTick is closed by then.
    emitExit() {
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode || 0);
      }
      runNextTicks();
    },
    exitCodeOr(fallback) {
      return exitCode === undefined || exitCode === null ? fallback : exitInt(exitCode);
    },
    finalExitCode() { return exitInt(process.exitCode); },
    promiseRejectHandler,
    // A signal delivered by the host; returns true when a listener took it.
    deliverSignal(name) {
      if (process.listenerCount(name) === 0) return false;
      process.emit(name, name);
      processTicksAndRejections();
      return true;
    },
    inspect,
  };
});
