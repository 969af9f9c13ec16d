export * from './lib/targets.module';
export * from './lib/entities';
export * from './lib/decompositions.service';
export * from './lib/progress.service';
export * from './lib/demo-targets.seeder';
export * from './lib/planner';
export * from './lib/testing/fake-actuals';
export * from './lib/targets.reader';
