import { expect } from '@playwright/test';
import { dialogOpen, signIn, test } from './support';

/**
 * 考评方案: the ops manager makes the next version of the scheme in force (weights must sum to 100 before it can be
 * saved), and the director approves it, which puts it in force. Same components as v1, so later rankings agree.
 */
test('ops drafts a new scheme version, weights must sum to 100; the director approves it into force', async ({ page }) => {
  await signIn(page, 'ops');
  await page.goto('/rankings/schemes');
  const inForce = page.getByTestId('scheme-card').filter({ has: page.getByTestId('scheme-in-force') });
  await expect(inForce).toHaveCount(1);
  const name = (await inForce.locator('h2').innerText()).replace(/\s*v\d+$/, '').trim();
  const version = Number(/v(\d+)/.exec(await inForce.locator('h2').innerText())?.[1]);

  await inForce.getByTestId('scheme-new-version').click();
  await dialogOpen(page);
  const weight = page.getByTestId('scheme-weight-0');
  const original = await weight.inputValue();
  await weight.fill(String(Number(original) + 5));
  await expect(page.getByTestId('scheme-weight-error')).toBeVisible();
  await expect(page.getByTestId('scheme-weight-sum')).toContainText('105');
  await page.getByTestId('scheme-save').click();
  await expect(page.locator('mat-dialog-container')).toBeVisible();
  await weight.fill(original);
  await expect(page.getByTestId('scheme-weight-error')).toHaveCount(0);
  await page.getByTestId('scheme-save').click();
  await expect(page.locator('mat-dialog-container')).toHaveCount(0);
  const draft = page.getByTestId('scheme-card').filter({ hasText: `v${version + 1}` });
  await expect(draft).toBeVisible();
  await expect(draft.getByTestId('scheme-approve')).toHaveCount(0);

  await page.getByTestId('logout').click();
  await signIn(page, 'director');
  await page.goto('/rankings/schemes');
  await page
    .getByTestId('scheme-card')
    .filter({ hasText: `v${version + 1}` })
    .getByTestId('scheme-approve')
    .click();
  const now = page.getByTestId('scheme-card').filter({ has: page.getByTestId('scheme-in-force') });
  await expect(now).toContainText(`v${version + 1}`);
  await expect(now).toContainText(name);

  // The ranking names the scheme version it used.
  await page.goto('/rankings');
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  await expect(page.locator('body')).toContainText(`${name} v${version + 1}`);
});
