export * from './lib/list/decomposition-list-page';
export * from './lib/grid/decomposition-grid-page';
