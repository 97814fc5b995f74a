export * from './definitions';
export * from './matcher';
export * from './textDefinitions';
