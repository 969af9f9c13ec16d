import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { signIn, storeIdOf, test } from './support';

/**
 * A POS store-day export as a chain's system writes it: GBK-encoded, its own headers, D.M.Y dates, decimal commas,
 * its own store number, a 营业 column that holds opening hours (not an open flag) and a column of notes.
 */
function posExport(storeNumber: string): { csv: Buffer; salesFen: number } {
  const rows = [
    ['28.02.2019', storeNumber, '"12.345,60"', '812', '08:00-22:00', '晴'],
    ['01.03.2019', storeNumber, '"9.876,05"', '640', '08:00-22:00', '多云'],
    ['02.03.2019', storeNumber, '"10.001,00"', '701', '08:00-21:00', '小雨'],
  ];
  const lines = [['营业日', '店号', '金额', '来客', '营业', '天气'].join(','), ...rows.map((r) => r.join(','))];
  return { csv: iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'), salesFen: 1_234_560 + 987_605 + 1_000_100 };
}

test.use({ viewport: { width: 1366, height: 900 } });

test('ops imports a GBK POS export: maps its columns and its store number in the page, then sees what was imported', async ({ page }) => {
  await signIn(page, 'ops');
  await page.goto('/targets/imports');
  // A store number of this run's own, so the test can be repeated against the same database.
  const storeNumber = String(90_000 + Math.floor(Math.random() * 9_000));
  const { csv, salesFen } = posExport(storeNumber);

  await page.getByTestId('import-file').setInputFiles({ name: '门店日销售.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByTestId('import-submit').click();

  // 营业日, 金额 and 来客 are not headers the server knows: the mapping step asks, showing what each column holds.
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('import-step-reading')).toHaveAttribute('data-state', 'failed');
  const dateSelect = mapping.getByTestId('mapping-field-date');
  await expect(dateSelect.locator('option', { hasText: '营业日' })).toHaveText('营业日 · 日期如 31.07.2015');
  await expect(mapping.getByTestId('mapping-field-sales').locator('option', { hasText: '金额' })).toHaveText(/1\.234,56/);
  // 店号 is known, and 营业 looks like the open flag by its name: both come pre-selected.
  await expect(mapping.getByTestId('mapping-field-store_code')).toHaveValue('2');
  await expect(mapping.getByTestId('mapping-field-open')).toHaveValue('5');

  await dateSelect.selectOption({ label: '营业日 · 日期如 31.07.2015' });
  await mapping.getByTestId('mapping-field-sales').selectOption('3');
  await mapping.getByTestId('mapping-field-transactions').selectOption('4');
  // This 营业 column holds opening hours: the file has no open flag.
  await mapping.getByTestId('mapping-field-open').selectOption({ label: '文件中没有此项' });
  const ignored = mapping.getByTestId('mapping-ignored');
  await expect(ignored).toContainText('营业');
  await expect(ignored).toContainText('天气');
  await expect(ignored).toContainText('忽略此列');
  // How dates and amounts will be read, as the chosen columns show them.
  await expect(mapping.getByTestId('mapping-date-order').locator('option').first()).toHaveText('自动：日.月.年 · 31.07.2015');
  await expect(mapping.getByTestId('mapping-decimal').locator('option').first()).toHaveText('自动：小数点“,” · 1.234,56');
  await mapping.getByTestId('mapping-submit').click();

  // The store number is no store's code: it is listed once, with its count and first lines, to be mapped here.
  const stores = page.getByTestId('import-unknown-stores');
  await expect(stores).toBeVisible();
  await expect(mapping).toHaveCount(0);
  await expect(stores.getByTestId('unknown-store-row')).toHaveCount(1);
  await expect(stores.getByTestId('unknown-store-value')).toHaveText(storeNumber);
  await expect(stores.getByTestId('unknown-store-row')).toContainText('出现 3 次，首次在第 2、3、4 行');
  await expect(stores.getByTestId('unknown-stores-submit')).toBeDisabled();
  // The picker asks the server as the clerk types; it never holds the whole chain.
  const search = page.waitForRequest(
    (r) => r.url().includes('/api/stores?') && r.url().includes('q=BJ001') && r.url().includes('pageSize=20'),
  );
  await stores.getByTestId(`unknown-store-picker-${storeNumber}`).fill('BJ001');
  await search;
  await page.getByRole('option', { name: /BJ001/ }).click();
  await expect(stores.getByTestId(`unknown-store-picker-${storeNumber}`)).toHaveValue(/^BJ001 /);
  await stores.getByTestId('unknown-stores-submit').click();

  await expect(page.getByTestId('import-status')).toHaveText('导入成功');
  await expect(page.getByTestId('import-inserted')).toHaveText('3');
  await expect(page.getByTestId('import-steps').locator('[data-state="done"]')).toHaveCount(4);
  const notes = page.getByTestId('import-notes');
  await expect(notes).toContainText('按门店日数据导入');
  await expect(notes).toContainText('日期按 31.07.2015 读取');
  await expect(notes).toContainText('金额按 1.234,56 读取');
  await expect(page.getByTestId('import-unused')).toHaveText(/营业、天气/);

  // The file's sums arrived exact to the 分, and the number is now BJ001's external code.
  const id = await storeIdOf(page, 'BJ001');
  const sales = (await (await page.request.get(`/api/kpis?metric=sales&from=2019-02-01&to=2019-03-31&storeId=${id}`)).json()) as {
    rows: Array<{ value: number | null }>;
  };
  expect(sales.rows[0].value).toBe(salesFen);
  const store = (await (await page.request.get(`/api/stores/${id}`)).json()) as { externalCodes: string[] };
  expect(store.externalCodes).toContain(storeNumber);
});

test('a bad file shows its problems grouped by column and kind, in the interface language, with all of them to download', async ({
  page,
}) => {
  await signIn(page, 'ops');
  await page.goto('/targets/imports');
  const lines = ['日期,门店编码,品类编码,销售额,成本,损耗'];
  for (let d = 1; d <= 28; d++) lines.push(`2030-02-${String(d).padStart(2, '0')},BJ001,FR,abc,80.00,1`);
  lines.push('2030-13-01,BJ001,FR,100.00,80.00,1');
  await page.getByTestId('import-file').setInputFiles({
    name: '坏数据.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
  });
  await page.getByTestId('import-submit').click();

  await expect(page.getByTestId('import-status')).toHaveText('导入失败');
  await expect(page.getByTestId('import-error-count')).toHaveText('共 29 个问题，文件未导入');
  // One line per (column, problem) with its count — not 28 identical lines.
  const groups = page.getByTestId('import-problem-group');
  await expect(groups).toHaveCount(2);
  const first = groups.first();
  await expect(first.getByTestId('group-column')).toHaveText('销售额');
  await expect(first.getByTestId('group-problem')).toHaveText('不是数字');
  await expect(first.getByTestId('group-count')).toHaveText('28');
  await expect(first.getByTestId('group-lines')).toHaveText('2、3、4、5、6…');
  await expect(first).toContainText('“abc”不是数字');
  await expect(groups.nth(1).getByTestId('group-column')).toHaveText('日期');
  await expect(groups.nth(1).getByTestId('group-count')).toHaveText('1');

  // Every problem as an XLSX: 行, 列, 值, 问题.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-problems-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^import-\d+-problems\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0];
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['行', '列', '值', '问题']);
  expect(sheet.actualRowCount).toBe(1 + 29);
  expect(sheet.getRow(2).getCell(3).value).toBe('abc');

  // The API words the problems in the interface language (the browser itself still asks for zh-CN).
  await page.getByTestId('lang-switch').click();
  await expect(first.getByTestId('group-problem')).toHaveText('not a number');
});
