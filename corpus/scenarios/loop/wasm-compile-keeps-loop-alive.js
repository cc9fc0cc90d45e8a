/*---
description = "an async WebAssembly compile keeps the loop alive until it settles; the synchronous API works too"
node = true
[expect]
exit_code = 42
cause = "drained"
stdout = "sync 5\nasync 42 true\nbeforeExit\nexit 42\n"
---*/
// An async WebAssembly compile keeps the loop alive until it settles, as Node's platform
// drains V8's tasks before a loop may end; the synchronous API works too.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0,
  7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]); // (export "add" (i32 i32) -> i32)
console.log('sync', new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.add(2, 3));
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
WebAssembly.instantiate(bytes)
  .then(({ instance }) => WebAssembly.compile(bytes).then((m) => [instance, m]))
  .then(([instance, m]) => {
    console.log('async', instance.exports.add(20, 22), m instanceof WebAssembly.Module);
    process.exitCode = 42;
  });
