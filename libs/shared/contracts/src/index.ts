export * from './lib/roles';
export * from './lib/org';
export * from './lib/api';
export * from './lib/split';
export * from './lib/kpi';
export * from './lib/ranking';
export * from './lib/facts';
