import { expect } from '@playwright/test';
import { dialogOpen, newContext, signIn, test } from './support';

test('ops splits a year target, edits a cell with live totals, publishes; the director approves', async ({ page, browser }) => {
  await signIn(page, 'ops');
  await page.goto('/targets/decompositions');
  await page.getByTestId('decomp-create').click();
  await dialogOpen(page);
  await page.getByTestId('decomp-year').fill('2028');
  await page.getByTestId('decomp-total').fill('12000000.00');
  await page.getByTestId('decomp-create-submit').click();
  await expect(page).toHaveURL(/\/targets\/decompositions\/\d+$/);
  const id = Number(/decompositions\/(\d+)/.exec(page.url())?.[1]);

  const grid = page.getByTestId('decomp-grid');
  await expect(grid).toBeVisible();
  await expect(page.getByTestId('grid-grand-total')).toContainText('12,000,000.00');

  // Edit BJ001's January: the row and grand totals follow before saving.
  const api = (await (await page.request.get(`/api/target-decompositions/${id}`)).json()) as {
    cells: Array<{ storeId: number; month: number; value: number }>;
    stores: Array<{ storeId: number; storeCode: string }>;
    version: number;
  };
  const bj001 = api.stores.find((s) => s.storeCode === 'BJ001');
  expect(bj001).toBeTruthy();
  const storeId = bj001?.storeId ?? 0;
  const january = api.cells.find((c) => c.storeId === storeId && c.month === 1)?.value ?? 0;
  const cell = page.getByTestId(`cell-${storeId}-1`);
  await cell.fill(((january + 100_00) / 100).toFixed(2));
  await cell.press('Tab');
  await expect(page.getByTestId('grid-grand-total')).toContainText('12,000,100.00');
  await page.getByTestId('grid-save').click();
  await expect(page.getByTestId('grid-save')).toBeDisabled();
  const saved = (await (await page.request.get(`/api/target-decompositions/${id}`)).json()) as typeof api & { total: number };
  expect(saved.cells.find((c) => c.storeId === storeId && c.month === 1)?.value).toBe(january + 100_00);
  expect(saved.total).toBe(1_200_010_000);

  // The edit moved the stores' sum 100 元 off the company target: publishing asks how to settle it.
  await page.getByTestId('grid-publish').click();
  await expect(page.getByTestId('difference-text')).toContainText('¥12,000,100.00');
  await expect(page.getByTestId('difference-text')).toContainText('¥100.00');
  await page.getByTestId('difference-confirm').click();
  await expect(page.getByTestId('decomp-status')).toContainText('已发布');
  await expect(page.getByTestId('grid-grand-total')).toContainText('12,000,000.00');
  await expect(page.getByTestId('decomp-history')).toContainText('重新平衡');

  const directorContext = await newContext(browser);
  const director = await directorContext.newPage();
  await signIn(director, 'director');
  await director.goto(`/targets/decompositions/${id}`);
  await director.getByTestId('grid-approve').click();
  await director.getByTestId('confirm').click();
  await expect(director.getByTestId('decomp-status')).toContainText('已审批');
  await directorContext.close();
});

test('the director returns a published split with a comment; the ops manager sees it on the draft (Chinese UI)', async ({
  page,
  browser,
}) => {
  await signIn(page, 'ops');
  await page.goto('/targets/decompositions');
  await page.getByTestId('decomp-create').click();
  await dialogOpen(page);
  await page.getByTestId('decomp-year').fill('2029');
  await page.getByTestId('decomp-total').fill('5600000000');
  await expect(page.getByTestId('decomp-total-magnitude')).toHaveText('约 56.00 亿元');
  await page.getByTestId('decomp-create-submit').click();
  await expect(page).toHaveURL(/\/targets\/decompositions\/\d+$/);
  const id = Number(/decompositions\/(\d+)/.exec(page.url())?.[1]);
  await expect(page.getByTestId('grid-company-total')).toContainText('¥5,600,000,000.00');
  await page.getByTestId('grid-publish').click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('decomp-status')).toContainText('已发布');

  const directorContext = await newContext(browser);
  const director = await directorContext.newPage();
  await signIn(director, 'director');
  await director.goto('/targets/decompositions');
  await expect(director.getByTestId('decomp-awaiting')).toContainText('待审批');
  await director.goto(`/targets/decompositions/${id}`);
  await director.getByTestId('grid-return').click();
  await dialogOpen(director);
  // A comment is required.
  await director.getByTestId('reason-confirm').click();
  await expect(director.getByText('请填写退回意见')).toBeVisible();
  await director.getByTestId('reason-input').fill('华东区目标偏高，请下调后重新提交');
  await director.getByTestId('reason-confirm').click();
  await expect(director.getByTestId('decomp-status')).toContainText('草稿');
  await expect(director.getByTestId('grid-approve')).toHaveCount(0);
  await directorContext.close();

  await page.reload();
  await expect(page.getByTestId('decomp-status')).toContainText('草稿');
  await expect(page.getByTestId('decomp-return-comment')).toContainText('华东区目标偏高，请下调后重新提交');
  // The director is named as a person (营运总监 …), not by the login.
  await expect(page.getByTestId('decomp-return-comment')).toContainText('营运总监');
  await expect(page.getByTestId('decomp-return-comment')).not.toContainText('director');
  await expect(page.getByTestId('decomp-history')).toContainText('退回');
});
