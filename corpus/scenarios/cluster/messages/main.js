/*---
description = "cluster: three workers, each with its own env, message the primary (worker 'message' and cluster 'message') and disconnect when answered"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "cluster message from 1: {\"index\":0,\"id\":1}\ncluster message from 2: {\"index\":1,\"id\":2}\ncluster message from 3: {\"index\":2,\"id\":3}\nforked 1,2,3\nworker 1 exit 0 ead=true\nworker 1 says {\"index\":0,\"id\":1}\nworker 2 exit 0 ead=true\nworker 2 says {\"index\":1,\"id\":2}\nworker 3 exit 0 ead=true\nworker 3 says {\"index\":2,\"id\":3}\nworkers left 0\n"
---*/
const cluster = require('cluster');
if (cluster.isPrimary) {
  const seen = [];
  cluster.on('message', (w, m) => seen.push(`cluster message from ${w.id}: ${JSON.stringify(m)}`));
  let done = 0;
  for (let i = 0; i < 3; i++) {
    const w = cluster.fork({ WORKER_INDEX: String(i) });
    w.on('message', (m) => {
      seen.push(`worker ${w.id} says ${JSON.stringify(m)}`);
      w.send({ reply: m.index * 10 });
    });
    w.on('exit', (code) => {
      seen.push(`worker ${w.id} exit ${code} ead=${w.exitedAfterDisconnect}`);
      if (++done === 3) {
        console.log(seen.sort().join('\n'));
        console.log('workers left', Object.keys(cluster.workers).length);
      }
    });
  }
  seen.push(`forked ${Object.keys(cluster.workers).join(',')}`);
} else {
  process.send({ index: Number(process.env.WORKER_INDEX), id: cluster.worker.id });
  process.on('message', (m) => {
    if (m.reply !== undefined) cluster.worker.disconnect();
  });
}
