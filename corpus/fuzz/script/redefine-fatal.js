process._fatalException = () => { throw 1 }; throw 2
