import { expect, Locator, Page } from '@playwright/test';
import { WorkCalendarYearsResponse } from '@storeops/shared/contracts';
import { dialogOpen, E2E_NOW, newContext, signIn, test } from './support';

/** The office's sheet for next year, as a clerk types it from the State Council's notice (one day is enough here). */
const GOOD_SHEET = '日期,类型,名称\n2027-01-01,放假,元旦\n';
/** A sheet with a day that does not exist and a type that is neither 放假 nor 上班. */
const BAD_SHEET = '日期,类型,名称\n2027-13-01,放假,元旦\n2027-01-02,请假,元旦\n';

/** The import button the office reaches first: the warning's (next year) when it is shown, else the toolbar's. */
const importButton = (page: Page): Locator => page.getByTestId('wc-import-next').or(page.getByTestId('wc-import')).first();

async function chooseSheet(page: Page, name: string, csv: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await importButton(page).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
}

/*
 * Imports next year (2027), which no other spec reads: the suite's clock stands in November 2026 and the only
 * spec after this one (zz-pickers-at-scale) has no deadlines. The missing-year warning is said from December on
 * (GET /years), so under the default clock the page must not show it; with E2E_NOW in December it must, and the
 * import must make it go.
 */
test('the office sees 国庆 and its 调休 day in 工作日历, is told when next year is missing, imports it from a sheet and keeps a store closure', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'office');

  // From 提醒中心's header to 工作日历 and back.
  await page.goto('/alerts');
  await page.getByTestId('alert-calendar-link').click();
  await expect(page).toHaveURL(/\/alerts\/calendar$/);
  await expect(page.getByTestId('page-title')).toHaveText('工作日历');
  await expect(page.getByTestId('wc-year')).toContainText(`${E2E_NOW.slice(0, 4)} 年`);

  // 2026: 国庆 1–7 October off in one row, Saturday the 10th worked.
  const golden = page.locator('[data-testid=wc-span][data-from="2026-10-01"]');
  await expect(golden).toHaveAttribute('data-to', '2026-10-07');
  await expect(golden).toHaveAttribute('data-type', 'holiday');
  await expect(golden).toContainText('10月1日周四');
  await expect(golden).toContainText('放假 · 7 天');
  const makeup = page.locator('[data-testid=wc-span][data-from="2026-10-10"]');
  await expect(makeup).toHaveAttribute('data-type', 'makeup_workday');
  await expect(makeup).toContainText('调休上班');
  await expect(page.getByTestId('wc-hours-text')).toContainText('09:00–18:00');

  const before = (await (await page.request.get('/api/work-calendar/years')).json()) as WorkCalendarYearsResponse;
  expect(before.nextYear).toBe(2027);
  expect(before.years.some((y) => y.year === 2027)).toBe(false);
  // From December on the API says next year is missing and the page warns, with the import right there; before, neither.
  const december = E2E_NOW.slice(5, 7) === '12';
  expect(before.nextYearMissing).toBe(december);
  await expect(page.getByTestId('wc-counts')).toBeVisible();
  const banner = page.getByTestId('wc-next-missing');
  await expect(banner.filter({ hasText: '2027 年的节假日安排尚未录入' }).filter({ hasText: '国务院公布后请导入' })).toHaveCount(
    Number(december),
  );
  await expect(banner.getByTestId('wc-import-next')).toHaveCount(Number(december));
  if (process.env['E2E_SCREENSHOTS']) {
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/work-calendar-1366.png`, fullPage: true });
    await page.getByTestId('wc-closures').screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/work-calendar-closures-1366.png` });
  }

  // On a 375 px phone: nothing wider than the screen, the buttons big enough to tap.
  const phoneContext = await newContext(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await signIn(phone, 'office');
  await phone.goto('/alerts/calendar');
  await expect(phone.locator('[data-testid=wc-span][data-from="2026-10-01"]')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const button of [
    importButton(phone),
    phone.getByTestId('wc-import'),
    phone.getByTestId('wc-closure-add'),
    phone.getByTestId('wc-back'),
  ]) {
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  if (process.env['E2E_SCREENSHOTS']) {
    await phone.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/work-calendar-375.png`, fullPage: true });
    await phone.getByTestId('wc-closures').screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/work-calendar-closures-375.png` });
  }
  await phoneContext.close();

  // 2027 is not entered: its page says so.
  await page.getByTestId('wc-year').click();
  await page.getByRole('option', { name: '2027 年' }).click();
  await expect(page.getByTestId('wc-source')).toHaveText('未录入');
  await expect(page.getByTestId('state-empty')).toContainText('2027 年的节假日安排尚未录入');

  // A sheet with bad cells is refused whole, each cell named.
  await chooseSheet(page, '2027-坏.csv', BAD_SHEET);
  const errors = page.getByTestId('wc-import-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('第 2 行 A 列');
  await expect(errors.nth(0)).toContainText('2027-13-01');
  await expect(errors.nth(1)).toContainText('第 3 行 B 列');
  await expect(page.getByTestId('wc-source')).toHaveText('未录入');

  // The good sheet is saved: the counts are said, the day is listed, and next year is no longer missing.
  await chooseSheet(page, '2027.csv', GOOD_SHEET);
  await expect(page.locator('.mdc-snackbar__label')).toContainText('已导入 2027 年：放假 1 天，调休上班 0 天');
  await expect(page.getByTestId('wc-import-errors')).toHaveCount(0);
  await expect(page.getByTestId('wc-source')).toHaveText('办公室导入');
  await expect(page.locator('[data-testid=wc-span][data-from="2027-01-01"]')).toContainText('元旦');
  await expect(banner).toHaveCount(0);
  const after = (await (await page.request.get('/api/work-calendar/years')).json()) as WorkCalendarYearsResponse;
  expect(after.nextYearMissing).toBe(false);
  expect(after.years.find((y) => y.year === 2027)?.source).toBe('office');

  // A store's closure (in 2027, so no other spec's deadline moves even while it stands): added, listed, removed.
  const reason = `E2E 闭店装修 ${process.env['E2E_RUN'] ?? ''}`.trim();
  await page.getByTestId('wc-closure-store').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('wc-closure-from').fill('2027-03-01');
  await page.getByTestId('wc-closure-to').fill('2027-03-05');
  await page.getByTestId('wc-closure-reason').fill(reason);
  await page.getByTestId('wc-closure-add').click();
  const closure = page.getByTestId('wc-closure').filter({ hasText: reason });
  await expect(closure).toHaveCount(1);
  await expect(closure).toContainText('5 天');
  await closure.getByTestId('wc-closure-remove').click();
  await dialogOpen(page);
  await page.getByTestId('confirm').click();
  await expect(closure).toHaveCount(0);

  await page.getByTestId('wc-back').click();
  await expect(page).toHaveURL(/\/alerts$/);
});
