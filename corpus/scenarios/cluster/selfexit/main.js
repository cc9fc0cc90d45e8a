/*---
description = "cluster: a worker's process.exit(2): 'disconnect' then 'exit' (2, null), exitedAfterDisconnect false"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "selfexit\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=false\nc-disconnect:1:[]\nw-exit 2 null ead=false dead=true conn=false\nc-exit:1:[2,null]\n"
---*/
const cluster = require('cluster');
if (cluster.isPrimary) {
  const seen = [];
  for (const e of ['fork', 'online', 'disconnect', 'exit', 'listening', 'message']) cluster.on(e, (w, ...a) => seen.push(`c-${e}:${w.id}:${JSON.stringify(a)}`));
  const mode = 'selfexit';
  const w = cluster.fork();
  w.on('online', () => {
    seen.push(`online ead=${w.exitedAfterDisconnect}`);
    if (mode === 'disconnect') { w.disconnect(); seen.push(`after disconnect(): ead=${w.exitedAfterDisconnect} conn=${w.isConnected()} dead=${w.isDead()}`); }
    if (mode === 'kill') { w.kill(); seen.push(`after kill(): ead=${w.exitedAfterDisconnect} conn=${w.isConnected()}`); }
    if (mode === 'killsig') { w.kill('SIGKILL'); }
    if (mode === 'all') cluster.disconnect(() => seen.push('cluster.disconnect cb'));
  });
  w.on('disconnect', () => seen.push(`w-disconnect ead=${w.exitedAfterDisconnect}`));
  w.on('exit', (code, sig) => seen.push(`w-exit ${code} ${sig} ead=${w.exitedAfterDisconnect} dead=${w.isDead()} conn=${w.isConnected()}`));
  process.on('exit', () => console.log(mode + '\n' + seen.join('\n')));
} else {
  const mode = 'selfexit';
  process.on('disconnect', () => console.log('worker: disconnect event'));
  if (mode === 'self') setTimeout(() => cluster.worker.disconnect(), 10);
  if (mode === 'selfexit') setTimeout(() => process.exit(2), 10);
  if (mode === 'throw') setTimeout(() => { throw new Error('w'); }, 10);

}
