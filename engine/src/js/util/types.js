// util/types.js - `require('util/types')`: the very object util.types is.
'use strict';

module.exports = require('internal/util/types');
