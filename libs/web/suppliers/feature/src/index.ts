export * from './lib/suppliers.routes';
export * from './lib/supplier-issues.routes';
