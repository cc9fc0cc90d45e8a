/*---
description = "process credential setters as the kernel allows them, seen through getuid/geteuid/getgid/getegid/getgroups: as root, seteuid to nobody and back, initgroups, setgroups, setegid, setgid, then setuid away for good (EPERM after); without root, the EPERM of setgroups (pattern: either transcript)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout_pattern = "^(?:ok undefined\\nids 0 65534 0 0 -\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setuid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 seteuid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setgid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setegid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setgroups\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 initgroups\\nok undefined\\nok undefined\\nids 0 0 0 0 -\\nok undefined\\nids 0 0 0 0 \\[ 65534, 0 \\]\\nok undefined\\nids 0 0 0 0 \\[ 0, 1 \\]\\nok undefined\\nids 0 0 0 1 \\[ 0, 1 \\]\\nok undefined\\nids 0 0 3 3 \\[ 0, 1, 3 \\]\\nok undefined\\nids 1 1 3 3 \\[ 0, 1, 3 \\]\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setuid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 seteuid\\nok undefined\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setgid\\nError EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setgroups\\nids 1 1 3 3 \\[ 0, 1, 3 \\]\\n|Error EPERM \\[\"errno\",\"code\",\"syscall\"\\] EPERM, Operation not permitted 1 setgroups\\n)$"
---*/
const show = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, JSON.stringify(Object.keys(e)), e.message, e.errno, e.syscall); } };
// The groups only once this instance has set them (the host's own may be any).
let groupsSet = false;
const ids = () => console.log('ids', process.getuid(), process.geteuid(), process.getgid(), process.getegid(), groupsSet ? process.getgroups() : '-');
// The transitions need a host process running as root; elsewhere only the first is tried.
if (process.geteuid() !== 0) { show(() => process.setgroups([])); return; }
show(() => process.seteuid('nobody')); ids();
for (const [f, a] of [['setuid', [1]], ['seteuid', [2]], ['setgid', [5]], ['setegid', [5]], ['setgroups', [[1]]], ['initgroups', ['root', 0]]]) show(() => process[f](...a));
show(() => process.setegid(0));
show(() => process.seteuid(0)); ids();
show(() => process.initgroups('nobody', 'nogroup')); groupsSet = true; ids();
show(() => process.setgroups([0, 'daemon'])); ids();
show(() => process.setegid('daemon')); ids();
show(() => process.setgid(3)); ids();
show(() => process.setuid('daemon')); ids();
show(() => process.setuid(0));
show(() => process.seteuid(0));
show(() => process.setgid(3));
show(() => process.setgid(4));
show(() => process.setgroups([]));
ids();
