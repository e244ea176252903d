// The change log: /changes/ lists real changes read from the repository's history, each model
// link leads to a page whose "History of this page" links back, and /changes.xml is Atom.
// (That a change made in a test commit shows up, field by field, is tested on a temporary
// repository in tests/unit/changes/history.test.ts.)
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectNoAxeViolations } from './helpers';

test.describe('change log', () => {
  for (const width of [390, 1366]) {
    test(`/changes/ shows a change made in a commit, linked to its model and back, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/changes/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to the data');
      await expect(page.locator('main')).not.toContainText('History unavailable');
      const entry = page.locator('.commit .model').filter({ has: page.locator('h4 a') }).first();
      await expect(entry.locator('li').first()).toBeVisible();
      await expect(entry.locator('xpath=ancestor::article//time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(entry.locator('xpath=ancestor::article//a[contains(@class, "hash")]').first()).toHaveText(/commit [0-9a-f]{7}/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      const link = entry.locator('h4 a');
      const name = (await link.textContent())!.trim();
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      const history = page.locator('section[aria-labelledby="history"]');
      await expect(history.getByRole('heading', { level: 2 })).toHaveText('History of this page');
      await page.goto(`${new URL(page.url()).pathname}#history`);
      const rows = history.locator('ol > li');
      expect(await rows.count()).toBeGreaterThan(0);
      await expect(rows.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Back to this model's newest entry in the change log, by page and anchor.
      await history.getByRole('link', { name: 'This model in the change log' }).click();
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(anchor).toMatch(/^c-[0-9a-f]{7}-/);
      await expect(page.locator(`[id="${anchor}"] h4`)).toContainText(name);
    });
  }

  test('the change log passes an axe scan in light and dark themes', async ({ page }) => {
    test.setTimeout(120_000); // a full page of changes is a long document for axe
    await page.goto('/changes/');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('/changes.xml is an Atom feed of the newest changes, linking into the change log', async ({ request }) => {
    const response = await request.get('/changes.xml');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed;
    expect(feed.title).toBe('Model Atlas: changes to the data');
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(new URL(e.link['@_href']).pathname).toMatch(/^\/changes\/(\d+\/)?$/);
    const first = await request.get(new URL(entries[0].link['@_href']).pathname);
    expect(first.ok()).toBe(true);
  });
});
