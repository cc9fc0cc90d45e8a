/*---
description = "a .cjs file that uses import syntax is a SyntaxError (Cannot use import statement outside a module) at require time; .cjs is never syntax-detected as ESM"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "SyntaxError Cannot use import statement outside a module\n"
---*/
try {
  require('./esmish.cjs');
} catch (e) {
  console.log(e.name, e.message);
}
