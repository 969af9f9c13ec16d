import { Column, DataSource, Entity, EntityManager, PrimaryColumn } from 'typeorm';
import { param } from './sql';
import { onCommit } from './transactions';

/**
 * Version counters of the data that derived figures read: `facts` (bumped when an import or seeding applies), `org`
 * (stores, regions, categories), `targets`, `schemes` (scorecard schemes), `inspections`, `calendar` (the working
 * calendar), `complaints`, `meetings`, `ledger` (price and quality checks), `violations`. Caches key their entries by
 * `dataVersion(...)`, so a write makes every older entry unreachable without tracking what it touched.
 *
 * The counters live in the database (a `data_version` row per kind), bumped in the same transaction as the write, so
 * every API process on one database agrees on them: a process learns of another's write at once through PostgreSQL
 * `LISTEN/NOTIFY` (the NOTIFY is sent by the writing transaction, so it arrives only if the write committed), and by a
 * cheap read of the rows when what it knows is older than a second (`refreshDataVersions`, called before every API
 * request) — the fallback when a notification is lost or the listener is reconnecting.
 *
 * The key a process uses is its own counter per kind, moved on each time it sees the kind's row change (its own commit,
 * a notification, a read): never the row's number itself, so two databases in one process (the tests) or a row seen
 * out of order can only cause an extra recomputation, never an old answer under a new key.
 */
export type DataKind =
  | 'facts'
  | 'org'
  | 'targets'
  | 'schemes'
  | 'inspections'
  | 'calendar'
  | 'complaints'
  | 'meetings'
  | 'ledger'
  | 'violations';

export const DATA_KINDS: readonly DataKind[] = [
  'facts',
  'org',
  'targets',
  'schemes',
  'inspections',
  'calendar',
  'complaints',
  'meetings',
  'ledger',
  'violations',
];

/** The NOTIFY channel of version changes; the payload is `kind:version`. */
export const DATA_VERSION_CHANNEL = 'storeops_data_version';

@Entity('data_version')
export class DataVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'integer', default: 0 }) version!: number;
}

const local = Object.fromEntries(DATA_KINDS.map((k) => [k, 0])) as Record<DataKind, number>;
const seen = new Map<DataKind, number>();
let syncedAt = 0;

const isKind = (kind: string): kind is DataKind => (DATA_KINDS as readonly string[]).includes(kind);

/** What a row of `kind` was seen to hold (a commit, a notification, a read): the local key moves on when it changed. */
export function observeDataVersion(kind: string, version: number): void {
  if (!isKind(kind) || !Number.isFinite(version)) return;
  if (seen.get(kind) === version) return;
  seen.set(kind, version);
  local[kind]++;
}

/** Adds one to a kind's row (making it at 1 when a kind is new); `kind` is a literal or a bound parameter. */
const upsertBump = (kind: string) =>
  `INSERT INTO "data_version" ("kind", "version") VALUES (${kind}, 1) ON CONFLICT ("kind") DO UPDATE SET "version" = "data_version"."version" + 1`;

/** The SQL that bumps a kind's row inside a transaction (the import's apply runs it as one of its steps). */
export function dataVersionBumpSql(kind: DataKind, dialect: 'sqlite' | 'postgres'): string[] {
  const bump = upsertBump(`'${kind}'`);
  if (dialect === 'sqlite') return [bump];
  return [
    bump,
    `SELECT pg_notify('${DATA_VERSION_CHANNEL}', '${kind}:' || (SELECT "version" FROM "data_version" WHERE "kind" = '${kind}'))`,
  ];
}

/**
 * Bumps the kinds' rows in the write's own transaction (`em` from core's `runInTransaction`); on PostgreSQL the
 * transaction also notifies every process. This process's key moves on when the transaction commits.
 */
export async function bumpDataVersion(em: EntityManager, ...kinds: DataKind[]): Promise<void> {
  const postgres = em.connection.options.type === 'postgres';
  for (const kind of [...new Set(kinds)]) {
    const rows = (await em.query(`${upsertBump(param(em.connection, 1))} RETURNING "version"`, [kind])) as Array<{
      version: number | string;
    }>;
    const version = Number(rows[0]?.version);
    if (postgres) await em.query(`SELECT pg_notify($1, $2)`, [DATA_VERSION_CHANNEL, `${kind}:${version}`]);
    onCommit(em, () => observeDataVersion(kind, version));
  }
}

/** Wraps a transaction's work so that it bumps `kinds` when the work succeeds, in the same transaction. */
export function withDataVersion<T>(
  kinds: DataKind | DataKind[],
  work: (em: EntityManager) => Promise<T>,
): (em: EntityManager) => Promise<T> {
  return async (em) => {
    const result = await work(em);
    await bumpDataVersion(em, ...(Array.isArray(kinds) ? kinds : [kinds]));
    return result;
  };
}

/** Reads every row (cheap: one row per kind) and takes in what changed. */
export async function syncDataVersions(db: DataSource): Promise<void> {
  const rows = (await db.query(`SELECT "kind", "version" FROM "data_version"`)) as Array<{ kind: string; version: number | string }>;
  for (const row of rows) observeDataVersion(row.kind, Number(row.version));
  syncedAt = Date.now();
}

let refreshing: Promise<void> | null = null;

/** Reads the rows when what this process knows is older than `maxAgeMs` (one read at a time; a failed read is retried next request). */
export function refreshDataVersions(db: DataSource, maxAgeMs = 1000): Promise<void> {
  if (Date.now() - syncedAt < maxAgeMs) return Promise.resolve();
  refreshing ??= syncDataVersions(db).finally(() => (refreshing = null));
  return refreshing;
}

/** The cache key part of the kinds' versions as this process knows them. */
export function dataVersion(...kinds: DataKind[]): string {
  return kinds.map((k) => `${k}:${local[k]}`).join('|');
}

/** A small LRU map for computed responses. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 500) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
