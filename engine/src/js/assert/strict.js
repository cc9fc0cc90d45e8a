// assert/strict.js - `require('assert/strict')`: the same object as `require('assert').strict`.
'use strict';

module.exports = require('assert').strict;
