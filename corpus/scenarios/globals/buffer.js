/*---
description = "Buffer as Node 20 has it: encodings, views, number reads/writes and its inspect form."
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "21 aMOpbGxvIHfDtnJsZCDigqzwnYSe 68c3a96c\nhello <Buffer 68 65 6c 6c 6f>\n\ufffd\ufffdA 4\n<Buffer 61 62 63> <Buffer 61 62 61 62 61>\naZcdef true 3 false Zadcfe\n<Buffer 00 00 00 00 00 00 f8 3f> 44510 -34 8 1.5\n{\"type\":\"Buffer\",\"data\":[97,98]} 6 -1\n[ <Buffer 68 69> ] {\n  b: <Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>\n}\nRangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1\nTypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)\nTypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope\nRangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1\nRangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 300\n"
---*/
// Buffer as Node 20 has it: encodings, views, number reads/writes and its inspect form.
const b = Buffer.from('héllo wörld €𝄞');
console.log(b.length, b.toString('base64'), b.toString('hex', 0, 4));
console.log(Buffer.from('aGVsbG8', 'base64').toString(), Buffer.from('68656c6c6fz1', 'hex'));
console.log(Buffer.from([0xff, 0xfe, 0x41]).toString(), Buffer.from('\ud800x').length);
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]), Buffer.alloc(5, 'ab'));
const s = Buffer.from('abcdef');
const view = s.subarray(1, 3);
view[0] = 0x5a;
console.log(s.toString(), view instanceof Buffer, s.indexOf('d'), s.includes('zz'), s.swap16().toString());
const n = Buffer.alloc(8);
n.writeUInt32BE(0xdeadbeef, 2);
console.log(n, n.readUInt16LE(2), n.readInt8(2), n.writeDoubleLE(1.5), n.readDoubleLE(0));
console.log(JSON.stringify(Buffer.from('ab')), Buffer.byteLength('héllo'), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
console.log([Buffer.from('hi')], { b: Buffer.alloc(60) });
for (const bad of [() => Buffer.alloc(-1), () => Buffer.from(5), () => Buffer.from('x', 'nope'), () => Buffer.from('hi').readUInt16LE(1), () => Buffer.from('hi').writeUInt8(300, 0)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
