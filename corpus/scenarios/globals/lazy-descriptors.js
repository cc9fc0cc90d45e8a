/*---
description = "the Web and Node globals have Node's property shapes before and after their first use (lazy accessors that become values, or stay accessors)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "crypto:acc+enum Crypto:acc+set performance:acc+set+enum atob:acc+set+enum btoa:acc+set+enum Buffer:acc+set TextEncoder:acc+set TextDecoder:acc+set AbortController:acc+set AbortSignal:acc+set DOMException:acc+set Event:value+w EventTarget:value+w CustomEvent:value+w structuredClone:value+enum+w\ncrypto:acc+enum Crypto:value+w performance:acc+set+enum atob:value+enum+w btoa:value+enum+w Buffer:acc+set TextEncoder:value+w TextDecoder:value+w AbortController:value+w AbortSignal:value+w DOMException:value+w Event:value+w EventTarget:value+w CustomEvent:value+w structuredClone:value+enum+w\n"
---*/
const names = ["crypto","Crypto","performance","atob","btoa","Buffer","TextEncoder","TextDecoder","AbortController","AbortSignal","DOMException","Event","EventTarget","CustomEvent","structuredClone"];
const show = () => names.map((n) => { const d=Object.getOwnPropertyDescriptor(globalThis,n); return d ? `${n}:${"value" in d ? "value" : "acc"}${d.set?"+set":""}${d.enumerable?"+enum":""}${d.writable?"+w":""}` : n + ":none"; }).join(" ");
console.log(show());
for (const n of names) globalThis[n];
console.log(show());
