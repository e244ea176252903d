// One page of every template: axe (WCAG 2.x A/AA) in both themes, no sideways scrolling on a
// phone, and keyboard access to every scrollable table.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, scrollThrough } from './helpers';
import { TEMPLATES } from './templates';


for (const [name, path] of Object.entries(TEMPLATES)) {
  test.describe(`${name} template`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violations in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await scrollThrough(page);
        // 'load' rather than 'networkidle': the catalog page sometimes never reported network
        // idle under Playwright on a busy machine, though no request was pending.
        await page.waitForLoadState('load');
        await expectNoAxeViolations(page);
      });
    }

    test('fits a phone screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  });
}

test('every table too wide for a phone can be scrolled with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/models/', '/models/openai/gpt-4o-mini/', '/benchmarks/gpqa/']) {
    await page.goto(path);
    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.table-scroll')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .filter((el) => el.tabIndex < 0 && !el.querySelector('a, button, input, select, [tabindex]'))
        .map((el) => el.querySelector('caption')?.textContent ?? el.className),
    );
    expect(unreachable, path).toEqual([]);
  }
});
