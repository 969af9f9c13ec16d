import { expect, Page } from '@playwright/test';
import { newContext, signIn, storeIdOf, test } from './support';

/** The page is no wider than the screen (a table may scroll inside its card). */
async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** `n` items checked, the first `wrong` of them with an undercharge at the till (so 97 of 100 is 97 %). */
function items(n: number, wrong: number) {
  return Array.from({ length: n }, (_, i) => ({
    sku: `69012345${String(i).padStart(5, '0')}`,
    name: `抽查商品${i + 1}`,
    shelfPriceFen: 1290,
    systemPriceFen: 1290,
    tillPriceFen: i < wrong ? 1190 : 1290,
  }));
}

test.describe('进售价检查', () => {
  test('the office sees a 97 % check with its re-check due, and a 店长 sees their store’s', async ({ page, context, browser }) => {
    await signIn(page, 'office');
    const storeId = await storeIdOf(page, 'BJ001');
    const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const res = await page.request.post('/api/price-checks', {
      headers: { 'X-XSRF-TOKEN': xsrf },
      data: { storeId, checkedAt: '2026-11-18T09:00:00+08:00', items: items(100, 3) },
    });
    expect(res.status()).toBe(201);
    const created = (await res.json()) as { id: number; accuracy: number };
    expect(created.accuracy).toBe(97);

    await page.goto('/office');
    await page.getByTestId('office-tile-price-checks').click();
    await expect(page).toHaveURL(/\/price-checks$/);
    const row = page.getByTestId('price-check-row').filter({ hasText: '97%' }).first();
    await expect(row).toContainText('BJ001');
    // 30 days after the check (the office's default), as the Chinese interface writes a day.
    await expect(row.getByTestId('row-recheck')).toContainText('2026年12月18日前复查');
    await row.getByRole('link').click();
    await expect(page.getByTestId('detail-accuracy')).toContainText('97%');
    await expect(page.getByTestId('detail-item')).toHaveCount(100);
    await expect(page.getByTestId('detail-action')).toHaveCount(1);

    const managerContext = await newContext(browser);
    const manager = await managerContext.newPage();
    await signIn(manager, 'manager');
    await manager.goto('/price-checks');
    await expect(manager.getByTestId('price-check-row').first()).toContainText('BJ001');
    await expect(manager.getByTestId('price-check-new')).toHaveCount(0);
    await managerContext.close();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

    test('the office checks items one by one in the aisle; an overcharge calls for a re-check and an action', async ({ page }) => {
      await signIn(page, 'office');
      await page.goto('/price-checks');
      await page.getByTestId('price-check-new').click();
      await page.getByTestId('capture-store').fill('BJ002');
      await page.getByTestId('capture-store-option').first().click();

      // The code field takes the focus; Enter with prices missing moves on to what is missing.
      const sku = page.getByTestId('item-sku');
      await expect(sku).toBeFocused();
      await expect(sku).toHaveAttribute('inputmode', 'numeric');
      await sku.fill('6901234567890');
      await sku.press('Enter');
      await expect(page.getByTestId('item-name')).toBeFocused();
      await page.getByTestId('item-name').fill('鲜牛奶 950ml');
      await page.getByTestId('item-shelfYuan').fill('12.90');
      await page.getByTestId('item-systemYuan').fill('12.90');
      await page.getByTestId('item-tillYuan').fill('12.90');
      await page.getByTestId('item-tillYuan').press('Enter');
      await expect(page.getByTestId('capture-item')).toHaveCount(1);
      await expect(sku).toBeFocused();

      // 0.29 元 is 29 分, not 28.999…: the till charges 0.30 more than the tag.
      await sku.fill('6909876543210');
      await page.getByTestId('item-name').fill('矿泉水 550ml');
      await page.getByTestId('item-shelfYuan').fill('1.99');
      await page.getByTestId('item-systemYuan').fill('2.29');
      await page.getByTestId('item-tillYuan').fill('2.29');
      await page.getByTestId('item-add').click();
      await expect(page.getByTestId('capture-item')).toHaveCount(2);
      await expect(page.getByTestId('capture-tally')).toContainText('正确1/2');
      await noHorizontalOverflow(page);

      await page.getByTestId('capture-submit').click();
      const result = page.getByTestId('capture-result');
      await expect(result).toBeVisible();
      await expect(page.getByTestId('result-accuracy')).toHaveText('50%');
      await expect(page.getByTestId('result-overcharges')).toHaveText('1');
      await expect(page.getByTestId('result-recheck')).toContainText('2026年12月18日');
      await expect(page.getByTestId('result-actions')).toContainText('已开立1项整改');
      await noHorizontalOverflow(page);

      await page.getByTestId('result-open').click();
      await expect(page.getByTestId('detail-item')).toHaveCount(2);
      await noHorizontalOverflow(page);
      await page.goto('/price-checks');
      await expect(page.getByTestId('price-check-row').first()).toBeVisible();
      await noHorizontalOverflow(page);
    });
  });
});
