import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { bound, openFilters, visibleData, visibleRows } from './catalog-helpers';

const numbers = (rows: { s: Record<string, number | string> }[], key: string) => rows.map((r) => r.s[key]).filter((v): v is number => typeof v === 'number');

test.describe('the /models/ catalog', () => {
  test('sorts cheapest first on the first click, reverses on the second, unknown prices last', async ({ page }) => {
    await page.goto('/models/');
    await page.getByRole('button', { name: /^Input \$\/1M/ }).click();
    await expect(page).toHaveURL(/sort=inputPrice&dir=asc/);
    const asc = await visibleData(page);
    const prices = numbers(asc, 'inputPrice');
    expect(prices.length).toBeGreaterThan(50);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(asc.slice(0, prices.length).every((r) => typeof r.s.inputPrice === 'number')).toBe(true);
    await page.getByRole('button', { name: /^Input \$\/1M/ }).click();
    await expect(page).toHaveURL(/sort=inputPrice&dir=desc/);
    const desc = numbers(await visibleData(page), 'inputPrice');
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  test('filters by maker and minimum context, keeps it in the URL and after reload', async ({ page }) => {
    await page.goto('/models/');
    const total = await visibleRows(page).count();
    await openFilters(page);
    await page.getByRole('checkbox', { name: 'OpenAI', exact: true }).check();
    await bound(page, /^Context/, 'at least').fill('200000');
    await expect(page).toHaveURL(/maker=openai/);
    await expect(page).toHaveURL(/min\.contextWindow=200000/);
    const rows = await visibleData(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(total);
    expect(new Set(rows.map((r) => r.id.split('/')[0]))).toEqual(new Set(['openai']));
    expect(rows.every((r) => (r.v.contextWindow as number) >= 200000)).toBe(true);
    await expect(page.locator('[data-count]')).toHaveText(String(rows.length));

    await page.reload();
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: 'OpenAI', exact: true })).toBeChecked();
    await expect(bound(page, /^Context/, 'at least')).toHaveValue('200000');
    expect((await visibleData(page)).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(visibleRows(page)).toHaveCount(total);
  });

  test('holds models whose filtered fact is unknown apart, and shows them on request', async ({ page }) => {
    await page.goto('/models/?min.maxOutput=8000');
    const shown = await visibleRows(page).count();
    await expect(page.locator('[data-filter-status]')).toContainText(/more whose filtered facts are unknown are hidden/);
    await openFilters(page);
    await page.getByRole('checkbox', { name: /Also show models whose filtered facts are unknown/ }).check();
    await expect(page).toHaveURL(/unknown=include/);
    expect(await visibleRows(page).count()).toBeGreaterThan(shown);
  });

  test('filters open-weight models under a price cap, also from the first catalog\'s addresses', async ({ page }) => {
    for (const url of ['/models/?openWeights=yes&max.inputPrice=1', '/models/?open=yes&maxPrice=1']) {
      await page.goto(url);
      const rows = await visibleData(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.v.openWeights === true && (r.v.inputPrice as number) <= 1)).toBe(true);
    }
  });

  test('adds a chosen column, kept in the URL', async ({ page }) => {
    await page.goto('/models/?cols=maxOutput,score.terminal-bench');
    await expect(page.locator('#catalog-table thead th[data-col="score.terminal-bench"]')).toBeVisible();
    const texts = await page.locator('#catalog-table tbody tr:not([hidden])').first().locator('td').allTextContents();
    expect(texts.length).toBeGreaterThan(12);
  });

  for (const width of [390, 1366]) {
    test(`keeps the model name in view when the table scrolls to its far right (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/models/?cols=maxOutput,knowledgeCutoff,license,score.terminal-bench,score.livecodebench');
      const box = page.locator('#catalog-table').locator('xpath=..');
      await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const name = page.locator('#catalog-table tbody tr:not([hidden])').first().locator('th a');
      const [n, b] = await Promise.all([name.boundingBox(), box.boundingBox()]);
      expect(n!.x).toBeGreaterThanOrEqual(b!.x - 1);
      expect(n!.x + 10).toBeLessThan(b!.x + b!.width);
      await expect(name).toBeVisible();
      // The header stays in place while the table scrolls down in its box.
      await box.evaluate((el) => (el.scrollTop = 400));
      const head = page.locator('#catalog-table thead th').first();
      const [h, b2] = await Promise.all([head.boundingBox(), box.boundingBox()]);
      expect(Math.abs(h!.y - b2!.y)).toBeLessThan(4);
    });
  }

  test('passes an axe scan with filters applied and the column chooser open', async ({ page }) => {
    // The plain catalog is scanned in both themes by templates.spec.ts; this covers its states.
    await page.goto('/models/?min.contextWindow=128000');
    await page.locator('details:has(> summary:text-matches("Columns"))').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('folds the filters behind one button so the first model is in the first screen', async ({ page }) => {
    await page.goto('/models/');
    await expect(page.locator('#filters-panel')).not.toHaveAttribute('open', '');
    const first = visibleRows(page).first().locator('th a');
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the full table sorted by release date, newest first', async ({ page }) => {
    await page.goto('/models/');
    await expect(page.locator('#catalog-filters')).toBeHidden();
    const released = await page.locator('#catalog-table tbody tr').evaluateAll((rows) => {
      const data = JSON.parse(document.getElementById('catalog-data')!.textContent!);
      return rows.map((r) => data[(r as HTMLElement).dataset.id!].s.released).filter((v) => typeof v === 'number');
    });
    expect(released.length).toBeGreaterThan(10);
    expect(released).toEqual([...released].sort((a, b) => b - a));
    const count = await page.locator('#catalog-table tbody tr').count();
    await expect(page.locator('[data-count]')).toHaveText(String(count));
  });
});
