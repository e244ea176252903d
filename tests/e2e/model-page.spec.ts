import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, GPT_4O_MINI, scrollThrough } from './helpers';

test.describe('GPT-4o mini model page', () => {
  test('shows its key figures, each with a numbered source', async ({ page }) => {
    await page.goto(GPT_4O_MINI);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('GPT-4o mini');
    const specs = page.locator('section[aria-labelledby="specs"]');
    const context = specs.getByRole('row', { name: /Context window/ });
    await expect(context).toContainText('128,000 tokens');
    await expect(context).toContainText('131,072 tokens');
    await expect(context).toContainText('Sources differ');
    await expect(specs.getByRole('row', { name: /Max output/ })).toContainText('16,384 tokens');
    await expect(specs.getByRole('row', { name: /Parameters \(total\)/ })).toContainText(/not disclosed/i);

    const pricing = page.locator('section[aria-labelledby="pricing"]');
    await expect(pricing.getByRole('row', { name: /OpenAI/ }).first()).toContainText('$0.15');
    await expect(pricing.getByRole('row', { name: /OpenAI/ }).first()).toContainText('$0.60');
    await expect(pricing).toContainText('$0.075');

    const results = page.locator('#benchmark-table');
    await expect(results.getByRole('row', { name: /MMLU \(0-shot CoT\)/ })).toContainText('82.0%');
    await expect(results.getByRole('row', { name: /HumanEval \(0-shot\)/ })).toContainText('87.2%');
    await expect(results.getByRole('row', { name: /MMLU \(0-shot CoT\)/ })).toContainText('Self-reported');

    // Every disagreeing speed is listed with its own date.
    const speed = page.locator('section[aria-labelledby="performance"]');
    await expect(speed).toContainText('202 tokens/s');
    await expect(speed).toContainText('42 tokens/s');

    // Every citation marker points at an entry of the source list, and that entry links out.
    const markers = page.locator('sup.cite a');
    expect(await markers.count()).toBeGreaterThan(30);
    const targets = new Set(await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    for (const href of targets) {
      const item = page.locator(href!);
      await expect(item).toHaveCount(1);
      await expect(item.locator('a[href^="https://"]')).toHaveCount(1);
    }
    await expect(page.locator('#sources')).toBeVisible();
    await expect(page.locator('ol.sources')).toContainText('GPT-4o mini: advancing cost-efficient intelligence');
  });

  test('draws the benchmark chart from the same numbers as the table', async ({ page }) => {
    await page.goto(GPT_4O_MINI);
    await scrollThrough(page);
    const figure = page.locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    const box = await figure.locator('canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    const chart = await figure.evaluate((el) => {
      const c = (el as HTMLElement & { chart: { data: { labels: string[]; datasets: { data: number[] }[] } } }).chart;
      return c.data.labels.map((label, i) => [label, c.data.datasets[0].data[i]]);
    });
    const table = await page.locator('#benchmark-table tbody tr:not(.category)').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th a')!.textContent!.trim(), parseFloat(r.querySelector('td.num')!.textContent!)]),
    );
    expect(chart).toEqual(table);
  });

  test('copies a code example with the copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(GPT_4O_MINI);
    // Located by its target, not its label: the label changes to "Copied" on success.
    const button = page.locator('button[data-copy-target="code-1"]');
    await expect(button).toHaveText('Copy');
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('curl https://api.openai.com/v1/chat/completions');
    expect(copied).toContain('"model": "gpt-4o-mini"');
  });

  test('passes an axe scan in light and dark themes', async ({ page }) => {
    await page.goto(GPT_4O_MINI);
    await scrollThrough(page);
    // The chart draws once it is in view (a fast scroll can pass it before the observer runs).
    await page.locator('figure[data-chart]').scrollIntoViewIfNeeded();
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-drawn', 'true');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('lays out without horizontal scrolling on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GPT_4O_MINI);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the model page reads fully: tables instead of the chart, no copy button', async ({ page }) => {
    await page.goto(GPT_4O_MINI);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('GPT-4o mini');
    await expect(page.locator('#benchmark-table')).toBeVisible();
    expect(await page.locator('#benchmark-table tbody tr:not(.category)').count()).toBeGreaterThanOrEqual(7);
    await expect(page.locator('figure[data-chart] .canvas-box')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await expect(page.locator('pre code').first()).toContainText('gpt-4o-mini');
    for (const id of ['specs', 'key-dates', 'pricing', 'benchmarks', 'performance', 'access', 'article', 'sources']) {
      await expect(page.locator(`#${id}`)).toBeVisible();
    }
  });
});

test('pages without charts load no chart code and only the small site script', async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), bytes: (await r.body()).length });
  });
  await page.goto('/benchmarks/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /chart/i.test(s.url))).toBe(false);
  // Theme switch and the "/" search shortcut; uncompressed bytes, well under the 15 KB gzip budget.
  const total = scripts.reduce((n, s) => n + s.bytes, 0);
  expect(total).toBeLessThan(15_000);
});

test('loads nothing from other hosts', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(GPT_4O_MINI);
  await scrollThrough(page);
  await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-drawn', 'true');
  expect(foreign).toEqual([]);
});

test('a score whose source does not say who measured it is marked "origin not stated", never independent', async ({ page, request }) => {
  type Result = { benchmark: string; score: number; selfReported: boolean | 'unknown' };
  const { models } = (await (await request.get('/api/models.json')).json()) as { models: { id: string; benchmarks: Result[] }[] };
  const model = models.find((m) => m.benchmarks.some((b) => b.selfReported === 'unknown'));
  expect(model, 'the catalog has at least one score of unstated origin').toBeDefined();
  const unknown = model!.benchmarks.filter((b) => b.selfReported === 'unknown');
  await page.goto(`/models/${model!.id}/`);
  const rows = page.locator('#benchmark-table tbody tr').filter({ hasText: /Origin not stated/ });
  await expect(rows).toHaveCount(unknown.length);
  for (const row of await rows.all()) await expect(row).not.toContainText('Independent');
  // The chart's tooltip notes carry the same label as the table.
  const spec = await page.locator('figure[data-chart]').first().getAttribute('data-chart');
  expect(spec).toContain('Origin not stated');
});
