import { expect } from '@playwright/test';
import { AlertCountResponse, AlertItem, Page } from '@storeops/shared/contracts';
import { newContext, signIn, test } from './support';

/** What the page under each kind's 去处理 is called, and the path it lives at (the specialist's kinds). */
const LANDING: Partial<Record<AlertItem['kind'], { path: RegExp; heading: string }>> = {
  corrective_action: { path: /^\/inspections\/actions\?view=verify/, heading: '整改跟进' },
  inspection_plan: { path: /^\/inspections\/new\?storeId=\d+/, heading: '新建检查' },
};

test('a specialist’s badge counts what the API counts; 提醒中心 lists it and 去处理 opens the page where it is done', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'specialist');

  // The badge says what /api/alerts/count says, with the same session.
  const count = (await (await page.request.get('/api/alerts/count')).json()) as AlertCountResponse;
  expect(count.total).toBeGreaterThan(0);
  const badge = page.getByTestId('alert-badge');
  await expect(badge).toHaveText(count.total > 99 ? '99+' : String(count.total));
  await expect(badge).toHaveClass(count.overdue > 0 ? /\blate\b/ : /^(?!.*\blate\b)/);

  // From the nav: 我的待办, in the order the API gives.
  await page.getByTestId('nav-alerts').click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(page.getByTestId('page-title')).toHaveText('提醒中心');
  const mine = (await (await page.request.get('/api/alerts?mine=true&page=1&pageSize=50')).json()) as Page<AlertItem>;
  expect(mine.items.length).toBeGreaterThan(0);
  const rows = page.getByTestId('alert-row');
  await expect(rows).toHaveCount(mine.items.length);
  const first = mine.items[0];
  const row = rows.first();
  await expect(row.getByTestId('alert-title')).toHaveText(first.title);
  await expect(row).toHaveAttribute('data-kind', first.kind);
  await expect(row.getByTestId('alert-part')).toBeVisible();
  if (process.env['E2E_SCREENSHOTS']) await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/alerts-1366.png`, fullPage: true });

  // 去处理 goes where the specialist acts on it.
  const landing = LANDING[first.kind];
  expect(landing, `a specialist's alert of kind ${first.kind}`).toBeDefined();
  await row.getByTestId('alert-go').click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toMatch(landing?.path ?? /never/);
  await expect(page.getByTestId('page-title')).toHaveText(landing?.heading ?? '');
  if (first.kind === 'inspection_plan') await expect(page.getByTestId('capture-store-picked')).toContainText(first.title);
  if (first.kind === 'corrective_action') await expect(page.getByTestId('ca-view-verify')).toHaveClass(/\bon\b/);

  // On a 375 px phone the list is cards, nothing is wider than the screen, and the bell carries the count.
  const phoneContext = await newContext(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await signIn(phone, 'specialist');
  await expect(phone.getByTestId('alert-badge')).toHaveText(count.total > 99 ? '99+' : String(count.total));
  await phone.getByTestId('alert-bell').click();
  await expect(phone.getByTestId('alert-row').first()).toBeVisible();
  await expect(phone.locator('.alerts thead')).toBeHidden();
  const go = await phone.getByTestId('alert-go').first().boundingBox();
  expect(go?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  if (process.env['E2E_SCREENSHOTS']) await phone.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/alerts-375.png`, fullPage: true });
  await phoneContext.close();
});
