export * from './definitions';
export * from './matcher';
