// internal/validators.js — Argument checks, declared once, with Node's codes and wording.
'use strict';

const { invalidArgType, outOfRange } = require('internal/errors');

function validateInteger(value, name) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'number', value);
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
    throw invalidArgType(name, 'function', value);
  }
}

module.exports = {
  validateFunction,
  validateInteger,
};
