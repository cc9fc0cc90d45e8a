/*---
description = "cluster: when the primary exits, its worker's channel closes unexpectedly and it exits 0 at once, whatever keeps it alive"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "primary: worker online, primary exits\nworker: exits 0\n"
---*/
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  w.on('online', () => {
    console.log('primary: worker online, primary exits');
    process.exit(0);
  });
} else {
  process.on('disconnect', () => console.log('worker: channel closed, exitedAfterDisconnect', cluster.worker.exitedAfterDisconnect));
  process.on('exit', (code) => console.log('worker: exits', code));
  setInterval(() => {}, 1000);
}
