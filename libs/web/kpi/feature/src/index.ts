export * from './lib/my-targets/my-targets-page';
export * from './lib/behind-pace/behind-pace-page';
export * from './lib/imports/import-page';
