import { expect, Page } from '@playwright/test';
import { signIn, test } from './support';

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('the ops manager plans a weekly 生鲜 round of BJ003 and sees it due on the month board; the home page names the period', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'ops');
  await page.goto('/inspections');
  // 本期应检 · 已检 · 逾期 says which period it counts.
  await expect(page.getByTestId('coverage-period').first()).toContainText('本期');
  await page.getByTestId('nav-plans').click();
  await expect(page).toHaveURL(/\/inspections\/plans$/);
  await expect(page.getByTestId('plan-row').first()).toBeVisible();
  const rulesBefore = await page.getByTestId('plan-row').count();

  await pick(page, 'plan-specialist', /品类专员/);
  await pick(page, 'plan-category', '生鲜');
  await pick(page, 'plan-frequency', '每周');
  // The stores are chips, searched on the server as you type.
  await page.getByTestId('plan-stores').fill('BJ003');
  await page.getByTestId('plan-stores-option').filter({ hasText: 'BJ003' }).click();
  await expect(page.getByTestId('plan-stores-chip')).toHaveText([/BJ003/]);
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(rulesBefore + 1);
  const rule = page.getByTestId('plan-row').last();
  await expect(rule).toContainText('每周');
  await expect(rule).toContainText('1 家门店');

  // The board: BJ001's 生鲜 items of the weeks starting this month, due (or already done) — with who and when once done.
  // (BJ003: no other browser test inspects it, so this week's round is still due.)
  const items = page.getByTestId('board-item').filter({ hasText: 'BJ003' }).filter({ hasText: '生鲜' }).filter({ hasText: '品类专员' });
  await page.getByTestId('plan-totals').getByRole('button', { name: /待检/ }).click();
  const more = page.getByTestId('board-show-all');
  if (await more.isVisible()) await more.click();
  await expect(items.first()).toContainText('待检');
  if (process.env['E2E_SCREENSHOTS']) {
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/plans-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/plans-375.png`, fullPage: true });
  }
});
