export * from './lib/roles';
export * from './lib/org';
export * from './lib/api';
