// What a reader finds first: the home page's first screen, a model's data, provider prices,
// empty benchmarks said plainly, and code examples highlighted without scripts or inline styles.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { GPT_4O_MINI } from './helpers';

/** Whether the element's top edge lies within the first screen (no scrolling). */
async function inFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 24) <= height;
}

test.describe('home page first screen', () => {
  for (const [width, height] of [[390, 844], [1366, 768]] as const) {
    test(`at ${width}×${height} shows the search box and a newest release with its price`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      const search = page.getByRole('search', { name: 'Search the catalog' }).getByRole('searchbox');
      await expect(search).toBeVisible();
      expect(await inFirstScreen(page, search)).toBe(true);
      const priced = page.locator('section[aria-labelledby="newest"] li').filter({ has: page.locator('[data-fact="inputPrice"] dd', { hasText: /\$\d/ }) }).first();
      await expect(priced).toBeVisible();
      expect(await inFirstScreen(page, priced.locator('[data-fact="inputPrice"] dd'))).toBe(true);
      // Each figure on a card names its source.
      await expect(priced.locator('[data-fact="inputPrice"] dd a.src')).toHaveAttribute('href', /^https?:\/\//);
    });
  }

  test('at 1366×768 the price-and-score table starts on the first screen too', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    expect(await inFirstScreen(page, page.locator('[data-price-score] tbody tr').first())).toBe(true);
  });

  test('every score in the price-and-score table links its source; missing prices read "unknown"', async ({ page }) => {
    await page.goto('/');
    const rows = page.locator('[data-price-score] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    for (const row of await rows.all()) {
      await expect(row.locator('td').nth(0).locator('a.src')).toHaveAttribute('href', /^https?:\/\//);
      await expect(row.locator('td').nth(1)).toHaveText(/\$\d|unknown|not disclosed/);
    }
    await expect(page.locator('section[aria-labelledby="newest"] li dd').filter({ hasText: /^$/ })).toHaveCount(0);
  });
});

test('a model page links its own JSON record, the API, the feed and the data page', async ({ page, request }) => {
  await page.goto(GPT_4O_MINI);
  const links = page.locator('aside[aria-labelledby="get-the-data"]');
  const json = links.getByRole('link', { name: 'GPT-4o mini as JSON' });
  const href = await json.getAttribute('href');
  expect(href).toBe('/api/models/openai/gpt-4o-mini.json');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toMatchObject({ id: 'openai/gpt-4o-mini', name: 'GPT-4o mini' });
  for (const [name, path] of [['JSON API', '/api/'], ['Feed of new models', '/feed.xml'], ['About the data', '/data/']]) {
    const link = links.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', path);
    expect((await request.get(path)).ok(), path).toBe(true);
  }
});

test('a provider page gives each model its current price and context window', async ({ page }) => {
  await page.goto('/providers/openai/');
  const table = page.locator('table[data-provider-models]');
  await expect(table.locator('thead th')).toContainText(['Model', 'Input $/1M', 'Output $/1M', 'Context', 'Released', 'Status']);
  const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'GPT-4o mini', exact: true }) });
  await expect(row.locator('td[data-fact="inputPrice"]')).toContainText('$0.15');
  await expect(row.locator('td[data-fact="outputPrice"]')).toContainText('$0.60');
  await expect(row.locator('td[data-fact="contextWindow"]')).toContainText('128K');
  await expect(row.locator('td[data-fact="inputPrice"] a.src').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('a benchmark without results says so, and the index never counts "0 results"', async ({ page }) => {
  await page.goto('/benchmarks/');
  await expect(page.locator('main')).not.toContainText(/(^|\D)0 results/);
  const empty = page.locator('main li').filter({ hasText: 'no results yet' }).first();
  await expect(empty).toBeVisible();
  await empty.getByRole('link').first().click();
  await expect(page.locator('[data-no-results]')).toContainText('No results recorded yet');
  await expect(page.locator('table[data-leaderboard]')).toHaveCount(0);
});

test('code examples are highlighted at build time with classes, not scripts or inline styles', async ({ page }) => {
  await page.goto(GPT_4O_MINI);
  const python = page.locator('pre code[data-language="python"]');
  await expect(python.locator('span.tok-keyword', { hasText: 'import' })).toHaveCount(1);
  await expect(python.locator('span.tok-string').first()).toBeVisible();
  await expect(page.locator('pre code[data-language="bash"] span.tok-variable')).toHaveText('$OPENAI_API_KEY');
  expect(await page.locator('pre [style]').count()).toBe(0);
  // The colours differ between the themes and from the plain text.
  const colour = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colour('pre span.tok-keyword');
  expect(light).not.toBe(await colour('pre code'));
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colour('pre span.tok-keyword')).not.toBe(light);
  await expect(python).toContainText('from openai import OpenAI\n\nclient = OpenAI()');
});
