import { Browser, expect, Page } from '@playwright/test';
import { newContext, signIn, test } from './support';

/** A rule the demo year does not use, so the store's history of it is this test's own. */
const RULE = 'WJ-004';

/** Signs in as another person on a desktop. */
async function as(browser: Browser, username: string): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** Fills the recording form for BJ001 and this rule, and waits for the preview; answers what it shows. */
async function fillStoreViolation(page: Page, occurredAt: string | null, facts: string): Promise<{ prior: number; penalty: string }> {
  await expect(page.getByTestId('subject-type-store')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('new-subject').fill('BJ001');
  await page.getByTestId('new-subject-option').filter({ hasText: 'BJ001' }).first().click();
  await page.getByTestId('new-rule').click();
  await page.getByRole('option').filter({ hasText: RULE }).click();
  if (occurredAt) await page.getByTestId('new-occurred').fill(occurredAt);
  await page.getByTestId('new-facts').fill(facts);
  await expect(page.getByTestId('preview-penalty')).not.toBeEmpty();
  return {
    prior: Number(await page.getByTestId('preview-prior').innerText()),
    penalty: (await page.getByTestId('preview-penalty').innerText()).trim(),
  };
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('违纪: the office records a store violation and sees the penalty; a repeat proposes the next step; the 店长 appeals once; another 店长 never sees it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'office');
  await page.getByTestId('nav-office').click();
  await page.getByTestId('office-tile-violations').click();
  await expect(page).toHaveURL(/\/violations$/);
  await page.getByTestId('violation-new').click();

  // The first, yesterday morning: the preview shows the prior count and the penalty before saving.
  const first = await fillStoreViolation(page, '2026-11-17T09:00', '早班收银长款 52 元未登记上报');
  expect(first.penalty).toMatch(/书面警告|罚款|降级|辞退/);
  await page.getByTestId('new-submit').click();
  await expect(page.getByTestId('violation-created')).toBeVisible();
  await expect(page.getByTestId('created-penalty')).toContainText(first.penalty);

  // The second for the same rule, now: one more prior, the next step.
  await page.getByTestId('new-again').click();
  const second = await fillStoreViolation(page, null, '晚班收银短款 18 元私自补齐未上报');
  expect(second.prior).toBe(first.prior + 1);
  expect(second.penalty).not.toBe(first.penalty);
  await page.getByTestId('new-submit').click();
  await expect(page.getByTestId('created-penalty')).toContainText(second.penalty);
  const href = (await page.getByTestId('created-open').getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/violations\/\d+$/);
  const id = href.split('/').pop() as string;

  // The office approves it; the record's history says so.
  await page.getByTestId('created-open').click();
  await expect(page.getByTestId('detail-status')).toHaveText('待审批');
  await expect(page.getByTestId('detail-penalty')).toHaveText(second.penalty);
  await expect(page.getByTestId('action-appeal')).toHaveCount(0);
  await page.getByTestId('action-approve').click();
  await page.getByTestId('submit-approve').click();
  await expect(page.getByTestId('action-done')).toBeVisible();
  await expect(page.getByTestId('detail-status')).toHaveText('已生效');
  await expect(page.getByTestId('timeline-entry')).toHaveCount(2);

  // BJ001's 店长 finds it in 本店违纪 and appeals, once.
  const manager = await as(browser, 'manager');
  await manager.goto('/violations');
  await expect(manager.getByRole('heading', { name: '本店违纪' })).toBeVisible();
  await expect(manager.getByTestId('filter-store')).toHaveCount(0);
  const row = manager.locator(`[data-testid="violation-row"][data-id="${id}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('row-penalty')).toHaveText(second.penalty);
  await row.getByTestId('violation-open').click();
  await manager.getByTestId('action-appeal').click();
  // No reason, no appeal.
  await manager.getByTestId('submit-appeal').click();
  await expect(manager.getByTestId('appeal-reason-missing')).toBeVisible();
  await manager.getByTestId('appeal-reason').fill('短款当班已按规定补登，附交接记录');
  await manager.getByTestId('submit-appeal').click();
  await expect(manager.getByTestId('detail-status')).toHaveText('申诉中');
  await expect(manager.getByTestId('action-appeal')).toHaveCount(0);
  await expect(manager.getByTestId('appeal-note')).toContainText('已申诉过');
  await manager.reload();
  await expect(manager.getByTestId('detail-status')).toHaveText('申诉中');
  await expect(manager.getByTestId('action-appeal')).toHaveCount(0);

  // The office now sees 裁定申诉.
  await page.reload();
  await expect(page.getByTestId('action-decide')).toBeVisible();

  // BJ002's 店长 sees neither the row nor the record.
  const other = await as(browser, 'sm-bj002');
  await other.goto('/violations');
  await expect(other.getByRole('heading', { name: '本店违纪' })).toBeVisible();
  await expect(other.getByTestId('state-loading')).toHaveCount(0);
  await expect(other.locator(`[data-testid="violation-row"][data-id="${id}"]`)).toHaveCount(0);
  await other.goto(href);
  await expect(other.getByTestId('detail-not-found')).toBeVisible();
  await expect(other.getByTestId('detail-status')).toHaveCount(0);
});

test('违纪条例: the rule book lists the rules with their steps; the office may edit, a 店长 only reads', async ({ page, browser }) => {
  await signIn(page, 'office');
  await page.goto('/violations/rules');
  await expect(page.getByTestId('rule-row').first()).toBeVisible();
  expect(await page.getByTestId('rule-row').count()).toBeGreaterThanOrEqual(10);
  const wj1 = page.locator('[data-testid="rule-row"][data-code="WJ-001"]');
  await expect(wj1).toContainText('上班迟到早退');
  await expect(wj1).toContainText('口头警告');
  await expect(wj1).toContainText('罚款 ¥100.00');
  await expect(page.getByTestId('rule-add')).toBeVisible();
  await expect(page.getByTestId('rule-edit-WJ-001')).toBeVisible();

  const manager = await as(browser, 'manager');
  await manager.goto('/violations/rules');
  await expect(manager.getByTestId('rule-row').first()).toBeVisible();
  await expect(manager.getByTestId('rule-add')).toHaveCount(0);
  await expect(manager.getByTestId('rule-edit-WJ-001')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the violations pages fit 375 px without sideways scrolling', async ({ page }) => {
    await signIn(page, 'office');
    for (const path of ['/violations', '/violations/new', '/violations/rules']) {
      await page.goto(path);
      await expect(page.getByTestId('state-loading')).toHaveCount(0);
      await noHorizontalOverflow(page);
    }
    await page.goto('/violations');
    await page.getByTestId('violation-open').first().click();
    await expect(page.getByTestId('detail-status')).toBeVisible();
    await noHorizontalOverflow(page);
    const box = await page.getByTestId('back-to-list').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });
});
