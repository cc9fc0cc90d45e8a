/*---
description = "deepStrictEqual/deepEqual/isDeepStrictEqual on errors: message, name, cause, errors, own props compared; stack ignored"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "message differs ERR_ASSERTION ERR_ASSERTION false\nsame true true true\nTypeError vs Error ERR_ASSERTION ERR_ASSERTION false\nextra own code ERR_ASSERTION ERR_ASSERTION false\ncode differs ERR_ASSERTION ERR_ASSERTION false\ncode same true true true\nown enumerable name ERR_ASSERTION ERR_ASSERTION false\ncause differs ERR_ASSERTION ERR_ASSERTION false\ncause same true true true\ncause vs none true true true\nstack ignored true true true\nnon-enumerable own message true true true\nAggregateError errors differ ERR_ASSERTION ERR_ASSERTION false\nAggregateError errors same true true true\nerror vs plain object ERR_ASSERTION ERR_ASSERTION false\n"
---*/
const t = require('./_deep-compare.js');
// columns: deepStrictEqual, deepEqual (loose), util.isDeepStrictEqual
t('message differs', new Error('a'), new Error('b'));
t('same', new Error('a'), new Error('a'));
t('TypeError vs Error', new TypeError('a'), new Error('a'));
const e1 = new Error('a'); e1.code = 'X';
t('extra own code', e1, new Error('a'));
const e2 = new Error('a'); const e3 = new Error('a'); e2.code = 'X'; e3.code = 'Y';
t('code differs', e2, e3);
const e2b = new Error('a'); const e3b = new Error('a'); e2b.code = 'X'; e3b.code = 'X';
t('code same', e2b, e3b);
const e4 = new Error('a'); e4.name = 'Foo';
t('own enumerable name', e4, new Error('a'));
t('cause differs', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
t('cause same', new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }));
t('cause vs none', new Error('a', { cause: undefined }), new Error('a'));
const e8 = new Error('a'); e8.stack = 'x';
t('stack ignored', e8, new Error('a'));
t('non-enumerable own message', Object.defineProperty(new Error('a'), 'message', { value: 'b', enumerable: false }), new Error('b'));
t('AggregateError errors differ', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
t('AggregateError errors same', new AggregateError([1], 'm'), new AggregateError([1], 'm'));
t('error vs plain object', new Error('a'), { message: 'a', name: 'Error' });
