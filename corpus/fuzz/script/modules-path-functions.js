const path = require('path');
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.normalize('a//b/../c/./d/'), path.normalize(''));
console.log(path.basename('/q/index.html'), path.basename('/q/index.html', '.html'), path.basename('/a/b/'));
console.log(path.dirname('/a/b/c'), path.dirname('a'), path.extname('x.tar.gz'), path.extname('.bashrc'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter);
console.log(path.resolve('/a/b', './c', '../d'));
try { path.join('a', 1); } catch (e) { console.log(e.code); }
