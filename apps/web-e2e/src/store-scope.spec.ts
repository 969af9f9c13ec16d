import { expect } from '@playwright/test';
import { newContext, signIn, storeIdOf, test } from './support';

test.describe('a store manager reaches only their own store', () => {
  test('opens their own store page', async ({ page }) => {
    await signIn(page, 'manager');
    await page.getByTestId('nav-my-store').click();
    await expect(page.getByTestId('store-code')).toHaveText('BJ001');
    await expect(page.getByTestId('store-name')).toContainText('北京朝阳店');
  });

  test("cannot open another store's page or its API record", async ({ page, browser }) => {
    // The id of SH001 as an admin sees it: the manager cannot even look it up.
    const adminContext = await newContext(browser);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, 'admin');
    const other = await storeIdOf(adminPage, 'SH001');
    await adminContext.close();

    await signIn(page, 'manager');
    await page.goto(`/stores/${other}`);
    await expect(page.getByTestId('state-forbidden')).toBeVisible();
    await expect(page.getByText('上海徐汇店')).toHaveCount(0);

    const api = await page.request.get(`/api/stores/${other}`);
    expect(api.status()).toBe(403);
    const list = await page.request.get('/api/stores?q=SH001');
    expect(((await list.json()) as { total: number }).total).toBe(0);
  });
});

test('a write without the CSRF header is refused, the same write with it goes through the gate', async ({ page, context }) => {
  await signIn(page, 'admin');
  const body = { data: { code: 'XX', name: '' } };
  const without = await page.request.post('/api/regions', body);
  expect(without.status()).toBe(403);
  expect(((await without.json()) as { message: string }).message).toMatch(/CSRF/);

  const token = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  expect(token).toBeTruthy();
  const withHeader = await page.request.post('/api/regions', { ...body, headers: { 'X-XSRF-TOKEN': token ?? '' } });
  // Past the CSRF check the empty name is a validation error, not a 403.
  expect(withHeader.status()).toBe(400);
});
