/*---
description = "bare imports resolve from node_modules walking up: a package.json exports map with import/require conditions gives ESM and CJS callers different files; a classic main-only CJS package imports as its module.exports"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "dual via import condition classic main classic main sub sees classic main\ndual via require condition\nERR_PACKAGE_PATH_NOT_EXPORTED\n"
---*/
import { createRequire } from 'node:module';
import dual from 'dual';
import classic, { fromClassic } from 'classic';
import { viaSub } from './sub/user.mjs';
console.log(dual, classic.fromClassic, fromClassic, viaSub);
const require = createRequire(import.meta.url);
console.log(require('dual'));
try { await import('dual/private.js'); } catch (e) { console.log(e.code); }
