import { expect, Page } from '@playwright/test';
import { NavArea, navAreasFor, Role } from '@storeops/shared/contracts';
import { signIn, test } from './support';

/**
 * The Chinese interface speaks Chinese: each role, in the default language, visits every page its shell offers (the
 * nav areas, then every in-app link those pages show, one page per route) and no English word may show in the
 * visible text or in the placeholder, aria-label, title and alt attributes — outside codes and names.
 */

const LOGINS: Array<[string, Role]> = [
  ['admin', Role.Admin],
  ['ops', Role.OpsManager],
  ['director', Role.Director],
  ['specialist', Role.Specialist],
  ['manager', Role.StoreManager],
  ['buyer', Role.Buyer],
  ['office', Role.AdminOffice],
];

/** Roles whose work is on a phone are scanned at 375 px as well. */
const PHONE_ROLES = new Set<Role>([Role.Specialist, Role.StoreManager]);

/**
 * Words allowed in the Chinese UI. Tokens with a digit (store, supplier and licence codes such as SH001, SUP004,
 * JY1100…, a scheme's v1) are codes and are never counted.
 */
const ALLOWED = new Set([
  // Terms the chain uses as they are (DESIGN.md): KPI in the product name, SKU, POS exports, and POP (point-of-purchase
  // posters) in the demo inspection standards' wording.
  'KPI',
  'SKU',
  'POS',
  'POP',
  // File formats and the spreadsheet named on export buttons.
  'CSV',
  'XLSX',
  'PDF',
  'JPEG',
  'PNG',
  'Excel',
  // Units: file sizes, and m of m² (sales area).
  'KB',
  'MB',
  'm',
  // The language switch names the other language in that language.
  'English',
  // The demo users' login names, shown where a person is named by login.
  ...LOGINS.map(([login]) => login),
]);

const MAX_PAGES = 40;

/** A route as a pattern: ids and draft keys stand for any record, the query string does not make a new page. */
function routeOf(path: string): string {
  return path
    .split('?')[0]
    .split('#')[0]
    .replace(/\/\d+(?=\/|$)/g, '/:id')
    .replace(/\/drafts\/[^/]+/, '/drafts/:key');
}

/** Counts the page's requests in flight and notes when the last one started or ended. */
function watchRequests(page: Page): () => { inFlight: number; quietFor: number } {
  let inFlight = 0;
  let last = Date.now();
  const start = () => {
    inFlight++;
    last = Date.now();
  };
  const end = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return () => ({ inFlight, quietFor: Date.now() - last });
}

/** Waits until the page has loaded what it shows: no request for a moment, no progress bar, no loading state. */
async function settle(page: Page, network: () => { inFlight: number; quietFor: number }): Promise<void> {
  await expect.poll(() => network().inFlight === 0 && network().quietFor >= 400, { timeout: 15_000 }).toBe(true);
  await expect(page.locator('mat-progress-bar, mat-spinner, so-loading-state, [data-testid="state-loading"]')).toHaveCount(0, {
    timeout: 15_000,
  });
}

/**
 * The page's text as a person reads it and its labels. Icon ligatures ("add") are glyphs, not words; codes (regions'
 * CENTRAL, categories' FD, templates' STD-FR …) are shown in the code font, `.mono`, and are not words either.
 */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'mat-icon, .material-icons, .mat-icon, .mono, code { display: none !important; }';
    document.head.appendChild(style);
    const texts = [document.body.innerText];
    style.remove();
    for (const el of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))) {
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** English words in the texts, each with a little of its context. */
function englishIn(texts: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_'’-]*/g)) {
      const token = match[0].replace(/[-_'’]+$/, '');
      if (!/[A-Za-z]/.test(token) || /\d/.test(token) || ALLOWED.has(token)) continue;
      const at = match.index ?? 0;
      found.push(`${token} «${text.slice(Math.max(0, at - 15), at + token.length + 15).replace(/\s+/g, ' ')}»`);
    }
  }
  return found;
}

async function scan(page: Page, login: string, role: Role): Promise<void> {
  const network = watchRequests(page);
  await signIn(page, login);
  const start = navAreasFor(role).map((area: NavArea) => `/${area}`);
  const queue = [...start];
  const seen = new Set(queue.map(routeOf));
  const problems: string[] = [];
  let visited = 0;
  while (queue.length && visited < MAX_PAGES) {
    const path = queue.shift() as string;
    await page.goto(path);
    await settle(page, network);
    visited++;
    for (const word of englishIn(await textsOf(page))) problems.push(`${path}: ${word}`);
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
      .then((hrefs) => hrefs.filter((h) => !h.startsWith('/api/') && !h.startsWith('/login')));
    for (const link of links) {
      const route = routeOf(link);
      if (seen.has(route)) continue;
      seen.add(route);
      queue.push(link);
    }
  }
  test.info().annotations.push({ type: 'routes scanned', description: [...seen].join(' ') });
  // Every area of the role was reached, and more than the areas alone (the crawl follows the pages' links).
  expect(visited).toBeGreaterThan(start.length);
  expect([...new Set(problems)]).toEqual([]);
}

for (const [login, role] of LOGINS) {
  const viewports = PHONE_ROLES.has(role) ? [1366, 375] : [1366];
  for (const width of viewports) {
    test(`${login} (${role}) at ${width} px: no English on any page of the zh-CN interface`, async ({ page }) => {
      // The crawl visits every page the role reaches (about 30 for the admin with the 综合管理 pages), each waiting for
      // a quiet network: a limit for the whole walk, not for a page.
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await scan(page, login, role);
    });
  }
}
