import { expect } from '@playwright/test';
import { signIn, test } from './support';

test('admin creates a store in 系统管理, finds it by search, and a duplicate code is refused under the field', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('store-row').first()).toBeVisible();
  // A code of this run's own, so the test can be repeated against the same database.
  const code = `WH${1000 + Math.floor(Math.random() * 9000)}`;
  const name = `武汉汉口${code}店`;

  await page.getByTestId('store-create').click();
  // The dialog moves focus to its first field when its opening animation ends: wait for that before typing.
  await expect(page.getByTestId('store-form-code')).toBeFocused();
  await page.getByTestId('store-form-code').fill(code);
  await page.getByTestId('store-form-name').fill(name);
  await page.getByTestId('store-form-region').click();
  await page.getByRole('option', { name: '华中' }).click();
  await page.getByTestId('store-form-format').click();
  await page.getByRole('option', { name: '超市' }).click();
  await page.getByTestId('store-form-area').fill('3200');
  await page.getByTestId('store-form-save').click();
  await expect(page.getByTestId('store-form-save')).toHaveCount(0);

  await page.getByTestId('store-search').fill(name);
  await expect(page.getByTestId('store-row')).toHaveCount(1);
  await expect(page.getByTestId('store-row')).toContainText(code);
  await expect(page.getByTestId('store-row')).toContainText('3,200');

  await page.getByTestId('store-create').click();
  // The dialog moves focus to its first field when its opening animation ends: wait for that before typing.
  await expect(page.getByTestId('store-form-code')).toBeFocused();
  await page.getByTestId('store-form-code').fill(code);
  await page.getByTestId('store-form-name').fill('重复编码店');
  await page.getByTestId('store-form-region').click();
  await page.getByRole('option', { name: '华中' }).click();
  await page.getByTestId('store-form-format').click();
  await page.getByRole('option', { name: '便利店' }).click();
  await page.getByTestId('store-form-area').fill('150');
  await page.getByTestId('store-form-save').click();
  await expect(page.getByText(`编码 ${code} 已被门店 ${code} 使用`)).toBeVisible();
});

test('a search with no match says so instead of showing an empty table', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/stores');
  await page.getByTestId('store-search').fill('不存在的门店');
  await expect(page.getByTestId('state-empty')).toBeVisible();
});
