try {
  process.on('SIGKILL', () => {});
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall);
}
console.log(process.listenerCount('SIGKILL'));
