import { expect } from '@playwright/test';
import { signIn, test } from './support';

test('the office opens 综合管理 and reaches each ledger page from its tile', async ({ page }) => {
  await signIn(page, 'office');
  await page.getByTestId('nav-office').click();
  await expect(page).toHaveURL(/\/office$/);
  await expect(page.getByRole('heading', { name: '综合管理' })).toBeVisible();
  const tiles = page.getByTestId('office-tiles').locator('a');
  await expect(tiles).toHaveCount(6);
  await page.getByTestId('office-tile-complaints').click();
  await expect(page).toHaveURL(/\/complaints$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('a 店长 finds 本店督查 in the menu, with tiles a thumb can hit', async ({ page }) => {
    await signIn(page, 'manager');
    await page.getByTestId('nav-toggle').click();
    await expect(page.getByTestId('nav-office')).toContainText('本店督查');
    await page.getByTestId('nav-office').click();
    await expect(page.getByRole('heading', { name: '本店督查' })).toBeVisible();
    await expect(page.getByTestId('office-tile-supplier-issues')).toHaveCount(0);
    const box = await page.getByTestId('office-tile-violations').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeLessThanOrEqual(375);
  });
});
