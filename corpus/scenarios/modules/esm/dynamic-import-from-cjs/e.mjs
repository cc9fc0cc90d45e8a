console.log('e evaluated');
export const v = 'V';
export default 'E';
