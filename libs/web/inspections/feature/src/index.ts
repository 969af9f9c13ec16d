export * from './lib/inspections.routes';
export * from './lib/inspection-ranking-page';
export * from './lib/inspection-format';
