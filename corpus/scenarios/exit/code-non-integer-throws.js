/*---
description = "process.exit(1.5) throws ERR_OUT_OF_RANGE, which can be caught"
node = true
[expect]
exit_code = 2
cause = "exited"
stdout = "ERR_OUT_OF_RANGE RangeError\n"
---*/
try {
  process.exit(1.5);
} catch (e) {
  console.log(e.code, e.name);
}
process.exit(2);
