// No SIGVTALRM listener here, and a loop that never yields: only the signal's default action can
// end this instance.
process.send('ready');
while (true) {}
