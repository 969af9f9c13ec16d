/** The inspections area's presentational pieces: no store, no HTTP; inputs in, outputs out. */
export * from './lib/capture-item';
