import { expect, Page } from '@playwright/test';
import { CorrectiveActionResponse, InspectionTemplateResponse, ResultInput } from '@storeops/shared/contracts';
import { newContext, signIn, storeIdOf, test } from './support';

/** A real JPEG drawn by the browser. */
async function jpeg(page: Page, colour: string): Promise<Buffer> {
  const base64 = await page.evaluate((fill) => {
    const c = document.createElement('canvas');
    c.width = 80;
    c.height = 60;
    const g = c.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = fill;
    g.fillRect(0, 0, 80, 60);
    return c.toDataURL('image/jpeg', 0.8).split(',')[1];
  }, colour);
  return Buffer.from(base64, 'base64');
}

test("the 店长 sees on a 375 px phone the failed item, the inspector's note and photo of the action", async ({ browser }) => {
  test.setTimeout(90_000);
  // The specialist records a failure with a note and a photo (over the API, as the phone's sync would).
  const specialistContext = await newContext(browser);
  const specialist = await specialistContext.newPage();
  await signIn(specialist, 'specialist');
  const xsrf = (await specialistContext.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const upload = async (name: string, colour: string) => {
    const res = await specialist.request.post('/api/photos', {
      headers: { 'X-XSRF-TOKEN': xsrf },
      multipart: { file: { name, mimeType: 'image/jpeg', buffer: await jpeg(specialist, colour) } },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const bj001 = await storeIdOf(specialist, 'BJ001');
  const templates = (await (await specialist.request.get('/api/inspection-templates')).json()) as InspectionTemplateResponse[];
  const template = templates.find((x) => x.code === 'STD-FR') as InspectionTemplateResponse;
  const items = template.sections.flatMap((s) => s.items);
  const failing = items.find((i) => i.kind === 'pass_fail' && !i.critical) as (typeof items)[number];
  const note = '冷柜温度 9℃，高于标准';
  const results: ResultInput[] = [];
  for (const i of items) {
    if (i.id === failing.id) results.push({ itemId: i.id, result: 'fail', note, photoIds: [await upload('冷柜.jpg', '#36c')] });
    else results.push(i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' });
  }
  const created = await specialist.request.post('/api/inspections', {
    headers: { 'X-XSRF-TOKEN': xsrf, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      storeId: bj001,
      categoryId: template.categoryId,
      templateId: template.id,
      results,
      dutyPersonName: '王值班',
      signaturePhotoId: await upload('签名.jpg', '#fff'),
    },
  });
  expect(created.status()).toBe(201);
  const inspectionId = ((await created.json()) as { id: number }).id;

  // The 店长 on a phone: the card names the item (and its section), quotes the note, shows the photo as a thumbnail.
  const managerContext = await newContext(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const manager = await managerContext.newPage();
  await signIn(manager, 'manager');
  const mine = (await (await manager.request.get(`/api/corrective-actions?inspectionId=${inspectionId}`)).json()) as {
    items: CorrectiveActionResponse[];
  };
  expect(mine.items).toHaveLength(1);
  await manager.goto('/inspections/actions');
  const card = manager.getByTestId('ca-row').filter({ has: manager.getByTestId('ca-failure-note').getByText(note) });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('ca-item')).toHaveText(failing.title);
  await expect(card.getByTestId('ca-failure-note')).toContainText(`检查说明：${note}`);
  const thumb = card.getByTestId('ca-failure-photo');
  await expect(thumb).toHaveCount(1);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(manager.getByTestId('ca-counts')).toContainText('待整改');
  // Nothing wider than the phone.
  expect(await manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  if (process.env['E2E_SCREENSHOTS'])
    await manager.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/actions-manager-375.png`, fullPage: true });
  await specialistContext.close();
  await managerContext.close();
});

test('the specialist filters 待验收 and accepts several at once', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'specialist');
  await page.goto('/inspections/actions');
  await expect(page.getByTestId('ca-view-verify')).toHaveClass(/on/);
  await expect(page.getByTestId('ca-filters')).toBeVisible();
  await page.getByTestId('ca-filter-store').fill('BJ001');
  await page.getByTestId('ca-filter-store-option').filter({ hasText: 'BJ001' }).click();
  await expect(page.getByTestId('ca-row').first()).toBeVisible();
  for (const row of await page.getByTestId('ca-row').all()) await expect(row).toContainText('BJ001');
  const before = await page.getByTestId('ca-row').count();
  const picks = page.getByTestId('ca-select');
  const n = Math.min(2, await picks.count());
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await picks.nth(i).locator('input').check();
  await page.getByTestId('ca-bulk-accept').click();
  await expect(page.getByTestId('ca-row')).toHaveCount(before - n);
  if (process.env['E2E_SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/actions-verify-1366.png`, fullPage: true });
});
