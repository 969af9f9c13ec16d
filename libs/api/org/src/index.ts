export * from './lib/org.module';
export * from './lib/org.repository';
export * from './lib/stores.service';
export * from './lib/entities/region.entity';
export * from './lib/entities/category.entity';
export * from './lib/entities/store.entity';
export * from './lib/entities/user.entity';
export * from './lib/display-names';
