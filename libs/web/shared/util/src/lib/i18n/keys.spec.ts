import { readdirSync, readFileSync, statSync } from 'node:fs';
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
const DOMAIN_PREFIX: Record<string, string> = {
  auth: 'auth',
  org: 'org',
  kpi: 'kpi',
  targets: 'targets',
  inspections: 'insp',
  rankings: 'rank',
  suppliers: 'sup',
  alerts: 'alert',
};
const allowed = (domain: string): string[] =>
  domain === 'shell' ? [...SHARED, 'auth'] : DOMAIN_PREFIX[domain] ? [...SHARED, DOMAIN_PREFIX[domain]] : SHARED;

const root = join(__dirname, '../../../../../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !path.includes(`${sep}i18n${sep}`) ? [path] : [];
  });
}
const files = [...sources(join(root, 'libs/web')), ...sources(join(root, 'apps/web/src'))];
const keys = Object.keys(ZH_CN);
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
      .filter((u) => (u.stem ? !keys.some((k) => k.startsWith(u.key)) : !(u.key in ZH_CN)))
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
    const owners = new Set([...SHARED, ...Object.values(DOMAIN_PREFIX)]);
    expect(prefixes.filter((p) => !owners.has(p))).toEqual([]);
    expect(Object.keys(EN).sort()).toEqual([...keys].sort());
  });
});
