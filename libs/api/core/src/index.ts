export * from './lib/database-url';
export * from './lib/access';
export * from './lib/errors';
export * from './lib/paging';
export * from './lib/passwords';
export * from './lib/actuals';
export * from './lib/transactions';
export * from './lib/data-version';
