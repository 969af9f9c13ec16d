import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EN } from './en';
import { ZH_CN } from './zh-cn';

/**
 * One key prefix per domain. A domain's pages speak with its own prefix; the shared vocabulary (the frame, common
 * words, a store's fields, metrics, formats) may be used by every one. The shell, which hosts sign-in and sign-out,
 * may also use auth's.
 */
const SHARED = [
  'app',
  'area',
  'common',
  'date',
  'datepicker',
  'forbidden',
  'format',
  'lang',
  'metric',
  'nav',
  'notFound',
  'paginator',
  'picker',
  'role',
  'store',
  'storeStatus',
];
const DOMAIN_PREFIX: Record<string, readonly string[]> = {
  auth: ['auth'],
  org: ['org'],
  kpi: ['kpi'],
  targets: ['targets'],
  inspections: ['insp'],
  rankings: ['rank'],
  suppliers: ['sup', 'supIssues'],
  alerts: ['alert'],
  // The 综合管理处's ledger: one lazily loaded dictionary per page family, each with its own prefix.
  ledger: ['complaints', 'office', 'meetings', 'violations', 'priceChecks', 'qualityChecks'],
};

const root = join(__dirname, '../../../../../../..');

/**
 * Dictionaries a domain loads with its lazy routes (I18nService.addTexts), kept with the domain:
 * libs/web/<domain>/feature/src/lib/i18n/<prefix>.zh-cn.ts and <prefix>.en.ts, each exporting one object. Read by
 * path: a shared library may not import a domain's.
 */
const LAZY_DICTIONARIES = readdirSync(join(root, 'libs/web')).flatMap((domain) => {
  const dir = join(root, 'libs/web', domain, 'feature/src/lib/i18n');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.zh-cn.ts'))
    .map((name) => {
      const prefix = name.replace('.zh-cn.ts', '');
      const only = (file: string) => Object.values(require(join(dir, file)) as Record<string, Record<string, string>>)[0];
      return { domain, prefix, zh: only(name), en: only(`${prefix}.en.ts`) };
    });
});
const ALL_ZH: Record<string, string> = Object.assign({}, ZH_CN, ...LAZY_DICTIONARIES.map((d) => d.zh));
const allowed = (domain: string): string[] =>
  domain === 'shell' ? [...SHARED, 'auth'] : DOMAIN_PREFIX[domain] ? [...SHARED, ...DOMAIN_PREFIX[domain]] : SHARED;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !path.includes(`${sep}i18n${sep}`) ? [path] : [];
  });
}
const files = [...sources(join(root, 'libs/web')), ...sources(join(root, 'apps/web/src'))];
const keys = Object.keys(ALL_ZH);
const prefixes = [...new Set(keys.map((k) => k.split('.')[0]))];
/** A quoted literal that starts with a known prefix: a whole key, or the stem of a key built at run time. */
const literal = new RegExp(`['\`]((?:${prefixes.join('|')})\\.[A-Za-z0-9_.-]*)(\\$\\{|['\`])`, 'g');
/** Codes the API sends (shown as the server words them), not keys of the dictionary. */
const SERVER_CODES = new Set(['licence.before_valid_from']);

interface Use {
  file: string;
  domain: string;
  key: string;
  stem: boolean;
}
const uses: Use[] = files.flatMap((file) => {
  const rel = relative(root, file).split(sep);
  const domain = rel[0] === 'apps' ? 'app' : rel[2];
  return [...readFileSync(file, 'utf8').matchAll(literal)].map((m) => ({
    file: rel.join('/'),
    domain,
    key: m[1],
    stem: m[1].endsWith('.') || m[2] === '${',
  }));
});

describe('i18n keys', () => {
  it('finds the keys in the sources (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(uses.length).toBeGreaterThan(1000);
    expect(uses.some((u) => u.domain === 'rankings' && u.key.startsWith('rank.'))).toBe(true);
  });

  it('every key a page names is in the dictionary, and every stem names some key', () => {
    const missing = uses
      .filter((u) => !SERVER_CODES.has(u.key))
      .filter((u) => (u.stem ? !keys.some((k) => k.startsWith(u.key)) : !(u.key in ALL_ZH)))
      .map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('a domain uses only its own prefix and the shared vocabulary', () => {
    const foreign = uses
      .filter((u) => !SERVER_CODES.has(u.key))
      .filter((u) => !allowed(u.domain).includes(u.key.split('.')[0]))
      .map((u) => `${u.file}: ${u.key}`);
    expect(foreign).toEqual([]);
  });

  it('every key belongs to the shared vocabulary or to one domain', () => {
    const owners = new Set([...SHARED, ...Object.values(DOMAIN_PREFIX).flat()]);
    expect(prefixes.filter((p) => !owners.has(p))).toEqual([]);
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH_CN).sort());
  });

  it('a lazily loaded dictionary holds only its domain’s prefix, and its English has the same keys', () => {
    expect(LAZY_DICTIONARIES.map((d) => `${d.domain}:${d.prefix}`)).toContain('ledger:complaints');
    for (const { domain, prefix, zh, en } of LAZY_DICTIONARIES) {
      expect(DOMAIN_PREFIX[domain]).toContain(prefix);
      expect(Object.keys(zh).filter((k) => k.split('.')[0] !== prefix)).toEqual([]);
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      // Never also in the initial dictionary: that would put the texts back in the first download.
      expect(Object.keys(zh).filter((k) => k in ZH_CN)).toEqual([]);
    }
  });
});
