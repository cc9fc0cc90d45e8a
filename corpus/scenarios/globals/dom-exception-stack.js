/*---
description = "A DOMException's stack starts `name: message`, as an Error's does, and util.inspect shows it as `DOMException [name]`, as Node does"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Foo: m\" | Foo: m | Foo: m\n\"AbortError\" | DOMException [AbortError] | AbortError\n\"Error: x\" | DOMException [Error]: x | Error: x\n\"TimeoutError: y\" | DOMException [TimeoutError]: y | TimeoutError: y\nAbortError: This operation was aborted | DOMException [AbortError]: This operation was aborted\nno reason yet\n"
---*/
// A DOMException's stack starts `name: message`, as an Error's does, and util.inspect shows
// it as `DOMException [name]` (or the name alone when it does not end in Error), as Node does.
const { inspect } = require('util');
const first = (text) => text.split('\n')[0];
for (const [message, options] of [['m', 'Foo'], ['', 'AbortError'], ['x', undefined], ['y', { name: 'TimeoutError' }]]) {
  const e = options === undefined ? new DOMException(message) : new DOMException(message, options);
  console.log(JSON.stringify(first(e.stack)), '|', first(inspect(e)), '|', String(e));
}
const ac = new AbortController();
ac.abort();
console.log(first(ac.signal.reason.stack), '|', first(inspect(ac.signal.reason)));
console.log(first(AbortSignal.timeout(0).reason?.stack ?? 'no reason yet'));
