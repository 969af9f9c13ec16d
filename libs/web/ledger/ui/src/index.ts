/** The complaints area's presentational pieces: the queue table, the sub-navigation, word keys and styles. No store, no HTTP. */
export * from './lib/area';
export * from './lib/complaint-table';
