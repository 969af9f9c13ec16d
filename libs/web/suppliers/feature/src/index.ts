export * from './lib/suppliers.routes';
