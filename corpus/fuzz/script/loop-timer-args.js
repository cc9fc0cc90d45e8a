setTimeout((a, b) => {
  console.log(a + b);
  setImmediate((x, y) => console.log('immediate', x, y), 'y', 'z');
  setTimeout((...rest) => console.log('rest', rest.length), 1, 1, 2, 3);
}, 1, 40, 2);
