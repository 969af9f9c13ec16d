import { expect } from '@playwright/test';
import { signIn, test } from './support';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

for (const username of ['specialist', 'manager']) {
  test(`${username} works on a 375 px phone: nothing wider than the screen, navigation in a drawer`, async ({ page }) => {
    await signIn(page, username);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('nav-toggle').click();
    await expect(page.getByTestId('nav-inspections')).toBeVisible();
  });
}
