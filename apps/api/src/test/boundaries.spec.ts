import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The SQL boundary (docs/architecture.md): a domain library's SQL names only its own tables. Module boundaries
 * (eslint's enforce-module-boundaries) see imports, not SQL strings, so this reads the sources: every table belongs
 * to the library whose entity declares it (`@Entity('store')` → org), and a library that needs another domain's
 * rows reads them through that domain's port (ACTUALS_READER, TargetsReader, InspectionFacts, StoreDirectory).
 * The same holds through TypeORM: a library's source queries only its own entity classes (`em.find(StoreEntity, …)`
 * outside org is an offence; a `@ManyToOne(() => StoreEntity)` in an entity file is schema, not a query).
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const LIBS = join(ROOT, 'libs', 'api');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) && !/\.spec\.helper\.ts$/.test(name) ? [path] : [];
  });
}

/** The source without comments (a comment may name a table in prose). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The tables a source's SQL names: after FROM / JOIN / INTO / UPDATE / TABLE, quoted or not, or as q('table'). */
export function sqlTables(source: string, tables: readonly string[]): string[] {
  const text = withoutComments(source);
  return tables.filter((table) => {
    const name = `(?:"${table}"|${table}|\\$\\{q\\('${table}'\\)\\})`;
    const keyword = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+${name}(?=[\\s,;)\`'"]|$)`);
    return keyword.test(text) || new RegExp(`\\bq\\(\\s*'${table}'\\s*\\)`).test(text);
  });
}

/** The TypeORM calls that query an entity class given as their first argument. */
const QUERY_CALLS = [
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'exists',
  'existsBy',
  'count',
  'countBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'insert',
  'update',
  'upsert',
  'delete',
  'softDelete',
  'restore',
  'increment',
  'decrement',
  'save',
  'remove',
  'create',
  'merge',
  'preload',
  'getRepository',
  'createQueryBuilder',
  'from',
  'leftJoin',
  'leftJoinAndSelect',
  'innerJoin',
  'innerJoinAndSelect',
];

/** The entity classes a source queries through TypeORM: `.find(StoreEntity`, `getRepository(StoreEntity)`, `.from(StoreEntity, 's')`. */
export function entityQueries(source: string, classes: readonly string[]): string[] {
  const text = withoutComments(source);
  const call = `\\.(?:${QUERY_CALLS.join('|')})(?:<[^>()]*>)?\\(\\s*`;
  return classes.filter((name) => new RegExp(`${call}${name}\\b`).test(text));
}

const domains = readdirSync(LIBS).filter((d) => statSync(join(LIBS, d, 'src')).isDirectory());
const files = new Map(domains.map((d) => [d, sources(join(LIBS, d, 'src'))]));
const owner = new Map<string, string>();
for (const [domain, paths] of files) {
  for (const path of paths) {
    for (const m of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'([a-z_]+)'/g)) owner.set(m[1], domain);
  }
}

const entityOwner = new Map<string, string>();
for (const [domain, paths] of files) {
  for (const path of paths) {
    for (const m of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'[a-z_]+'[^)]*\)(?:\s*@\w+\([^)]*\))*\s*export class (\w+)/g)) {
      entityOwner.set(m[1], domain);
    }
  }
}

describe('sqlTables (the matcher the boundary test relies on)', () => {
  const tables = ['store', 'target_cell', 'rollup_store_month'];
  it.each([
    ['SELECT s."id" FROM "store" s', ['store']],
    ['SELECT 1 FROM store_external_code x', []],
    ["`SELECT * FROM ${q('rollup_store_month')} WHERE`", ['rollup_store_month']],
    ['JOIN target_cell c ON', ['target_cell']],
    ['UPDATE "store" SET name = \'x\'', ['store']],
    ["await em.find(StoreEntity); const kind = 'store';", []],
    ['// reads FROM "store" in a comment only', []],
    ["const s = q('store');", ['store']],
    ['the store from the directory', []],
  ])('%s → %j', (source, expected) => {
    expect(sqlTables(source, tables)).toEqual(expected);
  });
});

describe('every API library’s SQL names only its own tables', () => {
  it('knows the tables of every domain', () => {
    expect(owner.get('store')).toBe('org');
    expect(owner.get('rollup_store_month')).toBe('kpi');
    expect(owner.get('target_cell')).toBe('targets');
    expect(owner.get('inspection')).toBe('inspections');
    expect(owner.size).toBeGreaterThan(30);
  });

  it.each(domains)('%s', (domain) => {
    const foreign = [...owner].filter(([, d]) => d !== domain).map(([table]) => table);
    const offences = (files.get(domain) ?? []).flatMap((path) =>
      sqlTables(readFileSync(path, 'utf8'), foreign).map((table) => `${relative(ROOT, path)} names ${table} (${owner.get(table)})`),
    );
    expect(offences).toEqual([]);
  });
});

describe('entityQueries (the matcher the entity boundary test relies on)', () => {
  const classes = ['StoreEntity', 'UserEntity', 'CategoryEntity'];
  it.each([
    ['await em.findOneBy(StoreEntity, { id })', ['StoreEntity']],
    ['this.db.manager.existsBy(UserEntity, { id, active: true })', ['UserEntity']],
    ['this.db.getRepository(CategoryEntity).find()', ['CategoryEntity']],
    ['em.find<{ id: number }>(StoreEntity, { select: { id: true } })', ['StoreEntity']],
    ["qb.from(StoreEntity, 's').leftJoin(UserEntity, 'u', 'u.storeId = s.id')", ['StoreEntity', 'UserEntity']],
    ['this.m(em).find(\n      StoreEntity,\n      { order: { code: "ASC" } })', ['StoreEntity']],
    ['em.createQueryBuilder(StoreEntityExtra, "x")', []],
    ['@ManyToOne(() => StoreEntity) store?: StoreEntity;', []],
    ['const stores: StoreEntity[] = await this.directory.storeEntities();', []],
    ['// was: em.find(StoreEntity)', []],
    ['em.find(TargetStoreEntity)', []],
  ])('%s → %j', (source, expected) => {
    expect(entityQueries(source, classes)).toEqual(expected);
  });
});

describe('every API library queries only its own entities through TypeORM', () => {
  it('knows the entity classes of every domain', () => {
    expect(entityOwner.get('StoreEntity')).toBe('org');
    expect(entityOwner.get('StoreExternalCodeEntity')).toBe('org');
    expect(entityOwner.get('UserEntity')).toBe('org');
    expect(entityOwner.get('AuditEntryEntity')).toBe('audit');
    expect(entityOwner.get('TargetStoreEntity')).toBe('targets');
    expect(entityOwner.size).toBe(owner.size);
  });

  it.each(domains)('%s', (domain) => {
    const foreign = [...entityOwner].filter(([, d]) => d !== domain).map(([name]) => name);
    const offences = (files.get(domain) ?? []).flatMap((path) =>
      entityQueries(readFileSync(path, 'utf8'), foreign).map(
        (name) => `${relative(ROOT, path)} queries ${name} (${entityOwner.get(name)})`,
      ),
    );
    expect(offences).toEqual([]);
  });
});
