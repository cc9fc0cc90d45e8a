/*---
description = "process.kill argument errors: an invalid signal number fails in the syscall (EINVAL, errno -22, syscall 'kill', message 'kill EINVAL'); unknown names and non-integer pids throw TypeErrors"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "0 987 Error EINVAL -22 kill \"kill EINVAL\" errno,code,syscall true\npid 987 Error EINVAL -22 kill \"kill EINVAL\" errno,code,syscall true\n0 -1 Error EINVAL -22 kill \"kill EINVAL\" errno,code,syscall true\n0 65 Error EINVAL -22 kill \"kill EINVAL\" errno,code,syscall true\n0 SIGFOO TypeError ERR_UNKNOWN_SIGNAL undefined undefined \"Unknown signal: SIGFOO\" code true\n0 1.5 TypeError ERR_UNKNOWN_SIGNAL undefined undefined \"Unknown signal: 1.5\" code true\n0 sigterm TypeError ERR_UNKNOWN_SIGNAL undefined undefined \"Unknown signal: sigterm\" code true\n'x' 0 TypeError ERR_INVALID_ARG_TYPE undefined undefined \"The \\\"pid\\\" argument must be of type number. Received type string ('x')\" code true\nNaN 0 TypeError ERR_INVALID_ARG_TYPE undefined undefined \"The \\\"pid\\\" argument must be of type number. Received type number (NaN)\" code true\n1.5 0 TypeError ERR_INVALID_ARG_TYPE undefined undefined \"The \\\"pid\\\" argument must be of type number. Received type number (1.5)\" code true\nError: kill EINVAL\n"
---*/
// Every call here fails before anything is delivered (pid 0 with a VALID signal would hit the whole process group).
const cases = [['0', 0, 987], ['pid', process.pid, 987], ['0', 0, -1], ['0', 0, 65], ['0', 0, 'SIGFOO'], ['0', 0, 1.5],
  ['0', 0, 'sigterm'], ["'x'", 'x', 0], ['NaN', NaN, 0], ['1.5', 1.5, 0]];
for (const [label, pid, sig] of cases) {
  try { console.log('ok', process.kill(pid, sig)); } catch (e) {
    console.log(label, String(sig), e.name, e.code, e.errno, e.syscall, JSON.stringify(e.message), Object.keys(e).join(), e instanceof Error);
  }
}
try { process.kill(0, 987); } catch (e) { console.log(e.stack.split('\n')[0]); }
