// internal/assert/utils.js - assert.ok and its message: a falsy value without a message of
// the user's is reported with the failing call read back from the caller's source
// (`The expression evaluated to a falsy value:\n\n  assert.ok(x)\n`). The engine gives the
// source of the script on the caller's frame (the `scriptSource` op); the call is found by a
// small tokenizer that knows strings, templates, comments, regular expressions and brackets.
'use strict';

const {
  ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeShift, Error, ErrorCaptureStackTrace, MathMax,
  NumberPrototypeToString, RegExpPrototypeExec, RegExpPrototypeSymbolReplace, SafeMap, SafeSet, StringPrototypeCharCodeAt,
  StringPrototypeIndexOf, StringPrototypePadStart, StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith,
} = primordials;

const AssertionError = require('internal/assert/assertion_error');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { isNativeError } = require('internal/util/types');
const { scriptSource } = internalBinding('native');

// Messages already worked out, by file, line and column.
const messageCache = new SafeMap();

// How far past the call's position its closing parenthesis may be.
const kMaxCallLength = 2500;

// Control characters other than tab and line feed are escaped in the quoted source.
// eslint-disable-next-line no-control-regex
const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(c) {
  const code = StringPrototypeCharCodeAt(c, 0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${StringPrototypePadStart(NumberPrototypeToString(code, 16), 4, '0')}`;
}

// Keywords after which a `/` starts a regular expression and a `(` is not a call.
const kKeywords = new SafeSet([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'of',
  'return', 'switch', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
]);
const kSpace = /[\s\ufeff]+/y;
const kIdentifierStart = /[\p{ID_Start}$_#\\]/uy;
const kIdentifier = /[\p{ID_Continue}$\u200c\u200d#\\]+/uy;
const kNumber = /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/y;
const kPunctuator = /\?\.(?!\d)|=>|\.\.\.|[^\s\w]/y;
const kRegExpBody = /(?:[^\\/[\n]|\\.|\[(?:[^\\\]\n]|\\.)*\])+\/[\p{ID_Continue}]*/uy;

// How many characters the sticky `regexp` matches at `at` in `code`.
function matchLength(regexp, code, at) {
  regexp.lastIndex = at;
  const match = RegExpPrototypeExec(regexp, code);
  return match === null ? 0 : match[0].length;
}

// Where the string literal opened by the quote at `at` ends.
function stringEnd(code, at) {
  const quote = code[at];
  let i = at + 1;
  while (i < code.length && code[i] !== quote && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

// The tokens of `code` until `limit`: `{ type, value, start, end, match }`, where `match`
// links each bracket to its partner. Comments and whitespace are skipped. A template literal
// is `template` tokens around the `${`...`}` brackets of its substitutions.
function tokenize(code, limit) {
  const tokens = [];
  // The open brackets: token indices, and whether each is a template's `${`.
  const open = [];
  const push = (type, start, end) => {
    ArrayPrototypePush(tokens, { type, value: StringPrototypeSlice(code, start, end), start, end, match: -1 });
  };
  // Template characters from `from` (a backtick or a `}`) to the closing backtick or a `${`.
  const templatePart = (from) => {
    let i = from + 1;
    while (i < code.length && code[i] !== '`' && !(code[i] === '$' && code[i + 1] === '{')) i += code[i] === '\\' ? 2 : 1;
    if (code[i] !== '$') {
      push('template', from, i + 1);
      return i + 1;
    }
    push('template', from, i);
    push('open', i, i + 2);
    ArrayPrototypePush(open, { index: tokens.length - 1, template: true });
    return i + 2;
  };
  let i = 0;
  while (i < code.length && i < limit) {
    const c = code[i];
    const next = code[i + 1];
    const space = matchLength(kSpace, code, i);
    if (space > 0) {
      i += space;
    } else if (c === '/' && (next === '/' || next === '*')) {
      const close = StringPrototypeIndexOf(code, next === '/' ? '\n' : '*/', i + 2);
      i = close === -1 ? code.length : close + (next === '/' ? 0 : 2);
    } else if (c === '`') {
      i = templatePart(i);
    } else if (c === ')' || c === ']' || c === '}') {
      push('close', i, i + 1);
      const opener = ArrayPrototypePop(open);
      if (opener !== undefined) {
        tokens[tokens.length - 1].match = opener.index;
        tokens[opener.index].match = tokens.length - 1;
      }
      // The end of a substitution: the template goes on.
      i = opener?.template ? templatePart(i) : i + 1;
    } else {
      let type = 'punctuator';
      let length = 1;
      if (c === '(' || c === '[' || c === '{') {
        type = 'open';
        ArrayPrototypePush(open, { index: tokens.length, template: false });
      } else if (c === '\'' || c === '"') {
        type = 'string';
        length = stringEnd(code, i) - i;
      } else if (c === '/' && startsExpression(tokens[tokens.length - 1])) {
        type = 'regexp';
        length = 1 + matchLength(kRegExpBody, code, i + 1);
      } else if ((c >= '0' && c <= '9') || (c === '.' && next >= '0' && next <= '9')) {
        type = 'number';
        length = MathMax(1, matchLength(kNumber, code, i));
      } else if (matchLength(kIdentifierStart, code, i) > 0) {
        type = 'name';
        length = matchLength(kIdentifier, code, i);
      } else {
        length = MathMax(1, matchLength(kPunctuator, code, i));
      }
      push(type, i, i + length);
      i += length;
    }
  }
  return tokens;
}

// Whether a `/` after `token` starts a regular expression (rather than dividing).
function startsExpression(token) {
  if (token === undefined) return true;
  if (token.type === 'name') return kKeywords.has(token.value);
  if (token.type === 'close') return token.value === '}';
  return token.type === 'punctuator' || token.type === 'open';
}

// Whether `token` ends an operand, so that a `(` after it calls it.
function endsOperand(token) {
  if (token === undefined) return false;
  if (token.type === 'name') return !kKeywords.has(token.value);
  if (token.type === 'close') return token.value !== '}';
  return token.type === 'string' || token.type === 'template' || token.type === 'number';
}

// The token index where the callee of the call whose `(` is at `paren` starts, and whether
// a `new` takes that `(` as its own (then it is not a call).
function calleeStart(tokens, paren) {
  let at = paren - 1;
  let passedCall = false;
  for (;;) {
    if (tokens[at].value === '?.' && at > 0) at--;
    const token = tokens[at];
    if (token.type === 'close' && token.match !== -1) {
      const opener = token.match;
      // `f(...)` or `a[...]` goes on to what is called or indexed; `(...)` or `[...]` alone ends.
      if (!endsOperand(tokens[opener - 1]) && tokens[opener - 1]?.value !== '?.') return { start: opener, isNew: false };
      if (token.value === ')') passedCall = true;
      at = opener - 1;
      continue;
    }
    const before = tokens[at - 1];
    if (before !== undefined && (before.value === '.' || before.value === '?.') && at >= 2) {
      at -= 2;
      continue;
    }
    if (before !== undefined && before.value === 'new') {
      return passedCall ? { start: at - 1, isNew: false } : { start: at, isNew: true };
    }
    return { start: at, isNew: false };
  }
}

// The source of the innermost call expression around `offset` in `code`, and its start.
function findCall(code, offset) {
  const tokens = tokenize(code, offset + kMaxCallLength);
  let best;
  for (let paren = 1; paren < tokens.length; paren++) {
    const token = tokens[paren];
    const callee = tokens[paren - 1];
    if (token.value !== '(' || token.match === -1 || (!endsOperand(callee) && callee.value !== '?.')) continue;
    // `(...) =>` and `name(...) {` are parameters, not arguments.
    const after = tokens[token.match + 1];
    if (after !== undefined && (after.value === '=>' || (after.value === '{' && callee.type === 'name'))) continue;
    const { start: first, isNew } = calleeStart(tokens, paren);
    if (isNew) continue;
    const start = tokens[first].start;
    const end = tokens[token.match].end;
    const around = start <= offset && offset <= end;
    if (around && (best === undefined || end - start < best.end - best.start)) best = { start, end };
  }
  if (best === undefined) return undefined;
  return { column: best.start, text: StringPrototypeSlice(code, best.start, best.end) };
}

// The frame that called `fn`: file name, line and column (1-based), as V8's call sites give.
function callerOf(fn) {
  const limit = Error.stackTraceLimit;
  const limitWritable = isErrorStackTraceLimitWritable();
  if (limitWritable) Error.stackTraceLimit = 1;
  const holder = {};
  ErrorCaptureStackTrace(holder, fn);
  if (limitWritable) Error.stackTraceLimit = limit;
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, frames) => frames;
  let frames;
  try {
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
  }
  const frame = frames?.[0];
  if (frame === undefined) return undefined;
  return { file: frame.getFileName(), line: frame.getLineNumber(), column: frame.getColumnNumber() };
}

// The message for `assert.ok(falsy)` called from the frame above `fn`: the call quoted from
// the source, continuation lines re-indented; `message` when the code has no file (eval,
// new Function); undefined when it cannot be read (the runtime's own modules, a script the
// engine does not hold).
function getErrMessage(message, fn) {
  const caller = callerOf(fn);
  if (caller === undefined) return undefined;
  const { file, line, column } = caller;
  if (!file) return message;
  if (StringPrototypeStartsWith(file, 'node:')) return undefined;
  const key = `${file}:${line}:${column}`;
  if (messageCache.has(key)) return messageCache.get(key);
  let result;
  const source = scriptSource(file, line, column);
  if (typeof source === 'string') {
    // Lines are counted by line feeds, as a reader of the file would.
    let lineStart = 0;
    for (let n = 1; n < line && lineStart !== -1; n++) {
      lineStart = StringPrototypeIndexOf(source, '\n', lineStart);
      if (lineStart !== -1) lineStart++;
    }
    const call = lineStart === -1 ? undefined : findCall(StringPrototypeSlice(source, lineStart), column - 1);
    if (call !== undefined) {
      const lines = StringPrototypeSplit(RegExpPrototypeSymbolReplace(kControlChars, call.text, escapeControl), '\n');
      let text = ArrayPrototypeShift(lines);
      for (let i = 0; i < lines.length; i++) {
        const next = lines[i];
        let pos = 0;
        while (pos < call.column && (next[pos] === ' ' || next[pos] === '\t')) pos++;
        text += `\n  ${StringPrototypeSlice(next, pos)}`;
      }
      result = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
    }
  }
  messageCache.set(key, result);
  return result;
}

const isError = (value) => isNativeError(value) || value instanceof Error;

// assert.ok / assert() / assert.strict(): `fn` is the function the user called, `argLen`
// how many arguments it got.
function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
  isError,
};
