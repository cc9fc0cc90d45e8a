console.log('before');
notDefinedAnywhere();
