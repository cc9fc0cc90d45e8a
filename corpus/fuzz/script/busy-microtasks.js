let n = 0; const f = () => { if (++n < 100000) queueMicrotask(f); }; f();
