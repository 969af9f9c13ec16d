import { Browser, expect, Page } from '@playwright/test';
import { newContext, signIn, test } from './support';

/** Picks the first choice of a Material select. */
async function pickFirst(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option').first().click();
}

/** Opens a complaint as another person, on a desktop. */
async function openAs(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username);
  await page.goto(path);
  await expect(page.getByTestId('detail-status')).toBeVisible();
  return page;
}

async function act(page: Page, action: string, fill: () => Promise<void> = async () => undefined): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await expect(page.getByTestId(`form-${action}`)).toBeVisible();
  await fill();
  await page.getByTestId(`submit-${action}`).click();
  await expect(page.getByTestId('action-done')).toBeVisible();
}

test.describe('顾客投诉 from the counter to the archive', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('a 店长 records a complaint on a phone; the office judges it; the 店长 plans, approves and resolves; the office calls back and archives', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'manager');
    await page.getByTestId('nav-toggle').click();
    await expect(page.getByTestId('nav-complaints')).toContainText('本店投诉');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('complaint-new').click();

    // The store is the 店长's own, fixed; the received time defaults to now.
    await expect(page.getByTestId('intake-store-fixed')).toContainText('BJ001');
    await expect(page.getByTestId('intake-received')).not.toHaveValue('');
    await page.getByTestId('intake-name').fill('王女士');
    await page.getByTestId('intake-phone').fill('13812341234');
    // Filed under a second-level category (商品质量 › 过期变质 …).
    await pickFirst(page, 'intake-category');
    await pickFirst(page, 'intake-subcategory');
    await page.getByTestId('intake-product').fill('鲜牛奶 950ml');
    await page.getByTestId('intake-amount').fill('12.90');
    await page.getByTestId('intake-description').fill('顾客购买的鲜牛奶开封后有酸味，要求退货并说明原因。');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByTestId('intake-submit').click();

    const created = page.getByTestId('intake-created');
    await expect(created).toContainText(/TS\d{6}-\d{4}/);
    const href = (await page.getByTestId('intake-open').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/complaints\/\d+$/);
    // A photo of the receipt goes with it.
    await page.getByTestId('intake-attach').setInputFiles({
      name: 'receipt.png',
      mimeType: 'image/png',
      buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
    });
    await expect(page.getByTestId('intake-attachment')).toContainText('receipt.png');

    // The office judges it valid, the store responsible.
    const office = await openAs(browser, 'office', href);
    await expect(office.getByTestId('detail-status')).toContainText('待判断');
    // The office handles complaints: it reads the number in full (no 显示号码 needed).
    await expect(office.getByTestId('detail-phone')).toHaveText('13812341234');
    await expect(office.getByTestId('reveal-phone')).toHaveCount(0);
    await act(office, 'judge', async () => {
      await office.getByTestId('judge-valid-yes').click();
      await office.getByTestId('judge-informed').click();
    });
    await expect(office.getByTestId('detail-status')).toContainText('待方案');

    // The 店长 proposes a small plan and, under the store's limit, approves it, then resolves it.
    await page.goto(href);
    await expect(page.getByTestId('detail-status')).toContainText('待方案');
    await act(page, 'propose_plan', async () => {
      await page.getByTestId('plan-text').fill('为顾客办理退货，并赠送一瓶同款牛奶');
      await page.getByTestId('plan-compensation').fill('12.9');
    });
    await expect(page.getByTestId('detail-status')).toContainText('方案待批');
    await act(page, 'approve_plan');
    await expect(page.getByTestId('detail-status')).toContainText('处理中');
    await act(page, 'resolve', async () => {
      await page.getByTestId('resolve-text').fill('已为顾客退货并赠送同款牛奶，冷柜温度已检查');
      await pickFirst(page, 'resolve-cause');
      await page.getByTestId('resolve-paid').fill('12.9');
    });
    await expect(page.getByTestId('detail-status')).toContainText('待回访');

    // The office calls back at 10:00 (calling hours: no warning), the customer is satisfied; then it is archived.
    await office.reload();
    await office.getByTestId('action-follow_up').click();
    await expect(office.getByTestId('follow-up-script')).toContainText('想了解一下您对处理结果是否满意');
    await expect(office.getByTestId('calling-hours-warning')).toHaveCount(0);
    await office.getByTestId('follow-reached-yes').click();
    await office.getByTestId('follow-satisfied').click();
    await office.getByTestId('follow-notes').fill('顾客表示满意，感谢门店处理及时');
    await office.getByTestId('submit-follow_up').click();
    await expect(office.getByTestId('detail-status')).toContainText('已回访');
    await act(office, 'close');
    await expect(office.getByTestId('detail-status')).toContainText('已归档');
    const steps = await office.getByTestId('timeline-entry').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-action')));
    const journey = ['create', 'judge', 'propose_plan', 'approve_plan', 'resolve', 'follow_up', 'close'];
    expect(steps.filter((s) => journey.includes(s ?? ''))).toEqual(journey);
  });
});

test('the office opens the weekly complaints report: rows by category, the bar chart and the trend', async ({ page }) => {
  await signIn(page, 'office');
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('subnav-reports').click();
  await expect(page.getByTestId('report-period')).toHaveText('2026年第47周');
  await expect(page.getByTestId('report-days')).toContainText('11月16日');
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  await expect(page.getByTestId('report-total')).toBeVisible();
  await expect(page.getByTestId('report-bar').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('report-trend').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('stage-sla').locator('.stage')).toHaveCount(4);
  // An unknown 来客数 reads —, never 0.
  for (const cell of await page.getByTestId('rate-unknown').all()) await expect(cell).toHaveText('—');

  await page.getByTestId('report-group-store').click();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  expect((await download).suggestedFilename()).toBe('complaints-2026-W47-store.xlsx');
});
