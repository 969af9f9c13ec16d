export * from './lib/decompositions-api';
export * from './lib/decomposition-list.store';
export * from './lib/decomposition-grid';
export * from './lib/decomposition.store';
