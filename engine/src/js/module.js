// module.js - `require('module')`: the CommonJS loader's Module (internal/modules/cjs), with
// its statics (builtinModules, createRequire, isBuiltin, _load, _resolveFilename ...).
'use strict';

module.exports = require('internal/modules/cjs').Module;
