import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const datesOf = (page: Page, table: string) => page.locator(`${table} tbody td[data-cell="date"] time`).evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));

test.describe('lifecycle calendar', () => {
  for (const width of [390, 1366]) {
    test(`at ${width} px lists upcoming shutdowns with their source, replacement and price difference`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/lifecycle/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deprecations and shutdowns');
      // The first upcoming shutdown: a linked model, a dated source link, a replacement or "unknown".
      const upcoming = page.locator('#lifecycle-upcoming tbody tr[data-kind="retired"]').first();
      await upcoming.scrollIntoViewIfNeeded();
      await expect(upcoming.locator('th a')).toBeVisible();
      await expect(upcoming.locator('th a')).toHaveAttribute('href', /^\/models\/[^/]+\/[^/]+\/$/);
      await expect(upcoming.locator('td[data-cell="date"] time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      const source = upcoming.locator('td[data-cell="date"] a.src');
      await expect(source).toHaveAttribute('href', /^https?:\/\//);
      await expect(source).not.toHaveText('');
      const replacement = upcoming.locator('td[data-cell="replacement"]');
      await expect(replacement).toBeVisible();
      if ((await replacement.locator('a').count()) === 0) await expect(replacement).toHaveText('unknown');
      else await expect(replacement.locator('a')).toHaveAttribute('href', /^\/models\//);
      // GPT-4o mini's shutdown (14 Jan 2027) quotes what it applies to and links its successor's price change.
      const row = page.locator('tr[data-model="openai/gpt-4o-mini"][data-kind="retired"]');
      await expect(row).toHaveCount(1);
      await expect(row.locator('td[data-cell="date"] time')).toHaveAttribute('datetime', '2027-01-14');
      await expect(row.locator('td', { hasText: 'the gpt-4o-mini-2024-07-18 snapshot on the OpenAI API' })).toHaveCount(1);
      await expect(row.locator('td[data-cell="replacement"] a')).toHaveAttribute('href', /^\/models\/openai\/[^/]+\/$/);
      await expect(row.locator('td[data-cell="price-difference"]')).toContainText(/Input [+−±]\$\d/);
      // Every replacement cell says something: a model or "unknown", never a blank.
      const cells = await page.locator('td[data-cell="replacement"]').allTextContents();
      expect(cells.every((c) => c.trim().length > 0)).toBe(true);
      // The model name stays in view while the table scrolls sideways.
      expect(await upcoming.locator('th').evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
    });
  }

  test('orders upcoming events soonest first and past events newest first, all upcoming after all past', async ({ page }) => {
    await page.goto('/lifecycle/');
    const upcoming = await datesOf(page, '#lifecycle-upcoming');
    const past = await datesOf(page, '#lifecycle-past');
    expect(upcoming).toEqual([...upcoming].sort());
    expect(past).toEqual([...past].sort().reverse());
    expect(upcoming[0] > past[0]).toBe(true);
  });

  test('links calendars that answer with iCalendar text, one per maker, and the Atom feed', async ({ page }) => {
    await page.goto('/lifecycle/');
    const all = await page.locator('a[data-ics="all"]').getAttribute('href');
    const response = await page.request.get(all!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('UID:retired.openai.gpt-4o-mini@model-atlas\r\n');
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

    await page.getByText(/Calendar per maker/).click();
    const openai = page.locator('a[data-ics="openai"]');
    await expect(openai).toBeVisible();
    const makerText = await (await page.request.get((await openai.getAttribute('href'))!)).text();
    expect(makerText).toContain('BEGIN:VCALENDAR');
    expect(makerText).toContain('UID:retired.openai.gpt-4o-mini@model-atlas');
    expect(makerText).not.toMatch(/UID:retired\.(?!openai\.)/);

    const feedHref = await page.locator('a[data-feed]').getAttribute('href');
    await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${feedHref}"]`)).toHaveCount(1);
    const feed = await (await page.request.get(feedHref!)).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('/models/openai/gpt-4o-mini/#retired</id>');
  });

  test('works with JavaScript disabled', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/lifecycle/');
    await expect(page.locator('#lifecycle-upcoming tbody tr').first()).toBeVisible();
    await page.getByText(/Calendar per maker/).click();
    await expect(page.locator('a[data-ics="openai"]')).toBeVisible();
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${scheme} theme`, async ({ page }) => {
      // About 190 rows with several links each: give the scan room on a busy machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/lifecycle/');
      await expectNoAxeViolations(page);
    });
  }
});
