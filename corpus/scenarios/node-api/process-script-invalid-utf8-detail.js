/*---
description = "invalid UTF-8 in a script decodes like WHATWG/V8 (one U+FFFD per maximal invalid subpart)"
node = true
[expect]
exit_code = 4
cause = "exited"
stdout = "\"a\uFFFD\uFFFDb\" 4 \"x\uFFFDy\" 3 1 2 4 \"\u20AC\"\n"
---*/
console.log(JSON.stringify("aÿşb"), "aÿşb".length, JSON.stringify("xâ‚y"), "í €".length, "ğŸ˜".length, "À€".length, "ô€€".length, JSON.stringify("â‚¬")); process.exit(4)
