import { Foundation1764201600000 } from './1764201600000-foundation';

/** Every migration, oldest first. Listed by hand: the bundled API cannot glob for files. */
export const MIGRATIONS = [Foundation1764201600000];
