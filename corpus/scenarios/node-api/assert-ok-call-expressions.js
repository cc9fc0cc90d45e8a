/*---
description = "assert.ok/assert() quote the failing call from the source: member chains, optional calls, call/apply/bind, wrappers, new, comments, strings, templates, regexps, multi-line calls re-indented, control characters escaped; eval and new Function fall back"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"The expression evaluated to a falsy value:\\n\\n  assert['ok'](false)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok?.(false)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  (0, assert.ok)(false)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok.call(null, false)\\n\" true\n\"a message\" false\n\"The expression evaluated to a falsy value:\\n\\n  assert['ok'][\\\"apply\\\"](null, [0])\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  obj.b.assert.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  obj.f().ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  obj.f()\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  obj?.f()?.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  [assert][0](0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  (assert)(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(...[0])\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  Reflect.apply(assert.ok, null, [0])\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok.bind(null)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  fn(value)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  show(() => new assert.ok(0))\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.strict(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.strict.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert  .  ok  (0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  ok(null, undefined)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0, undefined /* ) *\\/)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(')' === 0 ? 1 : `a${')'}b`.length > 99)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x > 2, undefined)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(/\\\\)/.test('x') || /[)]/.test('y') || /\\\\//.test('z'))\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x /* ( *\\/ === 2)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x / 2 === 2 /* / *\\/)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(1 /2 > 1)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert('it\\\\'s' === \\\"x\\\\\\\"y\\\")\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0b1010 === 0x0 && 1e3 && .5 && 1_000n)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(async function f() {} === 1)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(((v) => v)(0))\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(x?.y?.z)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(typeof 123n === 'string')\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(null, undefined)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(false)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(null)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(v > 1)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x < 0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(i === 9)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(i === 9)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert('')\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x == 2\\n  && x == 3\\n  || x == 4)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(\\n    x === 4\\n  )\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(\\n  x === 5,\\n  )\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  a(\\n    (() => 'string')()\\n    // a comment )\\n    ===\\n  123 instanceof\\n        Buffer\\n  )\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  a((\\n    () => 'string')() ===\\n  123 instanceof\\n  Buffer\\n  )\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert(\\n  `multi\\n  line`.length === 0)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(null\\n  // comment )\\n  , undefined)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok('\\\\u0001' === 1)\\n\" true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(\\n  typeof 123 === 'string'\\n  )\\n\" true\n\"Symbol(foo)\" false\n\"custom\" false\n\"No value argument passed to `assert.ok()`\" true\n\"No value argument passed to `assert.ok()`\" true\n\"false == true\" true\nevaluated\n\"false == true\" true\n\"false == true\" true\n\"0\" false\n"
---*/
// assert.ok / assert() without a message: the failing call read back from this file.
const assert = require('assert');
const a = assert;
// (`*/` is printed as `*\/`: the expected output lives in this file's header comment.)
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message).replaceAll('*/', '*\\/'), e.generatedMessage);
  }
}
const x = 1;
const obj = { f() { return assert; }, b: { assert } };
show(() => assert['ok'](false));
show(() => assert.ok?.(false));
show(() => (0, assert.ok)(false));
show(() => assert.ok.call(null, false));
show(() => assert.ok.call(null, 0, 'a message'));
show(() => assert['ok']["apply"](null, [0]));
show(() => obj.b.assert.ok(0));
show(() => obj.f().ok(0));
show(() => obj.f()(0));
show(() => obj?.f()?.ok(0));
show(() => [assert][0](0));
show(() => (assert)(0));
show(() => assert.ok(...[0]));
show(() => Reflect.apply(assert.ok, null, [0]));
show(() => assert.ok.bind(null)(0));
show(() => { const wrapper = (fn, value) => fn(value); wrapper(assert, false); });
show(() => new assert.ok(0));
show(() => assert.strict(0));
show(() => assert.strict.ok(0));
show(() => assert  .  ok  (0));
show(() => {
  assert
    .ok(null, undefined);
});
show(() => assert.ok(0, undefined /* ) */));
show(() => assert.ok(')' === 0 ? 1 : `a${')'}b`.length > 99));
show(() => `${assert.ok(0)}`);
show(() => `a${`b${assert(x > 2, undefined)}`}`);
show(() => assert.ok(/\)/.test('x') || /[)]/.test('y') || /\//.test('z')));
show(() => assert(x /* ( */ === 2));
show(() => assert(x / 2 === 2 /* / */));
show(() => assert.ok(1 /2 > 1));
show(() => assert('it\'s' === "x\"y"));
show(() => assert.ok(0b1010 === 0x0 && 1e3 && .5 && 1_000n));
show(() => assert.ok(async function f() {} === 1));
show(() => assert.ok(((v) => v)(0)));
show(() => assert.ok(x?.y?.z));
show(() => assert(typeof 123n === 'string'));
show(() => assert.ok(x => x, 1) || assert.ok(0));
show(() => { assert(true); assert(null, undefined); });
show(() => { const o = { m() { assert(false); } }; o.m(); });
show(() => { class C { constructor() { assert.ok(null); } } new C(); });
show(() => { function* g() { yield assert(0); } g().next(); });
show(() => [1].map((v) => assert(v > 1)));
show(() => { if (x) assert(x < 0); else assert(x); });
show(() => { try { assert.ok(0);
} catch (err) { throw err; } });
show(() => { function test() { assert.ok(0);
  }
  test(); });
for (let i = 0; i < 2; i++) show(() => assert(i === 9));
show(() => assert(0)); show(() => assert(''));
show(() => assert(x == 2
    && x == 3
    || x == 4));
show(() =>
  assert(
    x === 4
  )
);
		show(() => assert(
			x === 5,
		));
show(() => {
    a(
      (() => 'string')()
      // a comment )
      ===
  123 instanceof
          Buffer
    );
});
show(() => {
a((
  () => 'string')() ===
123 instanceof
Buffer
);
});
show(() => assert(
  `multi
line`.length === 0));
show(() => assert.ok(null
  // comment )
  , undefined));
show(() => assert.ok('' === 1));
show(() => { const limit = Error.stackTraceLimit; Error.stackTraceLimit = 0; try { assert.ok(
    typeof 123 === 'string'
  ); } finally { Error.stackTraceLimit = limit; } });
show(() => assert(false, Symbol('foo')));
show(() => assert(0, 'custom'));
show(() => assert.ok());
show(() => assert(...[]));
show(() => eval('assert(false)'));
show(() => eval('console.log("evaluated");\nassert.ok(1 === 2);'));
show(() => new Function('assert', 'assert(1 === 2);')(assert));
show(() => [0].forEach(assert));
