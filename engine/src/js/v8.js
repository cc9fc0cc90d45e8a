// v8.js - `require('v8')`: startupSnapshot for warm-up scripts, heap statistics.
'use strict';

const { makeNodeError } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { info } = require('internal/process/info');

const native = internalBinding('native');

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

module.exports = {
  startupSnapshot,
  getHeapStatistics() {
    const m = native.memoryUsage();
    return { total_heap_size: m.heapTotal, used_heap_size: m.heapUsed };
  },
};
// Not part of `require('v8')`: a restored instance runs the warm-up's deserialize callbacks,
// then its main function, once.
Object.defineProperty(module.exports, 'runDeserializeCallbacks', {
  value() {
    for (const [callback, data] of deserializeCallbacks.splice(0)) callback(data);
    const main = deserializeMain;
    deserializeMain = undefined;
    if (main !== undefined) main[0](main[1]);
  },
});
