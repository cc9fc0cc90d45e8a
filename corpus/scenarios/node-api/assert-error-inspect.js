/*---
description = "util.inspect of an AssertionError: fields one level deep, long and multi-line string values cut (inspect.custom)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "1000 true\n\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...',\\n  expected: '',\\n  operator: 'strictEqual'\\n}\"\n19 16\ntrue\n\"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n+   a: {\\n+     b: {\\n+       c: 1\\n+     }\\n+   }\\n-   a: 1\\n  }\\n  generatedMessage: true,\\n  code: 'ERR_ASSERTION',\\n  actual: [Object],\\n  expected: [Object],\\n  operator: 'deepStrictEqual'\\n}\"\n\"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\\n\\n1 !== 2\\n\\n  generatedMessage: true,\\n  code: 'ERR_ASSERTION',\\n  actual: 1,\\n  expected: 2,\\n  operator: 'strictEqual'\\n}\" \"{\\n  nested: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\\n  \\n  1 !== 2\\n  \\n    generatedMessage: true,\\n    code: 'ERR_ASSERTION',\\n    actual: 1,\\n    expected: 2,\\n    operator: 'strictEqual'\\n  }\\n}\"\n"
---*/
// An AssertionError shown by util.inspect: its own fields one level deep, long string values
// cut to 512 characters or ten lines.
const assert = require('assert');
const { inspect } = require('util');
function strip(text) { return text.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'); }
try { assert.strictEqual('A'.repeat(1000), ''); } catch (e) {
  console.log(e.actual.length, inspect(e).includes(`actual: '${'A'.repeat(488)}...'`));
  console.log(JSON.stringify(strip(inspect(e)).slice(-200)));
}
try { assert.strictEqual('fhqwhgads\n'.repeat(15), ''); } catch (e) {
  console.log(e.message.split('\n').length, e.actual.split('\n').length);
  console.log(inspect(e).includes("actual: 'fhqwhgads\\n' +\n" + "    'fhqwhgads\\n' +\n".repeat(9) + "    '...'"));
}
try { assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: 1 }); } catch (e) {
  console.log(JSON.stringify(strip(inspect(e))));
}
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(strip(inspect(e))), JSON.stringify(strip(inspect({ nested: e }, { depth: 0 }))));
