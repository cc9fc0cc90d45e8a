// internal/validators.js — Argument checks, declared once, with Node's codes and wording.
'use strict';

const { describeReceived, makeNodeError, outOfRange } = require('internal/errors');
function validateInteger(value, name) {
  if (typeof value !== 'number') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be of type number.${describeReceived(value)}`);
  }
  if (!Number.isInteger(value)) {
    throw outOfRange(name, 'an integer', value);
  }
  if (value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER) {
    throw outOfRange(name, '>= -9007199254740991 && <= 9007199254740991', value);
  }
}
function validateFunction(value, name) {
  if (typeof value !== 'function') {
    // Node's wording: 'The "x" argument', 'The "a.b" property', 'The last argument'.
    const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The ${subject} must be of type function.${describeReceived(value)}`);
  }
}

module.exports = {
  validateFunction,
  validateInteger,
};
