/*---
description = "TextDecoder streams: decode(chunk, { stream: true }) holds a character cut between chunks (UTF-8 and UTF-16LE), a final decode() flushes it as U+FFFD, and the BOM is skipped only at the stream's start"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"aé€😀b\" true\n\"\" \"�\"\n\"A\" \"﻿B\"\n\"AB\"\n\"a\"\n"
---*/
const d = new TextDecoder();
const e = new TextEncoder().encode('aé€😀b');
let out = '';
for (const x of e) out += d.decode(new Uint8Array([x]), { stream: true });
out += d.decode();
console.log(JSON.stringify(out), out === 'aé€😀b');
const d2 = new TextDecoder();
console.log(JSON.stringify(d2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(d2.decode()));
const d3 = new TextDecoder();
console.log(JSON.stringify(d3.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true })), JSON.stringify(d3.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const d4 = new TextDecoder('utf-16le');
console.log(JSON.stringify(d4.decode(new Uint8Array([0x41]), { stream: true }) + d4.decode(new Uint8Array([0x00, 0x42, 0x00]))));
const d5 = new TextDecoder();
console.log(JSON.stringify(d5.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + d5.decode(new Uint8Array([0xbf, 0x61]))));
