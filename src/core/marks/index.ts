export * from './owner';
export * from './kinds';
export * from './area';
export * from './plan';
