// process.js - `require('process')`: the instance's process object.
'use strict';

module.exports = require('internal/process/object').process;
