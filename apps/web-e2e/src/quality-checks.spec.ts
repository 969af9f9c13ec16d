import { expect, Page } from '@playwright/test';
import { signIn, test } from './support';

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

test.describe('商品质量检查 on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the office records an expired item and a cold-chain reading out of limits; both open actions; the list shows the check', async ({
    page,
  }) => {
    await signIn(page, 'office');
    await page.goto('/quality-checks');
    await expect(page.getByRole('heading', { name: '商品质量检查' })).toBeVisible();
    await page.getByTestId('quality-check-new').click();
    await page.getByTestId('quality-store').fill('BJ001');
    await page.getByTestId('quality-store-option').first().click();

    const first = page.getByTestId('finding').nth(0);
    await pick(page, 'finding-kind', '过期');
    await first.getByTestId('finding-product').fill('原味酸奶 200g');
    await first.getByTestId('finding-batch').fill('B20261101');
    await first.getByTestId('finding-quantity').fill('6');
    await first.getByTestId('finding-action').click();
    await page.getByRole('option', { name: '报损' }).click();

    await page.getByTestId('finding-add').click();
    const second = page.getByTestId('finding').nth(1);
    await second.getByTestId('finding-kind').click();
    await page.getByRole('option', { name: '冷链温度' }).click();
    await second.getByTestId('finding-product').fill('冷藏鲜奶柜');
    await second.getByTestId('finding-quantity').fill('1');
    // A cold-chain finding needs its reading: the form says so before anything is sent.
    await page.getByTestId('quality-submit').click();
    await expect(second).toContainText('必填');
    await second.getByTestId('finding-temperature').fill('7.5');
    await second.getByTestId('finding-limitMin').fill('0');
    await second.getByTestId('finding-limitMax').fill('4');
    await noHorizontalOverflow(page);
    await page.getByTestId('quality-submit').click();

    await expect(page.getByTestId('quality-result')).toBeVisible();
    await expect(page.getByTestId('quality-result-findings')).toContainText('共记录2项');
    await expect(page.getByTestId('quality-result-actions')).toContainText('已开立2项整改');
    await page.getByTestId('quality-result-open').click();
    await expect(page.getByTestId('detail-finding')).toHaveCount(2);
    await expect(page.getByTestId('detail-finding').nth(1)).toContainText('7.5℃');
    await noHorizontalOverflow(page);

    await page.goto('/quality-checks');
    await expect(page.getByTestId('quality-check-row').first()).toContainText('BJ001');
    await noHorizontalOverflow(page);
  });
});
