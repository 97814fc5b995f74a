export * from './kazakh';
export * from './russian';
