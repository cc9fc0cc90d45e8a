/*---
description = "cluster: a worker runs the main script again with isWorker, its id and the env given to fork (NODE_UNIQUE_ID removed); 'fork', 'online', 'message', 'disconnect', 'exit' in Node's order, exitedAfterDisconnect false for a worker that exits by itself"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "worker true 1 x false\nworker got bye\nprimary true false undefined\nworker id 1 [1] undefined false true\nfork:1:\nw-online\nonline:1:\nmsg:{\"hi\":1}\nw-disconnect:false\ndisconnect:1:\nw-exit:4,null:false:true\nexit:1:4, \nworkers left 0\n"
---*/
const cluster = require('cluster');
if (cluster.isPrimary) {
  const seen = [`primary ${cluster.isMaster} ${cluster.isWorker} ${typeof cluster.worker}`];
  for (const e of ['fork', 'online', 'disconnect', 'exit']) cluster.on(e, (w, ...a) => seen.push(`${e}:${w.id}:${a.join(',')}`));
  const w = cluster.fork({ EXTRA: 'x' });
  seen.push(`worker id ${w.id} [${Object.keys(cluster.workers)}] ${w.exitedAfterDisconnect} ${w.isDead()} ${w.isConnected()}`);
  w.on('message', (m) => { seen.push(`msg:${JSON.stringify(m)}`); w.send('bye'); });
  w.on('online', () => seen.push('w-online'));
  w.on('disconnect', () => seen.push(`w-disconnect:${w.exitedAfterDisconnect}`));
  w.on('exit', (code, sig) => { seen.push(`w-exit:${code},${sig}:${w.exitedAfterDisconnect}:${w.isDead()}`); });
  process.on('exit', () => console.log(seen.join('\n'), '\nworkers left', Object.keys(cluster.workers).length));
} else {
  console.log('worker', cluster.isWorker, cluster.worker.id, process.env.EXTRA, process.env.NODE_UNIQUE_ID !== undefined);
  process.send({ hi: cluster.worker.id });
  process.on('message', (m) => { console.log('worker got', m); process.exit(4); });
}
