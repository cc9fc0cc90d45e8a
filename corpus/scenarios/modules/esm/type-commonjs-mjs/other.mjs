export const x = typeof require;
