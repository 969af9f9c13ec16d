import { expect, Page } from '@playwright/test';
import { e2eDay, signIn, test } from './support';

/**
 * 营运会议: the office records meetings of one series through the pages; an open action carries over into the next
 * meeting of the series until it is done, and the minutes download as a Word file. Only the actions this test
 * creates are asserted on (the demo's meetings may sit in the same series).
 */

// The datetime field is read in the browser's zone: the office works in Beijing time.
test.use({ viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Shanghai' });

/** A title no earlier run or demo record has. */
const ACTION = `补齐生鲜区价签并复查-${process.env['E2E_RUN'] ?? Date.now()}`.slice(0, 40);

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** Opens 新建会议, picks 营运例会 (its agenda template fills the agenda) and two attendees, and sets the day. */
async function startMeeting(page: Page, heldAt: string): Promise<void> {
  await page.goto('/meetings/new');
  await page.getByTestId('meeting-series-select').click();
  await page.getByTestId('series-option-weekly_ops').click();
  await expect(page.getByTestId('agenda-row').first()).toBeVisible();
  await expect(page.getByTestId('agenda-title').first()).not.toHaveValue('');
  await page.getByTestId('meeting-held-at').fill(heldAt);
  await page.getByTestId('meeting-attendees').click();
  await page.getByTestId('attendee-option').nth(0).click();
  await page.getByTestId('attendee-option').nth(1).click();
  await page.keyboard.press('Escape');
}

async function save(page: Page): Promise<string> {
  await page.getByTestId('meeting-submit').click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByTestId('meeting-held')).toBeVisible();
  return new URL(page.url()).pathname;
}

test('an open action carries over to the next meeting of its series until it is done; the minutes download as a document', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'office');
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: number };

  // From the 综合管理 hub to the meetings page: the series, and 我的待办.
  await page.getByTestId('nav-office').click();
  await page.getByTestId('office-tile-meetings').click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByTestId('meeting-series').first()).toBeVisible();
  await expect(page.getByTestId('my-actions')).toBeVisible();

  // Meeting 1 (tomorrow 09:00) decides an action for the office itself, due in a week.
  await page.getByTestId('meeting-new').click();
  await startMeeting(page, `${e2eDay(1)}T09:00`);
  await page.getByTestId('meeting-minutes').fill('生鲜区价签缺失较多，需在一周内补齐。');
  await page.getByTestId('meeting-decisions').fill('价签问题纳入下周例会跟进\n各店晨会点检价签');
  await page.getByTestId('action-add').click();
  await page.getByTestId('action-title').fill(ACTION);
  await page.getByTestId('action-owner').click();
  await page.getByTestId(`owner-option-${me.id}`).click();
  await page.getByTestId('action-due').fill(e2eDay(8));
  const first = await save(page);
  const own = page.getByTestId('meeting-action').filter({ hasText: ACTION });
  await expect(own).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId('meeting-decisions-list').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('meeting-carried').getByTestId('carried-action').filter({ hasText: ACTION })).toHaveCount(0);

  // It is on the office's own to-do list.
  await page.goto('/meetings');
  await expect(page.getByTestId('my-action').filter({ hasText: ACTION })).toBeVisible();

  // Meeting 2 of the series (the day after): the form already shows the action as carried over, and so does the meeting.
  await startMeeting(page, `${e2eDay(2)}T09:00`);
  await expect(page.getByTestId('carry-item').filter({ hasText: ACTION })).toBeVisible();
  await save(page);
  const carried = page.getByTestId('meeting-carried').getByTestId('carried-action').filter({ hasText: ACTION });
  await expect(carried).toBeVisible();
  await expect(carried).toContainText('上次遗留');

  // 完成 on it there.
  await carried.getByTestId('action-complete').click();
  await expect(page.getByTestId('meeting-notice')).toContainText('已完成');
  await expect(carried).toHaveAttribute('data-status', 'done');
  await expect(carried.getByTestId('action-complete')).toHaveCount(0);

  // Meeting 3 of the series: the done action no longer carries over, in the form or in the meeting.
  await startMeeting(page, `${e2eDay(3)}T09:00`);
  await expect(page.getByTestId('carry-preview')).not.toContainText(ACTION);
  await save(page);
  await expect(page.getByTestId('meeting-carried')).toBeVisible();
  await expect(page.getByTestId('meeting-carried')).not.toContainText(ACTION);

  // And it has left 我的待办.
  await page.goto('/meetings');
  await expect(page.getByTestId('my-actions')).toBeVisible();
  await expect(page.getByTestId('my-action').filter({ hasText: ACTION })).toHaveCount(0);

  // The first meeting's minutes as a Word document.
  await page.goto(first);
  const download = page.waitForEvent('download');
  await page.getByTestId('meeting-export').click();
  expect((await download).suggestedFilename()).toMatch(/会议纪要\.docx$/);

  // On a 375 px phone nothing is wider than the screen: the list, the form and the meeting.
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ['/meetings', '/meetings/new', first]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('mat-progress-bar, mat-spinner, mat-progress-spinner')).toHaveCount(0);
    await noHorizontalOverflow(page);
    if (process.env['E2E_SCREENSHOTS'])
      await page.screenshot({ path: `${process.env['E2E_SCREENSHOTS']}/meetings${path.replace(/\//g, '-')}-375.png`, fullPage: true });
  }
});

test('a 店长 reads 我的待办 (their own actions, or that there are none) and is offered no 新建会议', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto('/meetings');
  await expect(page.getByTestId('my-action').or(page.getByTestId('my-actions-empty')).first()).toBeVisible();
  await expect(page.getByTestId('meeting-new')).toHaveCount(0);
  await expect(page.getByTestId('meeting-load-error')).toHaveCount(0);
  await page.goto('/meetings/new');
  await expect(page.getByTestId('meeting-not-allowed')).toBeVisible();
});
