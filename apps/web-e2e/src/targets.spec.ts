import { expect } from '@playwright/test';
import { signIn, test } from './support';

test('manager lands on 我的指标 and sees the MTD achievement the API reports', async ({ page }) => {
  await signIn(page, 'manager');
  await expect(page).toHaveURL(/\/targets/);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { storeId: number };
  const progress = (await (await page.request.get(`/api/stores/${me.storeId}/progress`)).json()) as {
    metrics: Array<{ metric: string; mtd: { achievement: number } }>;
  };
  const sales = progress.metrics.find((m) => m.metric === 'sales');
  expect(sales, 'the demo chain has approved sales targets').toBeTruthy();
  const expected = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    sales?.mtd.achievement ?? 0,
  );
  await expect(page.getByTestId('progress-card-sales-mtd').getByTestId('achievement')).toHaveText(expected);
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await expect(page.getByTestId('category-breakdown')).toContainText('生鲜');
});

test('an import with a bad row names its column, problem and line in the page, and changes nothing', async ({ page }) => {
  await signIn(page, 'ops');
  await page.goto('/targets/imports');
  const before = (await (await page.request.get('/api/kpis?metric=sales&period=2030-01')).json()) as { rows: Array<{ value: number }> };
  const csv = [
    '日期,门店编码,品类编码,销售额,成本,损耗',
    '2030-01-01,BJ001,FR,100.00,80.00,1',
    '2030-01-02,BJ001,FR,abc,80.00,1',
    '2030-01-03,BJ001,FR,100.00,80.00,1',
  ].join('\r\n');
  await page.getByTestId('import-file').setInputFiles({ name: '坏数据.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-submit').click();
  const groups = page.getByTestId('import-problem-group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first().getByTestId('group-column')).toHaveText('销售额');
  await expect(groups.first().getByTestId('group-problem')).toHaveText('不是数字');
  await expect(groups.first().getByTestId('group-count')).toHaveText('1');
  await expect(groups.first().getByTestId('group-lines')).toHaveText('3');
  await expect(groups.first()).toContainText('“abc”不是数字');
  const after = (await (await page.request.get('/api/kpis?metric=sales&period=2030-01')).json()) as { rows: Array<{ value: number }> };
  expect(after.rows).toEqual(before.rows);
});
