export * from './lib/kpi-api';
export * from './lib/progress-view';
export * from './lib/store-progress.store';
export * from './lib/behind-pace.store';
export * from './lib/import-mapping';
export * from './lib/import.store';
export * from './lib/import-progress';
export * from './lib/fact-range';
