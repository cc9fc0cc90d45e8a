/*---
description = "native process methods (abort, reallyExit, uptime, get*id, getgroups, _fatalException, getActiveResourcesInfo, memoryUsage.rss) have no prototype and are not constructors; JS ones do; names and lengths"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "abort true false \"abort\" 0\nreallyExit true false \"reallyExit\" 0\nuptime true false \"uptime\" 0\ngetuid true false \"getuid\" 0\ngeteuid true false \"geteuid\" 0\ngetgid true false \"getgid\" 0\ngetegid true false \"getegid\" 0\ngetgroups true false \"getgroups\" 0\n_fatalException true false \"\" 2\ngetActiveResourcesInfo true false \"getActiveResourcesInfo\" 0\ncpuUsage false true \"cpuUsage\" 1\ncwd false true \"wrappedCwd\" 0\nemitWarning false true \"emitWarning\" 4\nexit false true \"exit\" 1\nhasUncaughtExceptionCaptureCallback false true \"hasUncaughtExceptionCaptureCallback\" 0\nhrtime false true \"hrtime\" 1\nkill false true \"kill\" 2\nmemoryUsage false true \"memoryUsage\" 0\nnextTick false true \"nextTick\" 1\nresourceUsage false true \"resourceUsage\" 0\nsetUncaughtExceptionCaptureCallback false true \"setUncaughtExceptionCaptureCallback\" 1\numask false true \"wrappedUmask\" 1\nfalse true\nTypeError process.uptime is not a constructor\nTypeError process.abort is not a constructor\n"
---*/
const list = ['abort', 'reallyExit', 'uptime', 'getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', '_fatalException',
  'getActiveResourcesInfo', 'cpuUsage', 'cwd', 'emitWarning', 'exit', 'hasUncaughtExceptionCaptureCallback', 'hrtime',
  'kill', 'memoryUsage', 'nextTick', 'resourceUsage', 'setUncaughtExceptionCaptureCallback', 'umask'];
for (const k of list) {
  const f = process[k];
  if (typeof f !== 'function') { console.log(k, 'missing'); continue; }
  console.log(k, f.prototype === undefined, Object.hasOwn(f, 'prototype'), JSON.stringify(f.name), f.length);
}
console.log(process.hrtime.bigint.prototype === undefined, process.memoryUsage.rss.prototype === undefined);
try { new process.uptime(); } catch (e) { console.log(e.name, e.message); }
try { new process.abort(); } catch (e) { console.log(e.name, e.message); }
