export * from './lib/org-api';
export * from './lib/stores.store';
export * from './lib/store-detail.store';
export * from './lib/regions.store';
export * from './lib/categories.store';
export * from './lib/users.store';
export * from './lib/store-directory.store';
