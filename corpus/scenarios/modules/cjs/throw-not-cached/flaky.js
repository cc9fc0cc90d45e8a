globalThis.attempts++;
console.log('running flaky, attempt', globalThis.attempts);
if (globalThis.attempts < 3) throw new Error('fail ' + globalThis.attempts);
exports.attempt = globalThis.attempts;
