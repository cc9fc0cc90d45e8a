/*---
description = "deepStrictEqual/deepEqual/isDeepStrictEqual compare boxed primitives by their value"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "Number 1 vs 2 ERR_ASSERTION ERR_ASSERTION false\nNumber 1 vs 1 true true true\nNumber vs 1 ERR_ASSERTION ERR_ASSERTION false\nNumber -0 vs 0 ERR_ASSERTION ERR_ASSERTION false\nNumber NaN true true true\nNumber extra prop ERR_ASSERTION ERR_ASSERTION false\nNumber vs String ERR_ASSERTION ERR_ASSERTION false\nObject(1n) vs Object(1n) true true true\nObject(1n) vs Object(2n) ERR_ASSERTION ERR_ASSERTION false\nString a vs b ERR_ASSERTION ERR_ASSERTION false\nString a vs a true true true\nBoolean t vs f ERR_ASSERTION ERR_ASSERTION false\nSymbol same true true true\nSymbol distinct ERR_ASSERTION ERR_ASSERTION false\nNumber vs plain ERR_ASSERTION ERR_ASSERTION false\n"
---*/
const t = require('./_deep-compare.js');
// columns: deepStrictEqual, deepEqual (loose), util.isDeepStrictEqual
t('Number 1 vs 2', new Number(1), new Number(2));
t('Number 1 vs 1', new Number(1), new Number(1));
t('Number vs 1', new Number(1), 1);
t('Number -0 vs 0', new Number(-0), new Number(0));
t('Number NaN', new Number(NaN), new Number(NaN));
const n1 = new Number(1); n1.x = 1;
t('Number extra prop', n1, new Number(1));
t('Number vs String', new Number(1), new String('1'));
t('Object(1n) vs Object(1n)', Object(1n), Object(1n));
t('Object(1n) vs Object(2n)', Object(1n), Object(2n));
t('String a vs b', new String('a'), new String('b'));
t('String a vs a', new String('a'), new String('a'));
t('Boolean t vs f', new Boolean(true), new Boolean(false));
t('Symbol same', Object(Symbol.iterator), Object(Symbol.iterator));
t('Symbol distinct', Object(Symbol('a')), Object(Symbol('a')));
t('Number vs plain', new Number(1), {});
