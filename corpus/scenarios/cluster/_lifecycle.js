// Support for the cluster lifecycle scenarios (all, disconnect, kill, killsig, self, selfexit,
// throw), not a scenario itself: each one's main.js calls it with its mode, in the primary and
// again in the worker that cluster.fork() starts from the same main.js. The primary forks one
// worker, ends it the mode's way once it is online (all: cluster.disconnect(cb); disconnect:
// worker.disconnect(); kill: worker.kill(); killsig: worker.kill('SIGKILL')) and, at its exit,
// prints the mode and then the worker's and the cluster's events in the order they came. The
// worker prints its own 'disconnect' and, in the modes self, selfexit and throw, ends itself
// (cluster.worker.disconnect(), process.exit(2), an uncaught throw).
const cluster = require('cluster');
module.exports = function lifecycle(mode) {
  if (cluster.isPrimary) {
    const seen = [];
    for (const e of ['fork', 'online', 'disconnect', 'exit', 'listening', 'message']) cluster.on(e, (w, ...a) => seen.push(`c-${e}:${w.id}:${JSON.stringify(a)}`));
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
    process.on('disconnect', () => console.log('worker: disconnect event'));
    if (mode === 'self') setTimeout(() => cluster.worker.disconnect(), 10);
    if (mode === 'selfexit') setTimeout(() => process.exit(2), 10);
    if (mode === 'throw') setTimeout(() => { throw new Error('w'); }, 10);
  }
};
