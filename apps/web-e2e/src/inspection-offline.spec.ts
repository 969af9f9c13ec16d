import { expect, Page } from '@playwright/test';
import { InspectionTemplateResponse, ResultInput, scoreInspection } from '@storeops/shared/contracts';
import { newContext, signIn, test } from './support';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** A real JPEG, drawn by the browser itself. */
async function jpeg(page: Page) {
  const base64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 80;
    c.height = 60;
    const g = c.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = '#c33';
    g.fillRect(0, 0, 80, 60);
    return c.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  return { name: '价签缺失.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

test('a specialist inspects BJ001 on a phone with no signal: the draft survives a reload, syncs once online, and failures reach the 店长', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'specialist');
  const photo = await jpeg(page);
  const storeId = ((await (await page.request.get('/api/stores?q=BJ001')).json()) as { items: Array<{ id: number }> }).items[0].id;
  const count = async () =>
    ((await (await page.request.get(`/api/inspections?storeId=${storeId}&pageSize=1`)).json()) as { total: number }).total;
  const before = await count();

  await page.goto('/inspections/new');
  await page.getByTestId('capture-store').fill('BJ001');
  const templateId = Number(await page.getByTestId('capture-template').inputValue());
  const template = (await (await page.request.get(`/api/inspection-templates/${templateId}`)).json()) as InspectionTemplateResponse;
  await page.getByTestId('capture-start').click();
  await expect(page).toHaveURL(/\/inspections\/drafts\//);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // No signal from here on: answer every item, failing the first non-critical pass/fail item with a photo.
  await context.setOffline(true);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  const items = template.sections.flatMap((s) => s.items);
  const failing = items.find((i) => i.kind === 'pass_fail' && !i.critical);
  expect(failing).toBeTruthy();
  const answers: ResultInput[] = [];
  for (const item of items) {
    const row = page.getByTestId(`item-${item.id}`);
    await row.scrollIntoViewIfNeeded();
    if (item.id === failing?.id) {
      await row.getByTestId('result-fail').click();
      await row.getByTestId('item-photo-input').setInputFiles(photo);
      await expect(row.getByTestId('item-photo-thumb')).toHaveCount(1);
      answers.push({ itemId: item.id, result: 'fail', photoIds: [1] });
    } else if (item.kind === 'pass_fail') {
      await row.getByTestId('result-pass').click();
      answers.push({ itemId: item.id, result: 'pass' });
    } else {
      const input = row.getByTestId('score-input');
      await input.fill(String(item.maxPoints));
      await input.dispatchEvent('change');
      answers.push({ itemId: item.id, result: 'score', points: item.maxPoints });
    }
  }
  const expected = scoreInspection(template, answers);
  await expect(page.getByTestId('live-score')).toContainText(expected.score?.toFixed(1) ?? '');

  // A reload with no network: the service worker serves the app, IndexedDB the draft and its photo.
  await page.reload();
  await expect(page.getByTestId(`item-${failing?.id}`).getByTestId('item-photo-thumb')).toHaveCount(1);
  await expect(page.getByTestId('live-score')).toContainText(expected.score?.toFixed(1) ?? '');

  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(box.x + 20 + k * 25, box.y + 30 + (k % 2) * 40);
  await page.mouse.up();
  await page.getByTestId('duty-name').fill('王值班');
  await page.getByTestId('duty-name').dispatchEvent('change');
  // The photo and the signature are still only on this device, and the page says so.
  await expect(page.getByTestId(`item-${failing?.id}`).getByTestId('photo-not-uploaded')).toBeVisible();
  await expect(page.getByTestId('photos-not-uploaded')).toBeVisible();
  await page.getByTestId('capture-submit').click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('submit-status')).toContainText('等待网络');
  expect(await count()).toBe(before);

  // Signal again: the draft syncs by itself, once.
  await context.setOffline(false);
  await expect(page.getByTestId('capture-done')).toBeVisible({ timeout: 45_000 });
  expect(await count()).toBe(before + 1);

  // The one just synced: the newest record (other tests may have added inspections dated later by the server's clock).
  const recent = (
    (await (await page.request.get(`/api/inspections?storeId=${storeId}&pageSize=50`)).json()) as { items: Array<{ id: number }> }
  ).items;
  const latest = recent.reduce((a, b) => (b.id > a.id ? b : a));
  const inspection = (await (await page.request.get(`/api/inspections/${latest.id}`)).json()) as {
    score: number;
    stars: number;
    results: Array<{ itemId: number; photoIds?: number[] }>;
  };
  expect(inspection.score).toBe(expected.score);
  expect(inspection.stars).toBe(expected.stars);
  const failedResult = inspection.results.find((r) => r.itemId === failing?.id);
  expect(failedResult?.photoIds).toHaveLength(1);
  const photoRes = await page.request.get(`/api/photos/${failedResult?.photoIds?.[0]}`);
  expect(photoRes.status()).toBe(200);
  expect(photoRes.headers()['content-type']).toMatch(/image\//);

  // The failed item is a corrective action on manager's list.
  const managerContext = await newContext(browser, { viewport: { width: 375, height: 740 } });
  const manager = await managerContext.newPage();
  await signIn(manager, 'manager');
  await manager.goto('/inspections/actions');
  await expect(
    manager
      .getByTestId('ca-row')
      .filter({ hasText: failing?.title ?? '' })
      .first(),
  ).toBeVisible();
  const actions = (await (await manager.request.get(`/api/corrective-actions?inspectionId=${latest.id}`)).json()) as {
    items: Array<{ itemId: number; status: string; storeId: number }>;
  };
  expect(actions.items.map((a) => [a.itemId, a.status, a.storeId])).toEqual([[failing?.id, 'open', storeId]]);
  await managerContext.close();
});
