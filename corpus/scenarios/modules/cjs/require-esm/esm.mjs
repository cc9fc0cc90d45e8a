console.log('esm evaluated');
export default 'dflt';
export const named = 'n';
