// internal/process/platform_work.js - WebAssembly's background compiles keep the loop alive until they settle.
'use strict';

const { ObjectDefineProperty, PromisePrototypeThen, ReflectApply } = primordials;
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
          PromisePrototypeThen(ReflectApply(original, WebAssembly, args),
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

module.exports = {
  hasPlatformWork() { return platformWork > 0; },
  trackWebAssembly,
};
