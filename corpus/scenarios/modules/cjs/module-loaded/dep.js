exports.loadedInside = module.loaded;
