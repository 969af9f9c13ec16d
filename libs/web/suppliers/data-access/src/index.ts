export * from './lib/suppliers-api';
export * from './lib/suppliers.stores';
export * from './lib/supplier-picker';
export * from './lib/supplier-issues.stores';
