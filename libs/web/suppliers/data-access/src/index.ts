export * from './lib/suppliers-api';
export * from './lib/suppliers.stores';
