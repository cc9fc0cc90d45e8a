/*---
description = "require of a .json file with a syntax error throws a SyntaxError whose message starts with the absolute path; it is not cached"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "SyntaxError true\n<dir>/bad.json: Expected double-quoted property name in JSON at position 8\nfalse\n<dir>/empty.json: Unexpected end of JSON input\n"
---*/
try {
  require('./bad.json');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
  console.log(e.message.replace(__dirname, '<dir>'));
  console.log(require.resolve('./bad.json') in require.cache);
}
try {
  require('./empty.json');
} catch (e) {
  console.log(e.message.replace(__dirname, '<dir>'));
}
