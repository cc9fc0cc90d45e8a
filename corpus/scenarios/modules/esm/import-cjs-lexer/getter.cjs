const inner = { g: 'G' };
Object.defineProperty(exports, 'g', { enumerable: true, get: function () { return inner.g; } });
Object.defineProperty(exports, 'h', { enumerable: true, get() { return inner.g; } });
Object.defineProperty(exports, 'i', { enumerable: true, get() { return 'literal'; } });
Object.defineProperty(exports, 'j', { value: 'no enumerable' });
