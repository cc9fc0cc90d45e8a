// internal/modules/cjs_lexer.js - The names an ES module may import from a CommonJS module,
// found statically in its source as Node's cjs-module-lexer finds them: `exports.a =`,
// `exports['b'] =`, `module.exports.c =`, `Object.defineProperty(exports, 'd', { value ... })`
// or with a getter returning a member expression, `module.exports = { e, f: g }` up to the
// first other value, and re-exports (`module.exports = require('./x')`, `...require('./x')`).
// Detection does not run the code: dead code counts too.
'use strict';

const { ArrayPrototypePush, RegExpPrototypeExec, SafeSet, StringPrototypeCharAt, StringPrototypeIndexOf } = primordials;

// Tokens: identifiers, strings (their value), punctuators; comments, template literals and
// regular expressions are skipped.
function tokenize(source) {
  const tokens = [];
  const n = source.length;
  let i = 0;
  const identifier = /[A-Za-z_$][\w$]*/y;
  const number = /\d[\w.]*/y;
  const regexAllowedAfter = new SafeSet(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw']);
  const last = () => (tokens.length === 0 ? ';' : tokens[tokens.length - 1].value);
  while (i < n) {
    const c = StringPrototypeCharAt(source, i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') { i++; continue; }
    if (c === '/' && source[i + 1] === '/') { while (i < n && source[i] !== '\n') i++; continue; }
    if (c === '/' && source[i + 1] === '*') { const end = StringPrototypeIndexOf(source, '*/', i + 2); i = end === -1 ? n : end + 2; continue; }
    if (c === '#' && i === 0 && source[1] === '!') { while (i < n && source[i] !== '\n') i++; continue; }
    if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      while (j < n && source[j] !== c && source[j] !== '\n') {
        if (source[j] === '\\') { value += source[j + 1]; j += 2; } else { value += source[j]; j++; }
      }
      ArrayPrototypePush(tokens, { type: 'string', value });
      i = j + 1;
      continue;
    }
    if (c === '`') { i = skipTemplate(source, i + 1); ArrayPrototypePush(tokens, { type: 'template', value: '`' }); continue; }
    if (c === '/' && regexAllowedAfter.has(last())) { i = skipRegExp(source, i + 1); ArrayPrototypePush(tokens, { type: 'regexp', value: '/' }); continue; }
    identifier.lastIndex = i;
    let m = RegExpPrototypeExec(identifier, source);
    if (m !== null) { ArrayPrototypePush(tokens, { type: 'name', value: m[0] }); i += m[0].length; continue; }
    number.lastIndex = i;
    m = RegExpPrototypeExec(number, source);
    if (m !== null) { ArrayPrototypePush(tokens, { type: 'number', value: m[0] }); i += m[0].length; continue; }
    if (c === '.' && source[i + 1] === '.' && source[i + 2] === '.') { ArrayPrototypePush(tokens, { type: 'punct', value: '...' }); i += 3; continue; }
    if (c === '=' && source[i + 1] === '=') { ArrayPrototypePush(tokens, { type: 'punct', value: '==' }); i += source[i + 2] === '=' ? 3 : 2; continue; }
    if (c === '=' && source[i + 1] === '>') { ArrayPrototypePush(tokens, { type: 'punct', value: '=>' }); i += 2; continue; }
    ArrayPrototypePush(tokens, { type: 'punct', value: c });
    i++;
  }
  return tokens;
}
function skipTemplate(source, i) {
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '`') return i + 1;
    if (c === '$' && source[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        const d = source[i];
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '`') { i = skipTemplate(source, i + 1); continue; }
        else if (d === '"' || d === "'") { i++; while (i < source.length && source[i] !== d) i += source[i] === '\\' ? 2 : 1; }
        i++;
      }
      continue;
    }
    i++;
  }
  return i;
}
function skipRegExp(source, i) {
  let inClass = false;
  while (i < source.length && source[i] !== '\n') {
    const c = source[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) { i++; break; }
    i++;
  }
  while (i < source.length && source[i] >= 'a' && source[i] <= 'z') i++;
  return i;
}

// { exports: names, reexports: specifiers } of a CommonJS source.
function detectExports(source) {
  const t = tokenize(source);
  const names = new SafeSet();
  const reexports = [];
  const is = (k, value) => t[k] !== undefined && t[k].value === value && t[k].type !== 'string';
  const name = (k) => t[k] !== undefined && t[k].type === 'name';
  const str = (k) => t[k] !== undefined && t[k].type === 'string';
  const notMember = (k) => k === 0 || !is(k - 1, '.');
  // `require ( 'x' )` at k: the specifier, or undefined.
  const requireAt = (k) => (is(k, 'require') && is(k + 1, '(') && str(k + 2) && is(k + 3, ')') ? t[k + 2].value : undefined);
  for (let k = 0; k < t.length; k++) {
    // Where an exports object starts: `exports` or `module.exports`; k moves past it.
    let after;
    if (is(k, 'exports') && notMember(k)) after = k + 1;
    else if (is(k, 'module') && notMember(k) && is(k + 1, '.') && is(k + 2, 'exports')) after = k + 3;
    if (after !== undefined) {
      if (is(after, '.') && name(after + 1) && is(after + 2, '=') && !is(after + 3, '=')) {
        names.add(t[after + 1].value);
      } else if (is(after, '[') && str(after + 1) && is(after + 2, ']') && is(after + 3, '=')) {
        names.add(t[after + 1].value);
      } else if (is(after, '=') && after === k + 3) {
        const required = requireAt(after + 1);
        if (required !== undefined) ArrayPrototypePush(reexports, required);
        else if (is(after + 1, '{')) objectLiteral(after + 2);
      }
      continue;
    }
    // Object.defineProperty(exports, 'name', { ... })
    if (is(k, 'Object') && is(k + 1, '.') && is(k + 2, 'defineProperty') && is(k + 3, '(')) {
      let j = k + 4;
      if (is(j, 'exports')) j += 1;
      else if (is(j, 'module') && is(j + 1, '.') && is(j + 2, 'exports')) j += 3;
      else continue;
      if (!(is(j, ',') && str(j + 1) && is(j + 2, ',') && is(j + 3, '{'))) continue;
      const exported = t[j + 1].value;
      let d = j + 4;
      if (is(d, 'enumerable') && is(d + 1, ':') && is(d + 2, 'true') && is(d + 3, ',')) d += 4;
      if (is(d, 'value') && is(d + 1, ':')) {
        names.add(exported);
      } else if (is(d, 'get')) {
        // get: function () { return a.b } or get () { return a.b }
        let g = d + 1;
        if (is(g, ':') && is(g + 1, 'function')) g += 2;
        if (name(g) && !is(g, 'return')) g += 1;
        if (is(g, '(') && is(g + 1, ')') && is(g + 2, '{') && is(g + 3, 'return') && name(g + 4) && is(g + 5, '.') && name(g + 6)) {
          names.add(exported);
        }
      }
    }
  }
  // `{ a, b: c, 'd': e, ...require('x') }`, up to the first entry of another shape.
  function objectLiteral(k) {
    while (k < t.length) {
      if (is(k, '...')) {
        const required = requireAt(k + 1);
        if (required === undefined) return;
        ArrayPrototypePush(reexports, required);
        k += 5;
      } else if ((name(k) || str(k)) && (is(k + 1, ',') || is(k + 1, '}')) && name(k)) {
        names.add(t[k].value);
        k += 1;
      } else if ((name(k) || str(k)) && is(k + 1, ':') && name(k + 2) && (is(k + 3, ',') || is(k + 3, '}'))) {
        names.add(t[k].value);
        k += 3;
      } else {
        return;
      }
      if (is(k, '}')) return;
      if (!is(k, ',')) return;
      k += 1;
    }
  }
  return { exports: names, reexports };
}

module.exports = { detectExports };
