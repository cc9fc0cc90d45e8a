console.log('a evaluated');
export const z = 1, y = 2;
export default 'D';
