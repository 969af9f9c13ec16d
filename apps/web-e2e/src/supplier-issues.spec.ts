import { expect, Page } from '@playwright/test';
import { newContext, signIn, test } from './support';

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function act(page: Page, action: string, note?: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  if (note !== undefined) await page.getByTestId(`note-${action}`).fill(note);
  await page.getByTestId(`submit-${action}`).click();
  await expect(page.getByTestId('action-done')).toBeVisible();
}

test('a buyer raises an issue from the supplier’s page; the supplier responds and fixes; the office verifies', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'buyer');
  await page.goto('/suppliers/directory');
  await page.locator('a[href^="/suppliers/directory/"]').first().click();
  const section = page.getByTestId('supplier-issues');
  await expect(section).toBeVisible();
  await section.getByTestId('supplier-issue-new').click();
  await expect(page).toHaveURL(/\/supplier-issues\/new\?supplierId=\d+/);
  await page.getByTestId('raise-kind').click();
  await page.getByRole('option', { name: '缺货少送' }).click();
  await page.getByTestId('raise-description').fill('十一月十六日到货少送两箱矿泉水，影响门店陈列。');
  await page.getByTestId('raise-submit').click();

  await expect(page).toHaveURL(/\/supplier-issues\/\d+$/);
  await expect(page.getByTestId('detail-status')).toHaveText('待响应');
  await expect(page.getByTestId('detail-response-due')).toContainText('2026年11月');
  await expect(page.getByTestId('detail-fix-due')).toContainText('2026年');
  const href = page.url().replace(/^https?:\/\/[^/]+/, '');

  await act(page, 'respond', '供应商电话答复：明日补送。');
  await expect(page.getByTestId('detail-status')).toHaveText('已响应');
  await act(page, 'fix', '已补送两箱，门店签收。');
  await expect(page.getByTestId('detail-status')).toHaveText('已整改');
  // Verifying is the office's (the side that checks), not the buyer's.
  await expect(page.getByTestId('action-verify')).toHaveCount(0);

  const context = await newContext(browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const office = await context.newPage();
  await signIn(office, 'office');
  await office.goto('/supplier-issues');
  await expect(office.getByTestId('issue-row').first()).toBeVisible();
  await noHorizontalOverflow(office);
  await office.getByTestId('filter-status').click();
  await office.getByRole('option', { name: '已整改' }).click();
  await expect(office.getByTestId('issue-status').first()).toHaveText('已整改');
  await office.goto(href);
  await noHorizontalOverflow(office);
  await act(office, 'verify');
  await expect(office.getByTestId('detail-status')).toHaveText('已验证');
  await expect(office.getByTestId('issue-timeline').locator('li')).toHaveCount(4);
  await noHorizontalOverflow(office);
  await context.close();
});
