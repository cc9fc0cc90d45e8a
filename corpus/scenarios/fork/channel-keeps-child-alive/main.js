/*---
description = "fork: the channel keeps a child alive only while it has 'message' or 'disconnect' listeners"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "quiet exiting 0\nquiet child exit 0\nlistening child says alive\nlistening child: disconnect\nlistening exiting 0\nlistening child exit 0\n"
---*/
const { fork } = require('child_process');
// A child without 'message' or 'disconnect' listeners ends on its own, channel or not.
const quiet = fork(`${__dirname}/child.js`, ['quiet']);
quiet.on('exit', (code) => {
  console.log('quiet child exit', code);
  // One with a 'message' listener lives until the channel closes.
  const listening = fork(`${__dirname}/child.js`, ['listening']);
  listening.on('message', (m) => {
    console.log('listening child says', m);
    listening.disconnect();
  });
  listening.on('exit', (code2) => console.log('listening child exit', code2));
});
