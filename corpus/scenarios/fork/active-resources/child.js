const ar = () => JSON.stringify(process.getActiveResourcesInfo());
if (process.argv[2] === 'silent') {
  setInterval(() => {}, 1000);
} else {
  const seen = [`start ${ar()}`];
  process.on('message', () => {
    seen.push(`message listener ${ar()}`);
    process.channel.unref();
    seen.push(`channel.unref ${ar()}`);
    process.channel.ref();
    seen.push(`channel.ref ${ar()}`);
    process.removeAllListeners('message');
    seen.push(`no listeners, ref'd explicitly ${ar()}`);
    process.send(seen, () => process.disconnect());
  });
}
