// internal/util/inspect.js - util.inspect, util.format and util.formatWithOptions, printing as
// Node 20 prints: every inspect option and util.inspect.defaultOptions (the sealed defaults
// console.log and util.format use too), colours, `<ref *N>` / `[Circular *N]`, the
// compact/breakLength layout, getters, proxies, errors with their causes.
//
// Cost: every level builds its text by concatenation (V8 keeps it as a rope) and no level
// scans the text of the levels below it beyond a bounded prefix, so an inspection costs time
// in proportion to what it prints. A shared budget (as Node's) cuts the depth to nothing once
// one indentation level has printed 2 ** 27 characters, so no object graph can stall an
// instance through console.log.
'use strict';

const {
  ArrayIsArray, ArrayPrototypeFilter, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypePush,
  ArrayPrototypeSlice, ArrayPrototypeSort, ArrayPrototypeSplice, ArrayPrototypeUnshift,
  BigIntPrototypeValueOf, BooleanPrototypeValueOf, DatePrototypeGetTime, DatePrototypeToISOString,
  DatePrototypeToString, Error, ErrorPrototypeToString, Function, FunctionPrototype, FunctionPrototypeCall,
  FunctionPrototypeSymbolHasInstance, FunctionPrototypeToString, JSONStringify, MapPrototypeEntries,
  MapPrototypeGetSize, MathFloor, MathMax, MathMin, MathRound, MathSqrt, MathTrunc, NumberIsFinite,
  NumberIsNaN, NumberParseFloat, NumberParseInt, NumberPrototypeToString, NumberPrototypeValueOf, Object,
  ObjectAssign, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols, ObjectGetPrototypeOf, ObjectIs, ObjectKeys, ObjectPrototype,
  ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectSeal, ObjectSetPrototypeOf,
  RangeError, ReflectOwnKeys, RegExp, RegExpPrototypeExec, RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit, RegExpPrototypeToString, SafeMap, SafeSet, SetPrototypeGetSize,
  SetPrototypeValues, String, StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeEndsWith,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeLastIndexOf, StringPrototypeNormalize,
  StringPrototypePadEnd, StringPrototypePadStart, StringPrototypeRepeat, StringPrototypeReplaceAll,
  StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeToLowerCase,
  StringPrototypeToUpperCase, StringPrototypeValueOf, SymbolIterator, SymbolPrototypeToString,
  SymbolPrototypeValueOf, SymbolToPrimitive, SymbolToStringTag, TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag, Uint8Array, uncurryThis,
} = primordials;
const native = internalBinding('native');
const {
  isAnyArrayBuffer, isArgumentsObject, isArrayBuffer, isAsyncFunction, isBigIntObject, isBooleanObject,
  isBoxedPrimitive, isDataView, isDate, isGeneratorFunction, isMap, isMapIterator, isModuleNamespaceObject,
  isNativeError, isNumberObject, isPromise, isRegExp, isSet, isSetIterator, isStringObject, isTypedArray,
  isWeakMap, isWeakSet,
} = require('internal/util/types');

// The engine's own iterator steps, which no script can replace.
const MapIteratorNext = uncurryThis(ObjectGetPrototypeOf(new SafeMap().entries()).next);
const SetIteratorNext = uncurryThis(ObjectGetPrototypeOf(new SafeSet().values()).next);

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The constructors the language itself provides: a prototype chain stops being "user code"
// where one of them starts.
const builtInObjects = new SafeSet(ArrayPrototypeFilter(ObjectGetOwnPropertyNames(globalThis),
  (name) => RegExpPrototypeExec(/^[A-Z][a-zA-Z0-9]+$/, name) !== null));

// util.inspect.defaultOptions: one sealed object, changed in place by its setter.
const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// What a list of entries is: an object's properties, an array's elements, or an array's
// extra properties after its elements.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineLength = 16;
// Past this many characters printed at one indentation level, nothing deeper is expanded.
const kBudget = 2 ** 27;

// ---------------------------------------------------------------------------------------
// Strings and keys

// How each of the first 160 code units is escaped inside a quoted string ('' = as itself).
const escapes = [];
for (let code = 0; code < 160; code++) {
  let text = '';
  if (code < 0x20 || code >= 0x7f) text = `\\x${StringPrototypeToUpperCase(StringPrototypePadStart(NumberPrototypeToString(code, 16), 2, '0'))}`;
  ArrayPrototypePush(escapes, text);
}
escapes[0x08] = '\\b';
escapes[0x09] = '\\t';
escapes[0x0a] = '\\n';
escapes[0x0c] = '\\f';
escapes[0x0d] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5c] = '\\\\';

// Characters that need escaping: controls, the quote (not when another quote is used),
// the backslash, C1 controls and lone surrogates.
const needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const needsEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeNoQuoteAll = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexKey = /^(0|[1-9][0-9]*)$/;

function escapeChar(char) {
  const code = StringPrototypeCharCodeAt(char, 0);
  return code < escapes.length ? escapes[code] : `\\u${NumberPrototypeToString(code, 16)}`;
}

// `str` quoted as Node quotes it: single quotes, else double quotes when the text holds a
// single quote, else backticks when it holds both (and no `${`), else escaped single quotes.
function quote(str) {
  let open = "'";
  let test = needsEscape;
  let replace = needsEscapeAll;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) open = '"';
    else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) open = '`';
    if (open !== "'") {
      test = needsEscapeNoQuote;
      replace = needsEscapeNoQuoteAll;
    }
  }
  if (RegExpPrototypeExec(test, str) !== null) str = RegExpPrototypeSymbolReplace(replace, str, escapeChar);
  return `${open}${str}${open}`;
}

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(RegExpPrototypeSymbolReplace(needsEscapeAll, SymbolPrototypeToString(key), escapeChar), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${RegExpPrototypeSymbolReplace(needsEscapeAll, key, escapeChar)}]`;
  if (RegExpPrototypeExec(identifierKey, key) !== null) return ctx.stylize(key, 'name');
  return ctx.stylize(quote(key), 'string');
}

// ---------------------------------------------------------------------------------------
// Colours

function stylizeNoColor(str) {
  return str;
}
function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

// ANSI escape sequences (colours, cursor moves), as util.stripVTControlCharacters removes them.
const ansi = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
const removeColors = (str) => RegExpPrototypeSymbolReplace(ansi, str, '');

// ---------------------------------------------------------------------------------------
// Display width

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1f6ff) || (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd));
}
function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// The columns `str` takes on a terminal; counting stops once past `limit`, so a caller that
// only compares with a bound never reads a long text to its end.
function getStringWidth(str, removeControlChars = true, limit = Infinity) {
  if (removeControlChars) str = removeColors(str);
  let width = 0;
  let i = 0;
  for (; i < str.length && width <= limit; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  // Past ASCII, compose first (a letter and its accent are one column), a window at a time
  // when only a bound matters.
  while (i < str.length && width <= limit) {
    let end = limit === Infinity ? str.length : MathMin(str.length, i + 256);
    if (end < str.length && StringPrototypeCharCodeAt(str, end - 1) >= 0xd800 && StringPrototypeCharCodeAt(str, end - 1) <= 0xdbff) end++;
    const chunk = StringPrototypeNormalize(StringPrototypeSlice(str, i, end), 'NFC');
    for (let j = 0; j < chunk.length && width <= limit; j++) {
      const code = StringPrototypeCodePointAt(chunk, j);
      if (code > 0xffff) j++;
      if (isFullWidthCodePoint(code)) width += 2;
      else if (!isZeroWidthCodePoint(code)) width++;
    }
    i = end;
  }
  return width;
}

// ---------------------------------------------------------------------------------------
// Options

// inspect(value, opts), and the legacy inspect(value, showHidden, depth, colors).
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: new SafeSet(),
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys reach custom inspectors as they were given.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspect;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    require('internal/validators').validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// ANSI codes: [on, off] for each style name (with Node's aliases as accessors).
inspect.colors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55],
  gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49],
  bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'], ['faint', 'dim'],
  ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
// Which colour each kind of text gets.
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

// The options a custom inspector receives: the effective ones, plus any unknown keys the
// caller passed. An object of another realm (or a proxy) gets no object of ours.
function optionsForCustom(ctx, foreign) {
  const options = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (foreign) {
    ObjectSetPrototypeOf(options, null);
    const keys = ObjectKeys(options);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if ((typeof options[key] === 'object' || typeof options[key] === 'function') && options[key] !== null) {
        delete options[key];
      }
    }
    options.stylize = ObjectSetPrototypeOf((text, styleType) => {
      let styled;
      try {
        styled = `${ctx.stylize(text, styleType)}`;
      } catch {
        // a throwing stylize leaves the text as it is
      }
      return typeof styled === 'string' ? styled : text;
    }, null);
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// Values

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

// `value` as text, `recurseTimes` levels below the value inspect() was given.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');
  // A proxy is shown as its target (or itself, with showProxy) without running a trap.
  const context = value;
  const proxy = native.proxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }
  if (ctx.customInspect) {
    const custom = value[customInspect];
    // util.inspect itself and prototypes (whose constructor points back) are not asked.
    if (typeof custom === 'function' && custom !== inspect && !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const foreign = proxy !== undefined || !(context instanceof Object);
      const shown = FunctionPrototypeCall(custom, context, depth, optionsForCustom(ctx, foreign), inspect);
      if (shown !== context) {
        if (typeof shown !== 'string') return formatValue(ctx, shown, recurseTimes);
        return StringPrototypeReplaceAll(shown, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.has(value)) {
    if (ctx.circular === undefined) ctx.circular = new SafeMap();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// The own keys inspect lists: enumerable ones (all of them with showHidden), symbols last.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]);
    return keys;
  }
  try {
    keys = ObjectKeys(value);
  } catch (err) {
    // A namespace whose module has not run yet cannot be enumerated.
    if (!isModuleNamespaceObject(value)) throw err;
    keys = ObjectGetOwnPropertyNames(value);
  }
  for (let i = 0; i < symbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) ArrayPrototypePush(keys, symbols[i]);
  }
  return keys;
}

// Past the depth limit an object prints as a summary (`[Foo]`, `{}`, `[Function: f]` ...). A
// graph may reach one object there many times, and a summary takes listing the object's keys,
// so each is worked out once per inspection (per indentation, which an error's text depends on).
function formatRaw(ctx, value, recurseTimes, typedArray) {
  if (recurseTimes <= ctx.depth || ctx.depth === null || typedArray !== undefined) {
    return formatObject(ctx, value, recurseTimes, typedArray);
  }
  if (ctx.summaries === undefined) ctx.summaries = new SafeMap();
  const known = ctx.summaries.get(value);
  if (known !== undefined && known[0] === ctx.indentationLvl) return known[1];
  const summary = formatObject(ctx, value, recurseTimes, typedArray);
  ctx.summaries.set(value, [ctx.indentationLvl, summary]);
  return summary;
}

function formatObject(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // The tag is shown only when it is not an own property printed anyway.
  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? ObjectPrototypeHasOwnProperty
    : ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))) {
    tag = '';
  }
  let keys;
  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = native.ownNonIndexProperties(value, !ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = native.ownNonIndexProperties(value, !ctx.showHidden);
      const size = TypedArrayPrototypeGetLength(value);
      const fallback = constructor === null ? TypedArrayPrototypeGetSymbolToStringTag(value) : '';
      braces = [`${getPrefix(constructor, tag, fallback, `(${size})`)}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      // Without a prototype, a copy answers what the prototype's getters would.
      const bound = constructor === null ? new primordials[fallback](value) : value;
      formatter = (ctx, value, recurseTimes) => formatTypedArray(ctx, bound, recurseTimes);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = formatIterator;
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = formatIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = (ctx, value, recurseTimes) => formatNamespaceObject(keys, ctx, value, recurseTimes);
    } else if (isBoxedPrimitive(value)) {
      base = boxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${ctxStyle(value, constructor, tag)}{}`;
      braces[0] = `${ctxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = StringPrototypeSlice(ctxStyle(value, constructor, tag), 0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.add(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes, braces);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.delete(value);
    ctx.indentationLvl = indentationLvl;
    const name = StringPrototypeSlice(ctxStyle(value, constructor, tag), 0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.delete(value);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      // Only the extra keys after an array's elements are sorted.
      const start = output.length - keys.length;
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, start), comparator);
      for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const printed = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = printed;
  if (printed > kBudget) ctx.depth = -1;
  return res;
}

function formatNothing() {
  return [];
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// The name of the nearest constructor up the prototype chain that `obj` is an instance of,
// or null when the chain ends first. With showHidden, collects the properties user-defined
// prototypes add on the way (`protoProps`).
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    // Object.prototype and Function.prototype name themselves, whatever their `constructor`.
    const wellKnown = obj === ObjectPrototype ? Object : obj === FunctionPrototype ? Function : undefined;
    if (wellKnown !== undefined && FunctionPrototypeSymbolHasInstance(wellKnown, start)) {
      if (protoProps !== undefined && firstProto !== obj) addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      return wellKnown.name;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '' &&
        isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const internal = native.constructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${internal} <Complex prototype>`;
  const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstructor === null) {
    return `${internal} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${internal} <${protoConstructor}>`;
}

function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// With showHidden: the data properties of up to three user-defined prototypes of `main`
// that `main` does not shadow (methods are left out).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new SafeSet();
    else for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    keys = ReflectOwnKeys(obj);
    ctx.seen.add(main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const entry = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      ArrayPrototypePush(output, ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.delete(main);
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function ctxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = native.constructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function boxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = NumberPrototypeValueOf(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = StringPrototypeValueOf(value);
    // The characters are the value itself, not properties worth listing.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = BooleanPrototypeValueOf(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigIntPrototypeValueOf(value);
  } else {
    type = 'Symbol';
    primitive = SymbolPrototypeValueOf(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

function classBase(value, constructor, tag) {
  const name = (ObjectPrototypeHasOwnProperty(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const classHead = /^(\s+[^(]*?)\s*{/;
const comments = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
function functionBase(value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (StringPrototypeStartsWith(source, 'class') && StringPrototypeEndsWith(source, '}')) {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 && (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
        RegExpPrototypeExec(classHead, RegExpPrototypeSymbolReplace(comments, body, '')) !== null)) {
      return classBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------------------
// Errors

// Where a run of at least four lines of `a` appears in `b` (the stack frames an error
// shares with its cause).
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function stackOf(error) {
  return error.stack ? String(error.stack) : ErrorPrototypeToString(error);
}

function stackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // a throwing `cause` getter is ignored
  }
  if (cause != null && isError(cause)) {
    const causeStack = stackOf(cause);
    const causeStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStart + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        ArrayPrototypeSplice(frames, offset + 1, skipped,
          ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
      }
    }
  }
  return frames;
}

// The first line names the error's class when the stack does not already say it.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null || (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${StringPrototypeSlice(stack, len)}`;
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

// A frame of the runtime's own code (`node:ID`), grey when coloured.
const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:.+:\d+:\d+\)?$/;

// Colours a stack frame as Node does: node_modules package names underlined.
function markNodeModules(ctx, line) {
  let out = '';
  let last = 0;
  let from = 0;
  for (;;) {
    const at = StringPrototypeIndexOf(line, 'node_modules', from);
    if (at === -1) break;
    const before = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (before !== '/' && before !== '\\')) {
      from = at + 1;
      continue;
    }
    const start = at + 13;
    out += StringPrototypeSlice(line, last, start);
    let end = StringPrototypeIndexOf(line, before, start);
    if (line[start] === '@') end = StringPrototypeIndexOf(line, before, end + 1);
    out += ctx.stylize(StringPrototypeSlice(line, start, end), 'module');
    last = end;
    from = end;
  }
  return last === 0 ? line : out + StringPrototypeSlice(line, last);
}

const shownByStack = ['name', 'message', 'stack'];
function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);
  // name, message and stack need no listing when the stack shows them.
  if (!ctx.showHidden && keys.length !== 0) {
    for (let i = 0; i < shownByStack.length; i++) {
      const key = shownByStack[i];
      const index = ArrayPrototypeIndexOf(keys, key);
      if (index !== -1 && StringPrototypeIncludes(stack, err[key])) ArrayPrototypeSplice(keys, index, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) ArrayPrototypePush(keys, 'cause');
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    ArrayPrototypePush(keys, 'errors');
  }
  stack = improveStack(stack, constructor, name, tag);
  // Without frames (after the message), the error shows in brackets.
  let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const framesStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (framesStart === -1) {
    stack = `[${stack}]`;
  } else {
    let text = StringPrototypeSlice(stack, 0, framesStart);
    const lines = stackFrames(ctx, err, StringPrototypeSlice(stack, framesStart + 1));
    if (ctx.colors) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        text += `\n${RegExpPrototypeExec(coreFrame, line) !== null ? ctx.stylize(line, 'undefined') : markNodeModules(ctx, line)}`;
      }
    } else {
      text += `\n${join(lines, '\n')}`;
    }
    stack = text;
  }
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------
// Numbers and primitives

// `_` every three digits from the right (after a sign).
function separateInteger(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${StringPrototypeSlice(digits, i - 3, i)}${result}`;
  return i === digits.length ? digits : `${StringPrototypeSlice(digits, 0, i)}${result}`;
}
// `_` every three digits from the left (a fraction).
function separateFraction(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${StringPrototypeSlice(digits, i, i + 3)}_`;
  return i === 0 ? digits : `${result}${StringPrototypeSlice(digits, i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const text = String(number);
  if (MathTrunc(number) === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(text, 'e')) return fn(text, 'number');
    return fn(separateInteger(text), 'number');
  }
  if (NumberIsNaN(number)) return fn(text, 'number');
  const point = StringPrototypeIndexOf(text, '.');
  return fn(`${separateInteger(StringPrototypeSlice(text, 0, point))}.${separateFraction(StringPrototypeSlice(text, point + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  return fn(`${numericSeparator ? separateInteger(text) : text}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    // A long string breaks after each newline, one quoted piece a line.
    if (ctx.compact !== true && value.length > kMinLineLength && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const pieces = RegExpPrototypeSymbolSplit(/(?<=\n)/, value);
      const separator = ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`;
      let text = '';
      for (let i = 0; i < pieces.length; i++) {
        if (i !== 0) text += separator;
        text += fn(quote(pieces[i]), 'string');
      }
      return text + trailer;
    }
    return fn(quote(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// ---------------------------------------------------------------------------------------
// Entries

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length > shown) ArrayPrototypePush(output, remainingText(length - shown));
  return output;
}

// An array with holes, from index `i` on: each run of holes is one `<N empty items>` entry.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(arrayIndexKey, key) === null) break;
      const holes = n - index;
      ArrayPrototypePush(output, ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) ArrayPrototypePush(output, ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

// What showHidden adds to a typed array (all of them prototype getters but the first).
const typedArrayInternals = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
// Shown up to the array's real length; the element kind and what remains go by its `length`
// property, as Node reads them.
function formatTypedArray(ctx, value, recurseTimes) {
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), TypedArrayPrototypeGetLength(value));
  const remaining = value.length - shown;
  const output = [];
  const format = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) ArrayPrototypePush(output, format(ctx.stylize, value[i], ctx.numericSeparator));
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (let i = 0; i < typedArrayInternals.length; i++) {
      const key = typedArrayInternals[i];
      ArrayPrototypePush(output, `[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, '0');
  }
  const remaining = bytes.length - shown;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const length = SetPrototypeGetSize(value);
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = SetPrototypeValues(value);
  for (let i = 0; i < shown; i++) {
    const step = SetIteratorNext(iterator);
    if (step.done) break;
    ArrayPrototypePush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (length > shown) ArrayPrototypePush(output, remainingText(length - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = MapPrototypeGetSize(value);
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = MapPrototypeEntries(value);
  for (let i = 0; i < shown; i++) {
    const step = MapIteratorNext(iterator);
    if (step.done) break;
    ArrayPrototypePush(output, `${formatValue(ctx, step.value[0], recurseTimes)} => ${formatValue(ctx, step.value[1], recurseTimes)}`);
  }
  if (length > shown) ArrayPrototypePush(output, remainingText(length - shown));
  ctx.indentationLvl -= 2;
  return output;
}

// A Set iterator's remaining values, or a WeakSet's live ones (sorted, being in no order).
function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const shown = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) ArrayPrototypePush(output, formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) ArrayPrototypeSort(output);
  if (entries.length > shown) ArrayPrototypePush(output, remainingText(entries.length - shown));
  return output;
}

// A Map iterator's remaining entries (`[ k, v ]` for entries()), or a WeakMap's (`k => v`).
function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const pairs = entries.length / 2;
  const shown = MathMin(MathMax(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const value = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    ArrayPrototypePush(output, weak ? `${key} => ${value}`
      : reduceToSingleString(ctx, [key, value], '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) ArrayPrototypeSort(output);
  if (pairs > shown) ArrayPrototypePush(output, remainingText(pairs - shown));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}
function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, native.previewWeakEntries(value), true);
}
function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, native.previewWeakEntries(value), true);
}

function formatIterator(ctx, value, recurseTimes, braces) {
  const preview = native.previewEntries(value);
  const entries = preview[0];
  if (preview[1]) {
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0], ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, false);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, false);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = native.promiseState(value);
  const state = details[0];
  const result = details[1];
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const shown = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${shown}` : shown];
}

// A module namespace: a binding not yet initialised shows as `<uninitialized>`.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    try {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kObjectType));
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      const entry = formatProperty(ctx, { [key]: '' }, recurseTimes, key, kObjectType);
      ArrayPrototypePush(output, `${StringPrototypeSlice(entry, 0, StringPrototypeLastIndexOf(entry, ' ') + 1)}${ctx.stylize('<uninitialized>', 'special')}`);
    }
  }
  keys.length = 0;
  return output;
}

// One `key: value` entry (just the value for an array element). An accessor shows as
// [Getter], [Setter] or [Getter/Setter], or, as the `getters` option asks, with what its
// getter returns for the inspected object.
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors, ctx.breakLength)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const got = FunctionPrototypeCall(desc.get, original);
        ctx.indentationLvl += 2;
        if (got === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        else if (typeof got === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${extra}${str}`;
}

// ---------------------------------------------------------------------------------------
// Layout

// Concatenation, so that V8 keeps the result as a rope (Array.prototype.join would copy every
// nested entry's text once more at each level).
function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) {
      str += output[i];
      str += separator;
    }
    str += output[last];
  }
  return str;
}

// Whether the entries fit on one line of breakLength; reads their lengths only.
function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

// Arrays of more than six entries go in aligned columns when that looks like a table:
// numbers right-aligned, the rest left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // "... more items" stays out of the table.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  // An entry at least this wide rules columns out: no need to measure further than that.
  const limit = (ctx.breakLength - ctx.indentationLvl) / 3;
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors, limit);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    // Aim for a square, characters being about 2.5 times as high as wide.
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      ArrayPrototypePush(maxLineLength, lineMaxLength + separatorSpace);
    }
    let order = StringPrototypePadStart;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          order = StringPrototypePadEnd;
          break;
        }
      }
    }
    const rows = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let row = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        row += order(`${output[j]}, `, padding, ' ');
      }
      if (order === StringPrototypePadStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        row += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        row += output[j];
      }
      ArrayPrototypePush(rows, row);
    }
    if (ctx.maxArrayLength < output.length) ArrayPrototypePush(rows, output[outputLength]);
    output = rows;
  }
  return output;
}

// The entries inside their braces: on one line when they fit and the object is among the
// `compact` innermost levels, else one entry (or table row) a line.
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = join(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // A long opening brace ("Set {") puts the first entry on a line of its own.
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------------------
// util.format

// Whether `%s` should inspect an object rather than call its toString: its toString (or
// Symbol.toPrimitive) comes from a built-in prototype.
function hasBuiltInToString(value) {
  const target = native.proxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  let ownToString = ObjectPrototypeHasOwnProperty;
  let ownToPrimitive = ObjectPrototypeHasOwnProperty;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    ownToString = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    ownToPrimitive = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!ownToString(pointer, 'toString') && !ownToPrimitive(pointer, SymbolToPrimitive));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name);
}
function returnFalse() {
  return false;
}

// `%j`: JSON, or `[Circular]` for a circular structure; any other error is the caller's.
let circularMessage;
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circular) {
        circularMessage = firstLine(circular.message);
      }
    }
    if (err.name === 'TypeError' && firstLine(err.message) === circularMessage) return '[Circular]';
    throw err;
  }
}
const firstLine = (text) => StringPrototypeSplit(text, '\n', 1)[0];

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  const { kValidateObjectAllowArray, validateObject } = require('internal/validators');
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

const separatorOf = (options) => options?.numericSeparator ?? inspectDefaultOptions.numericSeparator;

// One `%` directive's text for `arg` (`%j` of undefined gives undefined, which prints so).
function formatDirective(directive, arg, inspectOptions) {
  switch (directive) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, separatorOf(inspectOptions));
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separatorOf(inspectOptions));
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
    case 'j':
      return tryStringify(arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separatorOf(inspectOptions));
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), separatorOf(inspectOptions));
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separatorOf(inspectOptions));
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, NumberParseInt(arg), separatorOf(inspectOptions));
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, NumberParseFloat(arg), separatorOf(inspectOptions));
    default: // 'c'
      return '';
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let separator = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const directive = first[++i];
      if (a + 1 !== args.length) {
        if (directive === '%') {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!StringPrototypeIncludes('sjdOoifc', directive)) continue;
        const text = formatDirective(directive, args[a + 1], inspectOptions);
        a++;
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (directive === '%') {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      separator = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += separator;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    separator = ' ';
    a++;
  }
  return str;
}

function stripVTControlCharacters(str) {
  require('internal/validators').validateString(str, 'str');
  return removeColors(str);
}

module.exports = {
  customInspect,
  format,
  formatWithOptions,
  inspect,
  isStackOverflowError,
  stripVTControlCharacters,
};
