// internal/validators.js - Argument checks, declared once, with Node's codes and wording.
'use strict';

const { ArrayIsArray } = primordials;
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
// A number, within [min, max] when they are given (NaN is then out of range).
function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'number', value);
  }
  const hasMin = min !== undefined && min !== null;
  const hasMax = max !== undefined && max !== null;
  if ((hasMin && value < min) || (hasMax && value > max) || ((hasMin || hasMax) && Number.isNaN(value))) {
    const range = `${hasMin ? `>= ${min}` : ''}${hasMin && hasMax ? ' && ' : ''}${hasMax ? `<= ${max}` : ''}`;
    throw outOfRange(name, range, value);
  }
}
function validateUint32(value, name) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRange(name, 'an integer', value);
  }
  if (value < 0 || value > 4294967295) {
    throw outOfRange(name, '>= 0 && <= 4294967295', value);
  }
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw invalidArgType(name, 'boolean', value);
  }
}
function validateString(value, name) {
  if (typeof value !== 'string') {
    throw invalidArgType(name, 'string', value);
  }
}
// What validateObject lets through besides plain objects, as flags.
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
function validateObject(value, name, allow = 0) {
  const ok = value === null ? (allow & kValidateObjectAllowNullable) !== 0
    : ArrayIsArray(value) ? (allow & kValidateObjectAllowArray) !== 0
      : typeof value === 'object' || (typeof value === 'function' && (allow & kValidateObjectAllowFunction) !== 0);
  if (!ok) {
    throw invalidArgType(name, 'Object', value);
  }
}
function validateArray(value, name) {
  if (!ArrayIsArray(value)) {
    throw invalidArgType(name, 'Array', value);
  }
}
function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'function', value);
  }
}

module.exports = {
  validateArray,
  validateBoolean,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  validateFunction,
  validateNumber,
  validateInteger,
  validateObject,
  validateString,
  validateUint32,
};
