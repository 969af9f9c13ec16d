export * from './lib/store-detail/store-detail-page';
export * from './lib/admin/admin.routes';
export * from './lib/admin/stores/store-form-dialog';
