process.exit(2 ** 31);
