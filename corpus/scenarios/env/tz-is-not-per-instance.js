/*---
description = "assigning process.env.TZ changes the variable but not Date's zone (V8's time zone is the whole process's, so it cannot be one instance's), and says so once with a TimeZoneWarning; node would switch zones"
node = false
[expect]
exit_code = 0
cause = "drained"
stdout = "true true Pacific/Chatham\ntrue true\nTimeZoneWarning 1\n"
stderr_contains = "TimeZoneWarning: process.env.TZ was set, but Date keeps the time zone it had"
---*/
const warnings = [];
process.on('warning', (w) => warnings.push(w.name));
const d = new Date(2020, 5, 15, 12);
const offset = d.getTimezoneOffset();
const shown = d.toString();
// Chatham is +12:45/+13:45: no host this runs on shares its offset.
process.env.TZ = 'Pacific/Chatham';
console.log(new Date(2020, 5, 15, 12).getTimezoneOffset() === offset, d.toString() === shown, process.env.TZ);
process.env.TZ = 'Asia/Tokyo';
console.log(d.getHours() === 12, Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Tokyo' || offset === -540);
setImmediate(() => console.log(warnings.join(), warnings.length));
