process.send({ argv: process.argv.slice(2), pid: process.pid, ppid: process.ppid, argv1: process.argv[1].endsWith('child.js') });
