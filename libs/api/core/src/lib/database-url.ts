import { resolve } from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** sqlite: file path or ':memory:'; postgres: the connection URL. */
  location: string;
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/storeops.sqlite';

/**
 * DATABASE_URL picks the database: `sqlite:<path>` (relative to the working directory), `sqlite::memory:`,
 * or `postgres://…` / `postgresql://…`.
 */
export function parseDatabaseUrl(url: string | undefined = process.env['DATABASE_URL']): DatabaseTarget {
  const value = (url ?? '').trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    return { kind: 'postgres', location: value };
  }
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error(`DATABASE_URL "${value}" names no SQLite file`);
    return { kind: 'sqlite', location: path === ':memory:' ? path : resolve(path) };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${value}"`);
}

/**
 * Column type for a point in time. SQLite has no timestamp type and PostgreSQL no datetime, so the entity
 * decorators ask the configured database once, when they are loaded.
 */
export function timestampColumnType(): 'datetime' | 'timestamptz' {
  return parseDatabaseUrl().kind === 'postgres' ? 'timestamptz' : 'datetime';
}
