export * from './lib/loading-state';
export * from './lib/empty-state';
export * from './lib/error-banner';
export * from './lib/confirm-dialog';
export * from './lib/page-header';
export * from './lib/stat-card';
export * from './lib/chart';
export * from './lib/signature-pad';
