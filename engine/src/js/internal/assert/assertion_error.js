// internal/assert/assertion_error.js - Node's AssertionError: its fields, the stack whose
// first line reads `AssertionError [ERR_ASSERTION]: ...`, and the texts it generates for each
// operator, among them the `+ actual - expected` diff of two inspected values.
'use strict';

const {
  ArrayPrototypeJoin, ArrayPrototypePop, Error, ErrorCaptureStackTrace, MathMax, ObjectAssign,
  ObjectDefineProperty, ObjectGetPrototypeOf, String, StringPrototypeEndsWith, StringPrototypeRepeat,
  StringPrototypeSlice, StringPrototypeSplit,
} = primordials;

const { inspect } = require('internal/util/inspect');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { validateObject } = require('internal/validators');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short single-line primitives are shown as `a !== b` rather than as a diff.
const kMaxShortLength = 12;
// A single-line diff gets a `^` under the first difference when it fits this width (stderr
// is never a terminal here).
const kColumns = 80;

// The values as assert shows them: every level, every entry, keys sorted, getters read, no
// custom inspection, whatever util.inspect.defaultOptions say.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// An error without its stack, so that it inspects as `[Error: message]`.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

const isObjectLike = (value) => typeof value === 'object' && value !== null;

// At most 47 lines of a long rendering, the last one `...`.
function collapse(lines) {
  if (lines.length > 50) {
    lines[46] = '...';
    while (lines.length > 47) ArrayPrototypePop(lines);
  }
  return lines;
}

// The lines that were the same just before a difference: up to two are shown as they are;
// from the third on only the last two are, after a `...` (a run of exactly five shows the
// last three).
function identicalRun(lines, i, identical) {
  if (identical <= 2) return { text: '', printed: 0, skipped: false };
  let text = '';
  let printed = 0;
  let skipped = false;
  if (identical > 3) {
    if (identical === 5) {
      text += `\n  ${lines[i - 3]}`;
      printed++;
    } else if (identical > 5) {
      text += '\n...';
      skipped = true;
    }
    text += `\n  ${lines[i - 2]}`;
    printed++;
  }
  text += `\n  ${lines[i - 1]}`;
  printed++;
  return { text, printed, skipped };
}

// The message of a failed strictEqual or deepStrictEqual: a header (the user's message, if
// any) and the diff of the two values as inspected, or `a !== b` for short primitives.
function createErrDiff(actual, expected, operator, message) {
  const actualInspected = inspectValue(actual);
  const actualLines = StringPrototypeSplit(actualInspected, '\n');
  const expectedLines = StringPrototypeSplit(inspectValue(expected), '\n');
  const bothObjects = isObjectLike(actual) && isObjectLike(expected);
  if (operator === 'strictEqual' && (bothObjects || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = message || kReadableOperator[operator];

  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const length = a.length + b.length;
    if (length <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && length < kColumns) {
      let common = 0;
      while (a[common] === b[common]) common++;
      if (common > 2) indicator = `\n  ${StringPrototypeRepeat(' ', common)}^`;
    }
  }

  // Matching lines at the end are dropped: the last three are shown after the diff, the
  // one before them too when there were more, with `...` between when five or more matched.
  let end = '';
  let trimmed = 0;
  let lastHidden = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = ArrayPrototypePop(actualLines);
    ArrayPrototypePop(expectedLines);
    if (trimmed++ < 3) end = `\n  ${line}${end}`;
    else lastHidden = line;
  }

  const maxLines = MathMax(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = collapse(StringPrototypeSplit(actualInspected, '\n'));
    return `${kReadableOperator.notIdentical}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
  }

  let skipped = false;
  if (trimmed >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (lastHidden !== '') end = `\n  ${lastHidden}${end}`;

  const msg = `${header}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  let res = '';
  // Lines of `expected` wait here, so that a diverging block reads `+ + - -`, not `+ - + -`.
  let other = '';
  let printedLines = 0;
  let identical = 0;
  // Past the end of the shorter side, the longer one's lines are all additions (or removals).
  const actualLonger = actualLines.length === maxLines;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      const run = identicalRun(longer, i, identical);
      res += run.text;
      printedLines += run.printed;
      skipped ||= run.skipped;
      identical = 0;
      if (actualLonger) res += `\n+ ${longer[i]}`;
      else other += `\n- ${longer[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines differing only by a trailing comma count as the same.
      let diverging = actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') || StringPrototypeSlice(actualLine, 0, -1) !== expectedLine);
      if (diverging && StringPrototypeEndsWith(expectedLine, ',') &&
          StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        const run = identicalRun(actualLines, i, identical);
        res += run.text;
        printedLines += run.printed;
        skipped ||= run.skipped;
        identical = 0;
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // About fifty lines at most.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n...${other}\n...`;
    }
  }
  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

// notStrictEqual / notDeepStrictEqual: the one value, on the header's line when it is short.
function createNotEqualMessage(actual, operator) {
  let header = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    header = kReadableOperator.notStrictEqualObject;
  }
  const lines = collapse(StringPrototypeSplit(inspectValue(actual), '\n'));
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

const truncate = (text, max) => (text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text);

// deepEqual / notDeepEqual show both values in full; any other operator reads `a op b`.
function createOtherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${kReadableOperator.notDeepEqual}\n\n${res}`, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') return `${kReadableOperator.deepEqual}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return createErrDiff(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') return createNotEqualMessage(actual, operator);
  return createOtherMessage(actual, expected, operator);
}

// A long string shown as an error's field: ten lines or 512 characters.
function addEllipsis(text) {
  const lines = StringPrototypeSplit(text, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayPrototypeJoin(lines, '\n')}\n...`;
  }
  if (text.length > 512) return `${StringPrototypeSlice(text, 512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    // The stack is captured once, below, from the caller's frame.
    const limit = Error.stackTraceLimit;
    const limitWritable = isErrorStackTraceLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;
    if (message != null) {
      // A user's message still gets the diff of strictEqual and deepStrictEqual.
      const custom = operator === 'deepStrictEqual' || operator === 'strictEqual'
        ? createErrDiff(actual, expected, operator, message) : String(message);
      super(custom);
    } else {
      // Two errors show (and are kept) without their stacks.
      if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(generatedMessage(actual, expected, operator));
    }
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // The stack is rendered now, with the code in the name; then the name is the plain one.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shown as an error, with long string fields cut and the values one level deep only
  // (the message already shows them).
  [inspect.custom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = AssertionError;
