export * from './lib/inspections.module';
export * from './lib/entities';
export * from './lib/inspections.service';
export * from './lib/demo-inspections.seeder';
export * from './lib/photos.service';
export * from './lib/inspection-facts.reader';
export * from './lib/corrective-actions.port';
