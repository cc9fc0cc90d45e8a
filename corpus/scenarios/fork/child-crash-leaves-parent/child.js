const kind = process.argv[2];
if (kind === 'throw') throw new Error('boom');
if (kind === 'exit9') process.exit(9);
if (kind === 'sigterm') process.kill(process.pid, 'SIGTERM');
