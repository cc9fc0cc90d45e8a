/*---
description = "process.chdir: the instance's own working directory, entered by its real path (.. and trailing slashes as the kernel takes them), which process.cwd, path.resolve and path.relative then use (require still resolves against the module's folder); libuv's ENOENT/ENOTDIR errors with path and dest; the directory argument validated"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "wrappedChdir 1\nok node-api\ntrue true ../process-chdir.js\nok scenarios\nok node-api\nError [\"errno\",\"code\",\"syscall\",\"path\",\"dest\"] ENOENT -2 chdir true does-not-exist | ENOENT: no such file or directory, chdir '<cwd>' -> 'does-not-exist'\nError [\"errno\",\"code\",\"syscall\",\"path\",\"dest\"] ENOTDIR -20 chdir true process-chdir.js | ENOTDIR: not a directory, chdir '<cwd>' -> 'process-chdir.js'\nError [\"errno\",\"code\",\"syscall\",\"path\",\"dest\"] ENOTDIR -20 chdir true process-chdir.js/x | ENOTDIR: not a directory, chdir '<cwd>' -> 'process-chdir.js/x'\nError [\"errno\",\"code\",\"syscall\",\"path\",\"dest\"] ENOENT -2 chdir true  | ENOENT: no such file or directory, chdir '<cwd>' -> ''\nTypeError [\"code\"] ERR_INVALID_ARG_TYPE undefined undefined false undefined | The \"directory\" argument must be of type string. Received type number (1)\nTypeError [\"code\"] ERR_INVALID_ARG_TYPE undefined undefined false undefined | The \"directory\" argument must be of type string. Received undefined\nTypeError [\"code\"] ERR_INVALID_ARG_TYPE undefined undefined false undefined | The \"directory\" argument must be of type string. Received null\nTypeError [\"code\"] ERR_INVALID_ARG_TYPE undefined undefined false undefined | The \"directory\" argument must be of type string. Received an instance of Object\nok \n/ /a/b ../b\nprocess-release.js process-release.js\ntrue\n"
---*/
const path = require('path');
const start = process.cwd();
const show = (f) => {
  try { f(); console.log('ok', path.basename(process.cwd())); } catch (e) {
    console.log(e.name, JSON.stringify(Object.keys(e)), e.code, e.errno, e.syscall, e.path === process.cwd(), e.dest, '|', e.message.split(process.cwd()).join('<cwd>'));
  }
};
console.log(process.chdir.name, process.chdir.length);
show(() => process.chdir(__dirname));
console.log(process.cwd() === path.dirname(__filename), path.resolve('x') === path.join(__dirname, 'x'), path.relative('x', __filename));
show(() => process.chdir('..'));
show(() => process.chdir('node-api/../node-api/'));
show(() => process.chdir('does-not-exist'));
show(() => process.chdir(path.basename(__filename)));
show(() => process.chdir(`${path.basename(__filename)}/x`));
show(() => process.chdir(''));
for (const v of [1, undefined, null, {}]) show(() => process.chdir(v));
show(() => process.chdir('/'));
console.log(process.cwd(), path.resolve('a', 'b'), path.relative('/a', 'b'));
// Modules still resolve against their own folder; only relative paths given to path.* move.
console.log(path.basename(require.resolve('./process-release.js')), path.basename(require.resolve('../node-api/process-release')));
process.chdir(start);
console.log(process.cwd() === start);
