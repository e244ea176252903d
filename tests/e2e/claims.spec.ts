import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('claimed against independent results', () => {
  for (const width of [390, 1366]) {
    test(`a benchmark page shows both scores with their sources and the gap, and keeps other settings apart (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/benchmarks/mmlu/');
      const section = page.locator('section[data-claims]');
      const pair = section.locator('table[data-claims-pairs] tbody tr').filter({ hasText: 'Llama 3 8B' });
      await expect(pair).toHaveCount(1);
      await expect(pair.locator('td').nth(0)).toHaveText('5-shot');
      await expect(pair.locator('td').nth(1)).toContainText('68.4%');
      await expect(pair.locator('td').nth(2)).toContainText('66.5%');
      await expect(pair.locator('td').nth(3)).toHaveText('−1.9');
      await expect(pair.locator('a[rel~="external"]')).toHaveCount(2);
      await expect(section.locator('table[data-maker-gaps] tbody tr').filter({ hasText: 'Meta' })).toContainText(['−1.9']);
      const notComparable = section.locator('table[data-claims-not-comparable] tbody tr').filter({ hasText: 'Claude 3 Haiku' });
      await expect(notComparable.first()).toContainText('not comparable (different setting)');
      await expect(section.locator('[data-claims-origin-unknown] summary')).toContainText('neither claimed nor independent');
      await expectNoAxeViolations(page);
    });
  }

  test('a benchmark without such pairs says so', async ({ page }) => {
    await page.goto('/benchmarks/aime/');
    await expect(page.locator('[data-claims-empty]')).toContainText('No model has both a self-reported and an independent result');
    await expect(page.locator('table[data-claims-pairs]')).toHaveCount(0);
  });

  test('the benchmarks index and the JSON API give each maker\'s median gap with n', async ({ page, request }) => {
    await page.goto('/benchmarks/');
    const row = page.locator('table[data-maker-gaps] tbody tr').filter({ has: page.getByRole('link', { name: 'MMLU', exact: true }) });
    await expect(row).toContainText('Meta');
    await expect(row.locator('td.num').last()).toHaveText('1');
    const api = await (await request.get('/api/benchmarks.json')).json();
    const mmlu = api.benchmarks.find((b: { id: string }) => b.id === 'mmlu');
    expect(mmlu.claimsVsIndependent).toContainEqual(expect.objectContaining({ model: 'meta/llama-3-8b', setting: '5-shot', gap: -1.9, claimed: expect.objectContaining({ score: 68.4 }), independent: expect.objectContaining({ score: 66.5 }) }));
    expect(mmlu.medianGapByMaker).toContainEqual({ maker: 'meta', makerName: 'Meta', median: -1.9, n: 1 });
  });
});
