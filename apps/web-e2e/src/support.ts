import { Browser, BrowserContext, BrowserContextOptions, expect, Page, test as base } from '@playwright/test';

export const DEMO_PASSWORD = 'storeops-demo';

/**
 * The instant the browser tests run at: the server's clock starts there (STOREOPS_NOW, playwright.config.mts) and
 * every browser context's clock is installed there too, so pages and API agree on "today" whatever day CI runs.
 */
export const E2E_NOW = process.env['E2E_NOW'] ?? '2026-11-18T10:00:00+08:00';

/** The China-time day `offset` days after E2E_NOW, as YYYY-MM-DD. */
export function e2eDay(offset = 0): string {
  return new Date(Date.parse(E2E_NOW) + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

async function installClock(context: BrowserContext): Promise<void> {
  // The clock then runs on from E2E_NOW at real speed, timers included.
  await context.clock.install({ time: new Date(E2E_NOW) });
}

/** Playwright's `test`, with every page's clock at E2E_NOW. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await installClock(context);
    await use(context);
  },
});

/** A second browser context (another person), with its clock at E2E_NOW too. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await installClock(context);
  return context;
}

/** Signs in through the login form, as a person would, and waits for the shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('logout')).toBeVisible();
}

/** The store id for a code, asked of the API with the page's own session. */
export async function storeIdOf(page: Page, code: string): Promise<number> {
  const res = await page.request.get(`/api/stores?q=${code}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: Array<{ id: number; code: string }> };
  const store = body.items.find((s) => s.code === code);
  if (!store) throw new Error(`store ${code} not visible to this user`);
  return store.id;
}

/** Waits until a Material dialog has finished opening (it moves focus when its animation ends). */
export async function dialogOpen(page: Page): Promise<void> {
  await expect(page.locator('.mat-mdc-dialog-container.mdc-dialog--open')).toBeVisible();
  await expect(page.locator('.mat-mdc-dialog-container.mdc-dialog--opening')).toHaveCount(0);
}
