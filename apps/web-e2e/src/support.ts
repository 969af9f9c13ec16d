import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'storeops-demo';

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
