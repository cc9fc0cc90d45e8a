// internal/util/comparisons.js - Deep equality as Node 20 defines it for assert and
// util.isDeepStrictEqual: `isDeepEqual` (loose: `==` between primitives, prototypes ignored)
// and `isDeepStrictEqual` (Object.is between primitives, same prototypes, own enumerable
// symbols counted). Both need the same Object.prototype.toString tag on both sides, compare
// built-ins by what they hold (typed arrays and buffers by bytes, boxed primitives by value,
// errors by message/name/cause/errors, Maps and Sets by entries in any order) and then own
// enumerable properties, and survive cycles.
'use strict';

const {
  ArrayIsArray, ArrayPrototypeFilter, ArrayPrototypePush, BigIntPrototypeValueOf, BooleanPrototypeValueOf,
  DatePrototypeGetTime, Error, MapPrototypeEntries, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeHas,
  NumberIsNaN, NumberPrototypeValueOf, ObjectGetOwnPropertySymbols, ObjectGetPrototypeOf, ObjectIs, ObjectKeys,
  ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString, SafeSet,
  SetPrototypeGetSize, SetPrototypeHas, SetPrototypeValues, StringPrototypeValueOf, SymbolIterator, SymbolPrototypeValueOf,
  TypedArrayPrototypeGetSymbolToStringTag, Uint8Array,
} = primordials;

const {
  isAnyArrayBuffer, isArrayBufferView, isBigIntObject, isBooleanObject, isBoxedPrimitive, isDate, isFloat32Array,
  isFloat64Array, isMap, isNativeError, isNumberObject, isRegExp, isSet, isStringObject, isSymbolObject,
} = require('internal/util/types');
const { ownNonIndexProperties } = internalBinding('native');

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const isError = (value) => isNativeError(value) || value instanceof Error;

function sameBytes(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// A view's bytes, read through the view's own (possibly user-defined) buffer and bounds.
function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameViewBytes(a, b) {
  return a.byteLength === b.byteLength && sameBytes(viewBytes(a), viewBytes(b));
}

// Loose mode compares float arrays element by element with `!==` (so NaN differs from NaN
// and -0 equals 0).
function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedValue(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
  if (isStringObject(a)) return isStringObject(b) && StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
  return isSymbolObject(b) && SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
}

// Errors: message and name (usually not enumerable) must agree in enumerability and, when
// not enumerable, in value; cause and errors likewise, compared deeply. The stack is ignored.
const kErrorFields = ['message', 'name', 'cause', 'errors'];
function sameErrorFields(a, b, strict, memos) {
  for (let i = 0; i < kErrorFields.length; i++) {
    const key = kErrorFields[i];
    const enumerable = ObjectPrototypePropertyIsEnumerable(a, key);
    if (enumerable !== ObjectPrototypePropertyIsEnumerable(b, key)) return false;
    if (enumerable) continue;
    const same = key === 'message' || key === 'name' ? a[key] === b[key] : innerDeepEqual(a[key], b[key], strict, memos);
    if (!same) return false;
  }
  return true;
}

// Node's duck-typed URL check: such objects are compared by href first.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) return val1 !== 0 || ObjectIs(val1, val2) || !strict;
  if (strict) {
    if (typeof val1 === 'number') return NumberIsNaN(val1) && NumberIsNaN(val2);
    if (typeof val1 !== 'object' || typeof val2 !== 'object' || val1 === null || val2 === null ||
        ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  } else {
    const object1 = val1 !== null && typeof val1 === 'object';
    const object2 = val2 !== null && typeof val2 === 'object';
    // eslint-disable-next-line eqeqeq
    if (!object1 && !object2) return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
    if (!object1 || !object2) return false;
  }
  const tag = ObjectPrototypeToString(val1);
  if (tag !== ObjectPrototypeToString(val2)) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    return sameNonIndexKeyCount(val1, val2, strict, memos, kIsArray);
  }
  if (tag === '[object Object]') return keyCheck(val1, val2, strict, memos, kNoIterator);

  if (isDate(val1)) {
    if (!isDate(val2) || DatePrototypeGetTime(val1) !== DatePrototypeGetTime(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags || val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(val1) !== TypedArrayPrototypeGetSymbolToStringTag(val2)) return false;
    const floats = !strict && (isFloat32Array(val1) || isFloat64Array(val1));
    if (floats ? !sameFloatElements(val1, val2) : !sameViewBytes(val1, val2)) return false;
    return sameNonIndexKeyCount(val1, val2, strict, memos, kNoIterator);
  } else if (isSet(val1)) {
    if (!isSet(val2) || SetPrototypeGetSize(val1) !== SetPrototypeGetSize(val2)) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || MapPrototypeGetSize(val1) !== MapPrototypeGetSize(val2)) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || val1.byteLength !== val2.byteLength ||
        !sameBytes(new Uint8Array(val1), new Uint8Array(val2))) {
      return false;
    }
  } else if (isError(val1)) {
    if (!isError(val2) || !sameErrorFields(val1, val2, strict, memos)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!sameBoxedValue(val1, val2)) return false;
  } else if (ArrayIsArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) || isDate(val2) ||
             isRegExp(val2) || isAnyArrayBuffer(val2) || isBoxedPrimitive(val2) || isError(val2)) {
    return false;
  } else if (isURL(val1) && (!isURL(val2) || val1.href !== val2.href)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

// Arrays and typed arrays: their own enumerable non-index keys (symbols only in strict mode)
// must be as many on both sides before the values are compared.
function sameNonIndexKeyCount(val1, val2, strict, memos, iterationType) {
  const keys1 = nonIndexKeys(val1, strict);
  if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
  return keyCheck(val1, val2, strict, memos, iterationType, keys1);
}

function nonIndexKeys(value, strict) {
  const keys = ownNonIndexProperties(value, true);
  return strict ? keys : ArrayPrototypeFilter(keys, (key) => typeof key !== 'symbol');
}

// In strict mode an object's own enumerable symbols count as keys: they must be enumerable
// on the other side too. Node 20 checks the other side's count only when the two have a
// different number of own symbols; so does this.
function addSymbolKeys(val1, val2, keys) {
  const symbols1 = ObjectGetOwnPropertySymbols(val1);
  const symbols2 = ObjectGetOwnPropertySymbols(val2);
  const enumerable2 = () => ArrayPrototypeFilter(symbols2, (key) => ObjectPrototypePropertyIsEnumerable(val2, key)).length;
  if (symbols1.length === 0) return symbols2.length === 0 || enumerable2() === 0;
  let count = 0;
  for (let i = 0; i < symbols1.length; i++) {
    const key = symbols1[i];
    if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
      if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
      ArrayPrototypePush(keys, key);
      count++;
    } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
      return false;
    }
  }
  return symbols1.length === symbols2.length || enumerable2() === count;
}

// The keys of both sides agree, then their values are compared. `keys` is given for arrays
// and typed arrays (their non-index keys); otherwise it is the own enumerable string keys.
function keyCheck(val1, val2, strict, memos, iterationType, keys) {
  const arrayLike = keys !== undefined;
  if (!arrayLike) keys = ObjectKeys(val1);
  for (let i = 0; i < keys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(val2, keys[i])) return false;
  }
  if (!arrayLike) {
    if (keys.length !== ObjectKeys(val2).length) return false;
    if (strict && !addSymbolKeys(val1, val2, keys)) return false;
  }
  if (keys.length === 0 && (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) ||
      val1.size === 0)) {
    return true;
  }
  return compareTracked(val1, val2, strict, memos, iterationType, keys);
}

// Cycles. The first pair (the roots) and then one pair at a time below them are remembered
// in fields; deeper than that, a set holds every object on the current path, and a pair
// whose two sides are both already in it counts as equal. Pairs found equal leave the set
// again; pairs found unequal leave it only while entries of a Set or Map are being matched
// (where a failure is only a mismatch to try the next candidate).
function compareTracked(val1, val2, strict, memos, iterationType, keys) {
  if (memos === undefined) {
    memos = {
      set: undefined, root1: val1, root2: val2, child1: undefined, child2: undefined, inChild: false, matching: false,
    };
    return objEquiv(val1, val2, strict, keys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (!memos.inChild) {
      if (memos.root1 === val1 && memos.root2 === val2) return true;
      memos.child1 = val1;
      memos.child2 = val2;
      memos.inChild = true;
      const result = objEquiv(val1, val2, strict, keys, memos, iterationType);
      memos.inChild = false;
      return result;
    }
    memos.set = new SafeSet();
    memos.set.add(memos.root1);
    memos.set.add(memos.root2);
    memos.set.add(memos.child1);
    memos.set.add(memos.child2);
  }
  const { set } = memos;
  const size = set.size;
  set.add(val1);
  set.add(val2);
  if (set.size === size) return true;
  const result = objEquiv(val1, val2, strict, keys, memos, iterationType);
  if (result || memos.matching) {
    set.delete(val1);
    set.delete(val2);
  }
  return result;
}

// Runs `test` with failures treated as mismatches (see compareTracked).
function whileMatching(memos, test) {
  const outer = memos.matching;
  memos.matching = true;
  const result = test();
  memos.matching = outer;
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (let i = 0; i < keys.length; i++) {
    if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
  }
  if (iterationType === kIsArray) return sameElements(a, b, strict, memos);
  if (iterationType === kIsSet) return setEquiv(a, b, strict, memos);
  if (iterationType === kIsMap) return mapEquiv(a, b, strict, memos);
  return true;
}

// Elements in order; holes must be holes on both sides. From the first hole on, the
// remaining own keys are compared by name.
function sameElements(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (ObjectPrototypeHasOwnProperty(a, i)) {
      if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (ObjectPrototypeHasOwnProperty(b, i)) {
      return false;
    } else {
      const keysA = ObjectKeys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!ObjectPrototypeHasOwnProperty(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
      }
      return keysA.length === ObjectKeys(b).length;
    }
  }
  return true;
}

// In loose mode a primitive may equal another of a different type (1 == '1'). What the
// partner of `prim` could be: `null` for undefined, `undefined` for null (look it up), or
// true (it may have one that is not listed) / false (it has none).
function loosePartner(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined;
    case 'symbol': return false;
    case 'string': return !NumberIsNaN(+prim);
    case 'number': return !NumberIsNaN(prim);
    default: return true;
  }
}

function setMayHaveLoosePrimitive(a, b, prim) {
  const partner = loosePartner(prim);
  if (partner != null) return partner;
  return SetPrototypeHas(b, partner) && !SetPrototypeHas(a, partner);
}

function mapMayHaveLoosePrimitive(a, b, prim, item, memos) {
  const partner = loosePartner(prim);
  if (partner != null) return partner;
  const itemB = MapPrototypeGet(b, partner);
  if ((itemB === undefined && !MapPrototypeHas(b, partner)) || !innerDeepEqual(item, itemB, false, memos)) return false;
  return !MapPrototypeHas(a, partner) && innerDeepEqual(item, itemB, false, memos);
}

// Takes out of `candidates` one deep-equal to `value`.
function takeEqual(candidates, value, strict, memos) {
  return whileMatching(memos, () => {
    for (const candidate of candidates) {
      if (innerDeepEqual(candidate, value, strict, memos)) {
        candidates.delete(candidate);
        return true;
      }
    }
    return false;
  });
}

// Values of `a` missing from `b` by identity (objects, and loose primitives) must each
// match a distinct value of `b` deeply.
function setEquiv(a, b, strict, memos) {
  let unmatched = null;
  for (const value of iterable(SetPrototypeValues(a))) {
    if (SetPrototypeHas(b, value)) continue;
    if ((typeof value !== 'object' || value === null) && (strict || !setMayHaveLoosePrimitive(a, b, value))) return false;
    if (unmatched === null) {
      if (SetPrototypeGetSize(b) === 1) return innerDeepEqual(value, SetPrototypeValues(b).next().value, strict, memos);
      unmatched = new SafeSet();
    }
    unmatched.add(value);
  }
  if (unmatched === null) return true;
  for (const value of iterable(SetPrototypeValues(b))) {
    if (typeof value === 'object' && value !== null) {
      if (!SetPrototypeHas(a, value) && !takeEqual(unmatched, value, strict, memos)) return false;
    } else if (!strict && !SetPrototypeHas(a, value) && !takeEqual(unmatched, value, strict, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

// Takes out of `keys` (keys of `map`) one whose key and value deep-equal `key2` and `item2`;
// every candidate is tried (Map([[{}, 'a'], [{}, 'b']]) vs Map([[{}, 'b'], [{}, 'a']])).
function takeEqualEntry(keys, map, key2, item2, strict, memos) {
  return whileMatching(memos, () => {
    for (const key1 of keys) {
      if (innerDeepEqual(key1, key2, strict, memos) && innerDeepEqual(MapPrototypeGet(map, key1), item2, strict, memos)) {
        keys.delete(key1);
        return true;
      }
    }
    return false;
  });
}

function mapEquiv(a, b, strict, memos) {
  let unmatched = null;
  for (const { 0: key, 1: item1 } of iterable(MapPrototypeEntries(a))) {
    if (typeof key === 'object' && key !== null) {
      if (unmatched === null) {
        if (MapPrototypeGetSize(b) === 1) {
          const { 0: key2, 1: item2 } = MapPrototypeEntries(b).next().value;
          return innerDeepEqual(key, key2, strict, memos) && innerDeepEqual(item1, item2, strict, memos);
        }
        unmatched = new SafeSet();
      }
      unmatched.add(key);
    } else {
      const item2 = MapPrototypeGet(b, key);
      if ((item2 === undefined && !MapPrototypeHas(b, key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict || !mapMayHaveLoosePrimitive(a, b, key, item1, memos)) return false;
        if (unmatched === null) unmatched = new SafeSet();
        unmatched.add(key);
      }
    }
  }
  if (unmatched === null) return true;
  for (const { 0: key, 1: item } of iterable(MapPrototypeEntries(b))) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(unmatched, a, key, item, strict, memos)) return false;
    } else if (!strict && (!MapPrototypeHas(a, key) || !innerDeepEqual(MapPrototypeGet(a, key), item, strict, memos)) &&
               !takeEqualEntry(unmatched, a, key, item, strict, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

// A built-in iterator for `for...of`, whatever a script did to the collection's prototype.
function iterable(iterator) {
  return { __proto__: null, [SymbolIterator]: () => iterator };
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
