import { expect, Page } from '@playwright/test';
import { DuePlanItem, InspectionPlanDueResponse, InspectionTemplateResponse, PlanBoardResponse } from '@storeops/shared/contracts';
import { signIn, test } from './support';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** Every visible control of the page's main content smaller than 44 × 44 px. */
async function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(`${selector} button, ${selector} a[href], ${selector} label.camera`))) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (r.width < 44 || r.height < 44)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, scope);
}

test('the specialist cannot submit without a signature, submits from an overdue item at 375 px and sees it done', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'specialist');
  const due = (await (await page.request.get('/api/inspection-plans/due')).json()) as InspectionPlanDueResponse;
  const overdue = due.items.find((i) => i.overdue) as DuePlanItem;
  expect(overdue).toBeTruthy();
  const same = (i: DuePlanItem) => i.storeId === overdue.storeId && i.categoryId === overdue.categoryId;

  // 今日待检 lists the store once, with the overdue line; its button starts the inspection from that plan item.
  await page.goto('/inspections');
  await expect(page.getByTestId('due-store').first()).toBeVisible();
  const cards = await page.getByTestId('due-store').filter({ hasText: overdue.storeCode }).count();
  expect(cards).toBeLessThanOrEqual(1);
  const start = page.locator(
    `a[data-testid=due-start][href*="storeId=${overdue.storeId}&"][href*="planId=${overdue.planId}&"][href*="periodStart=${overdue.periodStart}"]`,
  );
  if (!(await start.isVisible())) await page.getByTestId('due-show-all').click();
  await start.click();
  await expect(page).toHaveURL(/\/inspections\/new\?.*planId=/);
  const templateId = Number(await page.getByTestId('capture-template').inputValue());
  const template = (await (await page.request.get(`/api/inspection-templates/${templateId}`)).json()) as InspectionTemplateResponse;
  expect(template.requireSignature).toBe(true);
  await page.getByTestId('capture-start').click();
  await expect(page).toHaveURL(/\/inspections\/drafts\//);

  for (const item of template.sections.flatMap((s) => s.items)) {
    const r = page.getByTestId(`item-${item.id}`);
    await r.scrollIntoViewIfNeeded();
    if (item.kind === 'pass_fail') await r.getByTestId('result-pass').click();
    else {
      await r.getByTestId('score-input').fill(String(item.maxPoints));
      await r.getByTestId('score-input').dispatchEvent('change');
    }
  }
  expect(await smallTargets(page, 'so-capture-page')).toEqual([]);

  // Without the signature and the duty person's name: refused on the page, no confirmation asked.
  await page.getByTestId('capture-submit').click();
  await expect(page.getByTestId('capture-problems')).toContainText('请值班人在上方签名');
  await expect(page.getByTestId('capture-problems')).toContainText('请填写值班人姓名');
  await expect(page.getByTestId('confirm')).toHaveCount(0);

  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(box.x + 20 + k * 25, box.y + 30 + (k % 2) * 40);
  await page.mouse.up();
  await page.getByTestId('duty-name').fill('王值班');
  await page.getByTestId('duty-name').dispatchEvent('change');
  await page.getByTestId('capture-submit').click();
  // A confirmation first: what is about to be sent.
  await expect(page.getByRole('dialog')).toContainText('确认提交检查');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('capture-done')).toBeVisible({ timeout: 45_000 });
  if (process.env['E2E_SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/capture-done-375.png`, fullPage: true });

  // Done: the overdue pair left 今日待检, and the plan board shows it closed late in its own period.
  await page.goto('/inspections');
  await expect(page.getByTestId('due-row').first()).toBeVisible();
  const after = (await (await page.request.get('/api/inspection-plans/due')).json()) as InspectionPlanDueResponse;
  expect(after.items.filter((i) => same(i) && i.overdue)).toEqual([]);
  const board = (await (
    await page.request.get(`/api/inspection-plans/board?month=${overdue.periodStart.slice(0, 7)}`)
  ).json()) as PlanBoardResponse;
  expect(board.items.find((i) => i.planId === overdue.planId && i.storeId === overdue.storeId)?.status).toBe('done_late');
  if (process.env['E2E_SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/inspections-home-375.png`, fullPage: true });

  // Offline, 今日待检 and 整改 show what this device fetched last, marked 离线 — never an HTTP error.
  const dueCount = await page.getByTestId('due-row').count();
  await page.getByTestId('nav-actions').click();
  await expect(page).toHaveURL(/\/inspections\/actions/);
  await expect(page.locator('[data-testid^=ca-view-]').first()).toBeVisible();
  await expect(page.locator('[data-testid=ca-row], so-empty-state').first()).toBeVisible();
  await page.context().setOffline(true);
  await page.goBack();
  await expect(page.getByTestId('offline-cache-banner')).toContainText('离线');
  await expect(page.getByTestId('due-row')).toHaveCount(dueCount);
  await expect(page.getByText('Http failure')).toHaveCount(0);
  await page.getByTestId('nav-actions').click();
  await expect(page.getByTestId('offline-cache-banner')).toContainText('离线');
  await expect(page.getByText('Http failure')).toHaveCount(0);
  if (process.env['E2E_SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/actions-offline-375.png`, fullPage: true });
  await page.context().setOffline(false);
});
