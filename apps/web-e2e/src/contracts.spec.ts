import { Browser, expect, Page } from '@playwright/test';
import { e2eDay, newContext, signIn, test } from './support';

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

const day = e2eDay;

/** Picks the first option of a Material select or autocomplete. */
async function pickFirst(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option').first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('buyer drafts and submits, office returns with a comment, buyer edits and resubmits, office sees the diff, approves, signs and archives', async ({
  browser,
}) => {
  const title = `E2E 年度供货合同 ${process.env['E2E_RUN'] ?? Date.now()}`;

  // 采购 drafts a contract and submits it.
  const buyer = await as(browser, 'buyer');
  await buyer.goto('/suppliers/contracts');
  await buyer.getByTestId('contract-new').click();
  await expect(buyer.getByTestId('contract-form')).toBeVisible();
  await pickFirst(buyer, 'field-supplier');
  await buyer.getByTestId('field-title').fill(title);
  await buyer.getByTestId('field-start').fill(day(30));
  // An end before the start is refused on the page, in Chinese, before anything is sent.
  await buyer.getByTestId('field-end').fill(day(10));
  await buyer.getByTestId('field-title').click();
  await expect(buyer.getByTestId('field-end-error')).toHaveText('结束日期不能早于开始日期');
  await buyer.getByTestId('field-end').fill(day(394));
  await buyer.getByTestId('field-payment-days').fill('60');
  await buyer.getByTestId('field-rebate').fill('2.5');
  // 合同金额 in 元, shown back in 万 as it is typed.
  await buyer.getByTestId('field-amount').fill('3500000');
  await expect(buyer.getByTestId('amount-hint')).toContainText('350');
  await buyer.getByTestId('field-stores').click();
  await buyer.getByTestId('field-stores-option').first().click();
  await expect(buyer.getByTestId('field-stores-chip')).toHaveCount(1);
  await buyer.getByTestId('clause-text').first().fill('到货率');
  await buyer.getByTestId('clause-commitment').first().fill('≥ 95 %');
  await buyer.getByTestId('contract-save').click();
  await expect(buyer).toHaveURL(/\/suppliers\/contracts\/\d+$/);
  const url = new URL(buyer.url()).pathname;
  await expect(buyer.getByTestId('detail-status')).toHaveText('草稿');
  await expect(buyer.getByTestId('detail-amount')).toHaveText('¥3,500,000.00');
  // A file that is not a PDF or an image is refused, said in Chinese under the attachments.
  await buyer
    .getByTestId('attach-input')
    .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
  await expect(buyer.getByTestId('attach-error')).toContainText('仅支持 PDF、JPEG 或 PNG 文件');
  await buyer.getByTestId('action-submit').click();
  await expect(buyer.getByTestId('detail-status')).toHaveText('待审核');

  // 综合管理处 finds it on the home page's review queue and returns it with a comment.
  const office = await as(browser, 'office');
  await office.goto('/suppliers');
  await expect(office.getByTestId('home-review').getByText(title)).toBeVisible();
  await office.goto(url);
  await expect(office.getByTestId('action-return')).toBeDisabled();
  // Disabled, 退回 is an outline, not a solid red button.
  await expect(office.getByTestId('action-return')).toHaveClass(/warn-idle/);
  await office.getByTestId('transition-comment').fill('账期 60 天超过标准，请调整为 45 天');
  await office.getByTestId('action-return').click();
  await expect(office.getByTestId('detail-status')).toHaveText('退回');

  // The buyer edits the returned contract and resubmits: revision 2.
  await buyer.goto(url);
  await expect(buyer.getByTestId('detail-status')).toHaveText('退回');
  // The reason stands at the top of the contract and of the editor.
  await expect(buyer.getByTestId('return-reason')).toContainText('账期 60 天超过标准，请调整为 45 天');
  await buyer.getByTestId('contract-edit').click();
  await expect(buyer.getByTestId('return-reason')).toContainText('账期 60 天超过标准，请调整为 45 天');
  await expect(buyer.getByTestId('field-title')).toHaveValue(title);
  await buyer.getByTestId('field-payment-days').fill('45');
  await buyer.getByTestId('contract-save').click();
  await expect(buyer).toHaveURL(new RegExp(`${url}$`));
  await expect(buyer.getByTestId('detail-payment-days')).toHaveText('45');
  await buyer.getByTestId('transition-comment').fill('已按意见调整账期');
  await buyer.getByTestId('action-submit').click();
  await expect(buyer.getByTestId('detail-status')).toHaveText('待审核');
  await expect(buyer.getByTestId('detail-revision')).toHaveText('第 2 版');

  // The office sees what changed, ticks the checklist, approves, records the signing and archives.
  await office.goto(url);
  const diff = office.getByTestId('revision-diff');
  await expect(diff).toBeVisible();
  await expect(diff.getByTestId('diff-row')).toHaveCount(1);
  await expect(diff.getByTestId('diff-row')).toContainText('账期');
  await expect(diff.getByTestId('diff-row')).toContainText('60');
  await expect(diff.getByTestId('diff-row')).toContainText('45');
  await expect(office.getByTestId('action-approve')).toBeDisabled();
  for (const item of ['qualification', 'price', 'paymentDays', 'rebate', 'liability']) await office.getByTestId(`check-${item}`).click();
  // Overlapping contracts of the same supplier and kind (if the demo chain has any) are named and must be checked.
  if (await office.getByTestId('overlaps').isVisible()) await office.getByTestId('check-overlapsReviewed').click();
  await office.getByTestId('action-approve').click();
  await expect(office.getByTestId('detail-status')).toHaveText('审核通过');
  // 登记签订: date, signatory and the stamped scan are required; the scan is uploaded as an attachment first.
  await expect(office.getByTestId('signing-form')).toBeVisible();
  await office.getByTestId('sign-signatory').fill('张经理');
  await expect(office.getByTestId('action-sign')).toBeDisabled();
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('stamped scan')]);
  await office.getByTestId('attach-input').setInputFiles({ name: '盖章合同.png', mimeType: 'image/png', buffer: png });
  await expect(office.getByTestId('sign-scan')).toContainText('盖章合同.png');
  await office.getByTestId('action-sign').click();
  await expect(office.getByTestId('detail-status')).toHaveText('已签订');
  await expect(office.getByTestId('detail-signing')).toContainText('张经理');
  await expect(office.getByTestId('detail-signing')).toContainText('盖章扫描件');
  await office.getByTestId('action-archive').click();
  await expect(office.getByTestId('detail-status')).toHaveText('已归档');

  // The timeline shows every step with who did it and the return comment.
  const entries = office.getByTestId('timeline-entry');
  await expect(entries).toHaveCount(7);
  const actions = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(actions).toEqual(['create', 'submit', 'return', 'submit', 'approve', 'sign', 'archive']);
  await expect(entries.nth(2)).toContainText('账期 60 天超过标准');
  await expect(entries.nth(2)).toContainText('(office)');
  await expect(entries.nth(3)).toContainText('(buyer)');

  if (process.env['E2E_SCREENSHOTS']) {
    const dir = process.env['E2E_SCREENSHOTS'];
    await office.screenshot({ path: `${dir}/contract-detail-desktop.png`, fullPage: true });
    await office.setViewportSize({ width: 375, height: 812 });
    await office.screenshot({ path: `${dir}/contract-detail-375.png`, fullPage: true });
    await office.goto('/suppliers');
    await expect(office.getByTestId('home-renewals')).toBeVisible();
    await office.screenshot({ path: `${dir}/home-375.png`, fullPage: true });
    await office.setViewportSize({ width: 1280, height: 800 });
    await office.screenshot({ path: `${dir}/home-desktop.png`, fullPage: true });
    await office.goto('/suppliers/contracts');
    await expect(office.getByTestId('contract-row').first()).toBeVisible();
    await office.screenshot({ path: `${dir}/contracts-desktop.png`, fullPage: true });
    await office.goto('/suppliers/licences');
    await expect(office.getByTestId('licence-row').first()).toBeVisible();
    await office.screenshot({ path: `${dir}/licences-desktop.png` });
    await office.goto('/suppliers/ranking');
    await expect(office.getByTestId('ranking-row').first()).toBeVisible();
    await office.screenshot({ path: `${dir}/ranking-desktop.png` });
    await buyer.setViewportSize({ width: 375, height: 812 });
    await buyer.goto('/suppliers/contracts/new');
    await expect(buyer.getByTestId('contract-form')).toBeVisible();
    await buyer.screenshot({ path: `${dir}/editor-375.png`, fullPage: true });
  }
});

test('a store manager does not reach the suppliers area; the API answers 403', async ({ browser }) => {
  const manager = await as(browser, 'manager');
  await manager.goto('/suppliers/contracts');
  await expect(manager.getByTestId('contract-table')).toHaveCount(0);
  expect((await manager.request.get('/api/contracts')).status()).toBe(403);
});

test('a buyer edits a supplier on its page: name and a contact, shown at once; names, not logins, on the page', async ({ browser }) => {
  const buyer = await as(browser, 'buyer');
  await buyer.goto('/suppliers/directory');
  await buyer.getByTestId('supplier-search').fill('SUP040');
  await buyer.getByTestId('supplier-search').press('Enter');
  await expect(buyer.getByTestId('supplier-row')).toHaveCount(1);
  await buyer.getByTestId('supplier-row').getByRole('link').click();
  await expect(buyer.getByTestId('supplier-edit')).toBeVisible();
  const original = ((await buyer.getByTestId('page-title').textContent()) ?? '').replace(/^\S+ · /, '').trim();

  const rename = async (name: string, contact?: { name: string; phone: string }) => {
    await buyer.getByTestId('supplier-edit').click();
    await buyer.getByTestId('supplier-edit-name').fill(name);
    if (contact) {
      const rows = buyer.getByTestId('supplier-contact-row');
      const before = await rows.count();
      await buyer.getByTestId('supplier-contact-add').click();
      // The new row must be there before its inputs are filled, or `last()` still names the old one.
      await expect(rows).toHaveCount(before + 1);
      const row = rows.last();
      await row.locator('input').nth(0).fill(contact.name);
      await row.locator('input').nth(1).fill(contact.phone);
    }
    await buyer.getByTestId('supplier-edit-save').click();
    await expect(buyer.getByTestId('supplier-edit-save')).toHaveCount(0);
  };
  await rename('E2E 改名供应商', { name: '赵六', phone: '13700000000' });
  await expect(buyer.locator('so-page-header')).toContainText('E2E 改名供应商');
  await expect(buyer.getByTestId('supplier-contacts')).toContainText('赵六');
  // Who set the status is a person's name with the login, not the login alone.
  await expect(buyer.locator('.muted', { hasText: '决定' }).first()).toContainText(/\S+ \((buyer|office)\) 于/);
  await rename(original);
  await expect(buyer.locator('so-page-header')).not.toContainText('E2E 改名供应商');
});

test('the licence table fits 1366 px: every column, the scan actions included, without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'office');
  await page.goto('/suppliers/licences');
  await expect(page.getByTestId('licence-row').first()).toBeVisible();
  await expect(page.getByTestId('licence-renew').first()).toBeVisible();
  const [scrollWidth, clientWidth] = await page
    .locator('.table-scroll')
    .first()
    .evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expect(page.getByTestId('licence-renew').first()).toBeInViewport();
});
