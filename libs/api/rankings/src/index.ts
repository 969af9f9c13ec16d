export * from './lib/rankings.module';
export * from './lib/entities/scorecard-scheme.entity';
export * from './lib/schemes.service';
export * from './lib/rankings.service';
export * from './lib/demo-rankings.seeder';
