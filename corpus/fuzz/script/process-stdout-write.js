process.stdout.write('a');
process.stdout.write('b\n');
