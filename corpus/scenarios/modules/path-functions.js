/*---
description = "the native path module agrees with node's POSIX path"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "/foo/bar/baz/asdf\na/c/d/ .\nindex.html index b\n/a/b . .gz \ntrue false / :\n/a/b/d\nERR_INVALID_ARG_TYPE\n"
---*/
const path = require('path');
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.normalize('a//b/../c/./d/'), path.normalize(''));
console.log(path.basename('/q/index.html'), path.basename('/q/index.html', '.html'), path.basename('/a/b/'));
console.log(path.dirname('/a/b/c'), path.dirname('a'), path.extname('x.tar.gz'), path.extname('.bashrc'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter);
console.log(path.resolve('/a/b', './c', '../d'));
try { path.join('a', 1); } catch (e) { console.log(e.code); }
