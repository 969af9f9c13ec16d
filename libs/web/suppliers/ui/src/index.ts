/** The suppliers area's presentational pieces: tables, the sub-navigation, state keys and styles. No store, no HTTP. */
export * from './lib/area';
export * from './lib/contract-table';
export * from './lib/licence-table';
