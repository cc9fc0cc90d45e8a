/*---
description = "a script that is not valid UTF-8 is decoded with U+FFFD per invalid byte and still runs"
node = true
[expect]
exit_code = 4
cause = "exited"
stdout = "a\uFFFD\uFFFDb\n"
---*/
console.log("aÿþb"); process.exit(4)
