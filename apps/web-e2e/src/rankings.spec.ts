import { expect, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { newContext, signIn, storeIdOf, test } from './support';

interface ShownRow {
  rank: string;
  code: string;
  composite: string;
}

/** The first rows of the ranking as the page shows them (rank, store code, composite). */
async function shownRows(page: Page, count: number): Promise<ShownRow[]> {
  const rows = page.getByTestId('ranking-row');
  await expect(rows.first()).toBeVisible();
  const result: ShownRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    result.push({
      rank: (await row.getByTestId('cell-rank').innerText()).trim(),
      code: (await row.getByTestId('cell-code').innerText()).trim(),
      composite: (await row.getByTestId('cell-composite').innerText()).trim(),
    });
  }
  return result;
}

const selectedMonth = (period: string) => Number(period.slice(5, 7));

test('director: 营运总览 → rankings, change the period, explain a store, export the XLSX the page shows', async ({ page }) => {
  await signIn(page, 'director');

  // Lands on 营运总览 with real figures on the cards.
  await expect(page).toHaveURL(/\/dashboard/);
  const salesCard = page.getByTestId('dash-card-sales-mtd');
  await expect(salesCard.getByTestId('card-actual')).toHaveText(/¥\d/);
  await expect(salesCard.getByTestId('card-achievement')).toHaveText(/^\d[\d.,]*%$/);
  await expect(page.getByTestId('dash-card-margin-ytd').getByTestId('card-pace')).toHaveText(/^\d[\d.,]*%$/);

  // The top-10 tile drills down into the full ranking of the same month.
  await page.getByTestId('dash-top-all').click();
  await expect(page).toHaveURL(/\/rankings\?.*period=\d{4}-\d{2}/);
  const table = page.getByTestId('ranking-table');
  await expect(table).toBeVisible();
  const firstPeriod = (await table.getAttribute('data-period')) ?? '';
  const before = await shownRows(page, 5);
  expect(before[0].rank).toBe('1');

  // Another month: the URL carries it and the table shows that month's ranking.
  const otherMonth = selectedMonth(firstPeriod) === 1 ? 2 : selectedMonth(firstPeriod) - 1;
  const otherPeriod = `${firstPeriod.slice(0, 4)}-${String(otherMonth).padStart(2, '0')}`;
  await page.getByTestId('ranking-part').selectOption(String(otherMonth));
  await expect(page).toHaveURL(new RegExp(`period=${otherPeriod}`));
  await expect(table).toHaveAttribute('data-period', otherPeriod);
  await expect(page.getByTestId('ranking-period')).toHaveText(otherPeriod);
  const after = await shownRows(page, 5);
  expect(after).not.toEqual(before);

  // A row opens the store's explanation: waterfall and the figures behind each component.
  await page.getByTestId('ranking-row').first().click();
  await expect(page).toHaveURL(/store=\d+/);
  const panel = page.getByTestId('ranking-explanation');
  await expect(panel.getByTestId('explanation-title')).toContainText(after[0].code);
  await expect(panel.getByTestId('waterfall-chart').locator('canvas')).toBeVisible();
  await expect(panel.getByTestId('component-figures')).toBeVisible();
  await expect(panel.getByTestId('figure-sales')).toContainText('¥');
  await expect(panel.getByTestId('explanation-components').locator('tbody tr').first()).toBeVisible();
  await expect(panel.getByTestId('rank-trend-chart').locator('canvas')).toBeVisible();
  await panel.getByTestId('explanation-close').click();
  await expect(panel).toHaveCount(0);

  // The export holds exactly the ranking on the page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ranking-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const col = (name: string) => {
    const index = headers.indexOf(name);
    expect(index, `column ${name} in ${headers.join(',')}`).toBeGreaterThan(0);
    return index;
  };
  const [rankCol, codeCol, compositeCol] = [col('名次'), col('门店编码'), col('综合得分')];
  const exported: ShownRow[] = [];
  for (let r = 2; r < 2 + after.length; r++) {
    const row = sheet.getRow(r);
    exported.push({
      rank: String(row.getCell(rankCol).value),
      code: String(row.getCell(codeCol).value),
      composite: new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        Number(row.getCell(compositeCol).value),
      ),
    });
  }
  expect(exported).toEqual(after);
});

test("store manager: their own store's profile shows its scorecard; SH001's profile is forbidden", async ({ page, browser }) => {
  // SH001's id as an admin sees it: the manager cannot even look it up.
  const adminContext = await newContext(browser);
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, 'admin');
  const other = await storeIdOf(adminPage, 'SH001');
  await adminContext.close();

  await signIn(page, 'manager');
  // No ranking in the manager's navigation, and the ranking itself is not theirs.
  await expect(page.getByTestId('nav-rankings')).toHaveCount(0);
  const own = await storeIdOf(page, 'BJ001');

  await page.goto(`/stores/${own}/profile`);
  await expect(page.getByTestId('profile-name')).toContainText('BJ001');
  const scorecard = page.getByTestId('profile-scorecard');
  await expect(scorecard.getByTestId('profile-composite')).toHaveText(/^\d+\.\d$/);
  await expect(scorecard.getByTestId('profile-rank')).toHaveText(/^\d+$/);
  await expect(scorecard.getByTestId('profile-radar').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('profile-progress')).toBeVisible();
  // The ranking link is for the roles that have the ranking.
  await expect(page.getByRole('link', { name: '在排名中查看' })).toHaveCount(0);

  await page.goto(`/stores/${other}/profile`);
  await expect(page.getByTestId('state-forbidden')).toBeVisible();
  await expect(page.getByTestId('profile-scorecard')).toHaveCount(0);
  await expect(page.getByText('上海徐汇店')).toHaveCount(0);
});

test('director: the ranking opens on the last complete month; 季度 → 月 stays in data; columns show the raw value and the score apart', async ({
  page,
}) => {
  await signIn(page, 'director');
  await page.goto('/rankings');
  const table = page.getByTestId('ranking-table');
  // The fixed clock is 2026-11-18: the facts reach 11-17, so October is the last complete month.
  await expect(table).toHaveAttribute('data-period', '2026-10');
  await page.getByTestId('ranking-kind').selectOption('quarter');
  await expect(table).toHaveAttribute('data-period', '2026-Q4');
  await page.getByTestId('ranking-kind').selectOption('month');
  // Not December (no data yet): the latest month of the quarter that has facts.
  await expect(table).toHaveAttribute('data-period', '2026-11');
  await expect(page.getByTestId('cell-rank').first()).toHaveText('1');
  await page.getByTestId('ranking-kind').selectOption('year');
  await page.getByTestId('ranking-kind').selectOption('month');
  await expect(table).toHaveAttribute('data-period', '2026-11');

  const sales = page.getByTestId('head-sales');
  await expect(sales).toContainText('销售达成率');
  await expect(sales).toContainText('实际 %');
  await expect(sales).toContainText('得分');
  const first = page.getByTestId('ranking-row').first();
  await expect(first.getByTestId('cell-raw').first()).toHaveText(/^\d[\d,]*\.\d%$/);
  await expect(first.getByTestId('cell-score').first()).toHaveText(/^\d+\.\d$/);
});
