/*---
description = "util.inspect with depth Infinity on large circular graphs (a 400-node doubly linked ring, a 1,000-node tree with parent/root/sibling references, a web of cross links): the exact output, summarised"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ring 1323293 chars, 3197 lines, 798 refs, 800 circular, hash 6297cd60\n<ref *1> {\n  id: 0,\n  next: <ref *399> {\n    id: 1,\n    next: <ref *398> {\n      id: 2,\ntree 246153 chars, 7248 lines, 500 refs, 2997 circular, hash f04ed77b\ntree, sorted and not compact 246153 chars, 7248 lines, 500 refs, 2997 circular, hash bfc04407\nweb 746138 chars, 2357 lines, 18 refs, 901 circular, hash 4a84cf18\n<ref *2> {\n  id: 0,\n  next: <ref *1> {\n    id: 1,\n    next: { id: 2, next: [Object], prev: [Circular *1] },\n    prev: [Circular *2]\n  },\n  prev: <ref *3> {\n    id: 399,\n    next: [Circular *2],\n    prev: { id: 398, next: [Circular *3], prev: [Object] }\n  }\n}\n"
---*/
const { inspect } = require('util');
// Large circular graphs inspected with depth Infinity: the whole graph is printed once, each
// back reference as [Circular *N]. (Each takes a few milliseconds; an inspection that grows
// faster than its output would take minutes here.) The output is summarised by its size,
// its markers and a hash.
function summary(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const count = (re) => (text.match(re) || []).length;
  return `${text.length} chars, ${count(/\n/g) + 1} lines, ${count(/<ref \*/g)} refs, ${count(/\[Circular \*/g)} circular, hash ${hash.toString(16)}`;
}
// A doubly linked ring of 400 nodes.
const ring = Array.from({ length: 400 }, (_, id) => ({ id }));
ring.forEach((node, i) => { node.next = ring[(i + 1) % ring.length]; node.prev = ring[(i + ring.length - 1) % ring.length]; });
const ringText = inspect(ring[0], { depth: Infinity });
console.log('ring', summary(ringText));
console.log(ringText.split('\n').slice(0, 6).join('\n'));
// A tree of 1,000 nodes where every node points to its parent, the root and its siblings.
const root = { id: 0, children: [] };
const all = [root];
for (let id = 1; id < 1000; id++) {
  const parent = all[(id - 1) >> 2];
  const node = { id, parent, root, children: [] };
  parent.children.push(node);
  all.push(node);
}
for (const node of all) node.siblings = node.parent ? node.parent.children : [];
console.log('tree', summary(inspect(root, { depth: Infinity })));
console.log('tree, sorted and not compact', summary(inspect(root, { depth: Infinity, compact: false, sorted: true })));
// 300 nodes, each pointing to the next and to three earlier nodes (a chain 300 deep).
const web = Array.from({ length: 300 }, (_, id) => ({ id, links: [] }));
web.forEach((node, i) => { node.next = web[(i + 1) % web.length]; for (let k = 1; k <= 3; k++) node.links.push(web[(i * 7 + k * 13) % (i + 1)]); });
console.log('web', summary(inspect(web[0], { depth: Infinity })));
// console.log of such a graph uses the default depth of 2.
console.log(ring[0]);
