import { expect, test } from '@playwright/test';

test('/api/prices.json answers "what did GPT-4o cost on a date" with dated, sourced prices', async ({ request }) => {
  const doc = (await (await request.get('/api/prices.json')).json()) as { prices: { model: string; platform: string; effective?: string; input: number; output: number; source: { publisher: string; url: string } }[] };
  const own = doc.prices.filter((p) => p.model === 'openai/gpt-4o' && p.platform === 'openai');
  expect(own.map((p) => [p.effective, p.input, p.output])).toEqual([
    ['2024-05-13', 5, 15],
    ['2024-08-06', 2.5, 10],
  ]);
  for (const p of own) expect(p.source.url).toMatch(/^https:\/\//);
});

for (const width of [390, 1366]) {
  test.describe(`price history chart at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test('a model with a price cut shows a step chart beside its price table', async ({ page }) => {
      await page.goto('/models/openai/gpt-4o/#pricing');
      const chart = page.locator('#pricing ~ [data-price-chart], section:has(#pricing) [data-price-chart]').first();
      await expect(chart).toBeVisible();
      await expect(chart.locator('svg')).toHaveAttribute('aria-label', /input \$5\.00 and output \$15\.00 .* from 13 May 2024; input \$2\.50 and output \$10\.00 from 6 Aug 2024/);
      await expect(chart.locator('path.line')).toHaveCount(2);
      // the step down: the input line goes lower on the page (a larger y) after the cut
      const d = await chart.locator('path.input').getAttribute('d');
      const [, y0, y1] = /^M[\d.]+ ([\d.]+) H[\d.]+ V([\d.]+)/.exec(d!)!;
      expect(Number(y1)).toBeGreaterThan(Number(y0));
      await expect(page.getByRole('table', { name: 'Prices in USD per 1M tokens' })).toContainText('$2.50');
    });
  });
}

test('a model with one dated price on its maker platform has no chart', async ({ page }) => {
  await page.goto('/models/openai/gpt-5.4-nano/');
  await expect(page.getByRole('table', { name: 'Prices in USD per 1M tokens' })).toBeVisible();
  await expect(page.locator('[data-price-chart]')).toHaveCount(0);
});
