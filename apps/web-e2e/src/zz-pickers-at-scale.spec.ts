import { BrowserContext, expect, Page } from '@playwright/test';
import { dialogOpen, e2eDay, signIn, test } from './support';

/**
 * Pickers that scale: with 2,500 more stores than the demo chain, the store picker still finds the last one by
 * searching the server as you type. Named to run last: the stores it adds stay in the shared e2e database.
 */
const SEEDED = 2_500;
const code = (n: number) => `ZP${String(n).padStart(4, '0')}`;
const LAST = code(SEEDED);

async function seedStores(context: BrowserContext): Promise<void> {
  const request = context.request;
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const existing = await request.get(`/api/stores?q=${LAST}`);
  expect(existing.status()).toBe(200);
  if (((await existing.json()) as { total: number }).total > 0) return;
  const regions = (await (await request.get('/api/regions?pageSize=1')).json()) as { items: Array<{ id: number }> };
  const regionId = regions.items[0].id;
  const batch = 25;
  for (let start = 1; start <= SEEDED; start += batch) {
    const codes = Array.from({ length: Math.min(batch, SEEDED - start + 1) }, (_, i) => code(start + i));
    const results = await Promise.all(
      codes.map((c) =>
        request.post('/api/stores', {
          headers: { 'X-XSRF-TOKEN': xsrf },
          data: { code: c, name: `规模门店${c.slice(2)}`, regionId, format: 'convenience', status: 'open' },
        }),
      ),
    );
    for (const res of results) expect(res.status()).toBe(201);
  }
}

async function pick(page: Page, testId: string, term: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(term);
  const option = page.getByTestId(`${testId}-option`).filter({ hasText: term });
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(input).toHaveValue(new RegExp(`^${term} `));
}

test('with 2,500 more stores, the licence store picker finds the last one by code and the licence is saved on it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await browser.newContext();
  await signIn(await admin.newPage(), 'admin');
  await seedStores(admin);
  const total = ((await (await admin.request.get('/api/stores?pageSize=1')).json()) as { total: number }).total;
  expect(total).toBeGreaterThan(SEEDED);
  await admin.close();

  await signIn(page, 'office');
  await page.goto('/suppliers/licences');
  await page.getByTestId('licence-add').click();
  await dialogOpen(page);
  await page.getByTestId('licence-owner-kind').click();
  await page.getByRole('option', { name: '门店' }).click();
  await pick(page, 'licence-store', LAST);
  const number = `E2E-SCALE-${LAST}`;
  await page.getByTestId('licence-type').fill('食品经营许可证');
  await page.getByTestId('licence-number').fill(number);
  await page.getByTestId('licence-valid-from').fill(e2eDay(-300));
  await page.getByTestId('licence-valid-to').fill(e2eDay(20));
  await page.getByTestId('licence-save').click();
  await expect(page.locator('mat-dialog-container')).toHaveCount(0);

  const saved = (await (await page.request.get(`/api/licences?pageSize=100&expiringWithinDays=60&ownerKind=store`)).json()) as {
    items: Array<{ number: string; ownerKind: string; ownerName: string }>;
  };
  const licence = saved.items.find((l) => l.number === number);
  expect(licence?.ownerKind).toBe('store');
  expect(licence?.ownerName).toContain(`规模门店${LAST.slice(2)}`);
});

/** The last seeded store, picked by typing its code, in every other store picker of the product. */
test.describe('with 2,500 more stores, every store picker finds the last one by searching the server', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the target decomposition lock (ops)', async ({ page }) => {
    await signIn(page, 'ops');
    await page.goto('/targets/decompositions');
    await page.getByTestId('decomp-create').click();
    await dialogOpen(page);
    await page.getByTestId('lock-add').click();
    await pick(page, 'lock-store', LAST);
  });

  test('the inspection plan stores (ops), as a chip', async ({ page }) => {
    await signIn(page, 'ops');
    await page.goto('/inspections/plans');
    const input = page.getByTestId('plan-stores');
    await input.fill(LAST);
    await page.getByTestId('plan-stores-option').filter({ hasText: LAST }).click();
    await expect(page.getByTestId('plan-stores-chip')).toHaveText([new RegExp(`${LAST} 规模门店${LAST.slice(2)}`)]);
  });

  test('the contract coverage stores (buyer), as a chip', async ({ page }) => {
    await signIn(page, 'buyer');
    await page.goto('/suppliers/contracts/new');
    await page.getByTestId('field-stores').fill(LAST);
    await page.getByTestId('field-stores-option').filter({ hasText: LAST }).click();
    await expect(page.getByTestId('field-stores-chip')).toHaveText([new RegExp(`${LAST} 规模门店${LAST.slice(2)}`)]);
  });

  test("a store manager's store (admin)", async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/users');
    await page.getByTestId('user-create').click();
    await dialogOpen(page);
    await pick(page, 'user-form-store', LAST);
  });

  test('the corrective-action store filter (specialist)', async ({ page }) => {
    await signIn(page, 'specialist');
    await page.goto('/inspections/actions');
    await pick(page, 'ca-filter-store', LAST);
    await expect(page.getByText('没有需要处理的整改')).toBeVisible();
  });

  test('the unknown store number of an import (ops)', async ({ page }) => {
    await signIn(page, 'ops');
    await page.goto('/targets/imports');
    const storeNumber = String(80_000 + Math.floor(Math.random() * 9_000));
    const csv = ['日期,门店编码,销售额,来客数', `2019-03-01,${storeNumber},100.00,10`].join('\r\n') + '\r\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'scale.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('import-unknown-stores')).toBeVisible();
    await pick(page, `unknown-store-picker-${storeNumber}`, LAST);
    await expect(page.getByTestId('unknown-stores-submit')).toBeEnabled();
  });
});
