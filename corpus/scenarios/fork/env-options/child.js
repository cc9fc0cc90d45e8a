const which = process.argv[2];
console.log(which, 'BH_PARENT_SET', process.env.BH_PARENT_SET, 'ONLY', process.env.ONLY, 'NUM', process.env.NUM, typeof process.env.NUM,
  'DROP' in process.env, 'PATH' in process.env);
if (which === 'own') console.log('own keys', Object.keys(process.env).filter((k) => k !== '__CF_USER_TEXT_ENCODING').sort().join(','));
