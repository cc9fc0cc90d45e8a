process.exitCode = 7;
process.exitCode = null;
