if (process.argv[2] === 'listening') {
  process.on('message', () => {});
  process.send('alive');
  process.on('disconnect', () => console.log('listening child: disconnect'));
}
process.on('exit', (code) => console.log(process.argv[2], 'exiting', code));
