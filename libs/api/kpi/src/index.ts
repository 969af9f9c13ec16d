export * from './lib/entities';
export * from './lib/kpi.module';
export * from './lib/imports.service';
export * from './lib/facts.repository';
export * from './lib/import/staging';
export * from './lib/periods';
export { UPLOAD_DIR, UPLOAD_ROOT } from './lib/import/uploads';
