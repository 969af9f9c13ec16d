import { expect } from '@playwright/test';
import { NavArea, navAreasFor, Role } from '@storeops/shared/contracts';
import { signIn, test } from './support';

const DEMO_ACCOUNTS: Array<[string, Role]> = [
  ['admin', Role.Admin],
  ['director', Role.Director],
  ['ops', Role.OpsManager],
  ['specialist', Role.Specialist],
  ['office', Role.AdminOffice],
  ['buyer', Role.Buyer],
  ['manager', Role.StoreManager],
];

for (const [username, role] of DEMO_ACCOUNTS) {
  test(`${username} (${role}) signs in and sees exactly the navigation of the role`, async ({ page }) => {
    await signIn(page, username);
    const areas = new Set<string>(Object.values(NavArea).map((area) => `nav-${area}`));
    const expected = navAreasFor(role).map((area) => `nav-${area}`);
    await expect(page.getByTestId(expected[0])).toBeVisible();
    const shown = await page.locator('[data-testid^="nav-"]').evaluateAll((links) => links.map((l) => l.getAttribute('data-testid') ?? ''));
    expect(shown.filter((id) => areas.has(id))).toEqual(expected);
  });
}

test('a role opening an area by URL that it may not see gets 无权访问, not the page', async ({ page }) => {
  await signIn(page, 'buyer');
  await page.goto('/admin');
  await expect(page.getByText('无权访问').first()).toBeVisible();
  await expect(page.getByTestId('store-search')).toHaveCount(0);
});

test('a wrong password shows a clear error and does not sign in', async ({ page }) => {
  await page.goto('/login');
  await page.locator('#username').fill('director');
  await page.locator('#password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  await expect(page.getByTestId('logout')).toHaveCount(0);
});

test('the language switch turns the interface to English and back', async ({ page }) => {
  await signIn(page, 'director');
  await expect(page.getByTestId('nav-dashboard')).toContainText('营运总览');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('nav-dashboard')).not.toContainText('营运总览');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('nav-dashboard')).toContainText('营运总览');
});

test('logout ends the session: the API refuses the old cookie', async ({ page }) => {
  await signIn(page, 'ops');
  expect((await page.request.get('/api/auth/me')).status()).toBe(200);
  await page.getByTestId('logout').click();
  await expect(page.locator('#username')).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
