import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The hand-checked case (content as of December 2026): open weights, a context window of at least
// 128,000 tokens, input at most $1 per 1M, GPQA and MMLU-Pro weighted 1 each, unknowns left out.
// Four models pass with both results at the ranked settings (GPQA Diamond, MMLU-Pro without a named
// setting), from their files in content/models:
//   Qwen3.5-397B-A17B  262,144 tokens, Apache 2.0 open weights, $0.60 in, GPQA 88.4, MMLU-Pro 87.8
//   Qwen3.5-122B-A10B  262,144 tokens, Apache 2.0 open weights, $0.40 in, GPQA 86.6, MMLU-Pro 86.7
//   Qwen3.5-27B        262,144 tokens, Apache 2.0 open weights, $0.30 in, GPQA 85.5, MMLU-Pro 86.1
//   MiMo-V2-Flash      262,144 tokens, MIT open weights,        $0.14 in, GPQA 83.7, MMLU-Pro 84.9
// Each is ahead of the next on both benchmarks, so the index orders them so; every other passing
// model has at most one of the two results ("too few results") and is listed after them.
const EXPECTED = ['alibaba/qwen3.5-397b-a17b', 'alibaba/qwen3.5-122b-a10b', 'alibaba/qwen3.5-27b', 'xiaomi/mimo-v2-flash'];

const shortlistIds = (page: Page) => page.locator('#choose-results tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.model));

async function setCase(page: Page) {
  await page.locator('select[name="openWeights"]').selectOption('yes');
  await page.locator('input[name="unknown.openWeights"]').uncheck();
  await page.locator('input[name="min.contextWindow"]').fill('128000');
  await page.locator('input[name="unknown.contextWindow"]').uncheck();
  await page.locator('input[name="max.inputPrice"]').fill('1');
  await page.locator('input[name="unknown.inputPrice"]').uncheck();
  await page.locator('input[name="w.gpqa"]').fill('1');
  await page.locator('input[name="w.mmlu-pro"]').fill('1');
  await page.locator('input[name="requests"]').fill('1000');
  await page.locator('input[name="in"]').fill('1000');
  await page.locator('input[name="out"]').fill('1000');
}

for (const width of [390, 1366]) {
  test.describe(`choose at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('constraints, weights and workload give the hand-checked shortlist, and a reload restores it', async ({ page }) => {
      await page.goto('/choose/');
      await expect(page.locator('#choose-needs-js')).toHaveCount(0); // <noscript> content is not parsed as markup with scripting on
      await setCase(page);
      await expect.poll(async () => (await shortlistIds(page)).slice(0, 4)).toEqual(EXPECTED);
      await expect(page.locator('#choose-status')).toContainText('meet the constraints');
      const first = page.locator('#choose-results tbody tr').first();
      // index with coverage, each score with its source link, the price list and the month's cost
      await expect(first.locator('td').nth(0)).toContainText('(2 of 2)');
      await expect(first.locator('td').nth(1)).toContainText('88.4%');
      await expect(first.locator('td').nth(1).getByRole('link', { name: 'NxCode' })).toHaveAttribute('href', /^https:\/\//);
      // 1,000 requests × 1,000 tokens: 1M in at $0.60 + 1M out at $3.60
      await expect(first.locator('td').nth(3)).toHaveText('$4.20');
      await expect(first.locator('td').nth(4)).toContainText('$0.60 in / $3.60 out');
      await expect(page.locator('#choose-results tbody tr').nth(4).locator('td').first()).toContainText('too few results');
      await expect(page.getByRole('link', { name: 'Compare top 3' })).toHaveAttribute('href', `/compare/?models=${EXPECTED.slice(0, 3).join(',')}`);
      const url = page.url();
      expect(url).toContain('w.gpqa=1');
      await page.reload();
      await expect.poll(async () => (await shortlistIds(page)).slice(0, 4)).toEqual(EXPECTED);
      expect(page.url()).toBe(url);
      await expect(page.locator('input[name="min.contextWindow"]')).toHaveValue('128000');
      await expect(page.locator('input[name="unknown.contextWindow"]')).not.toBeChecked();
      await expect(page.locator('select[name="openWeights"]')).toHaveValue('yes');
    });

    test('the cost on a past date uses the price then in effect (GPT-4o before and after its cut)', async ({ page }) => {
      await page.goto('/choose/?maker=openai&requests=1000&in=1000&out=1000&cached=0&date=2024-07-01&rank=cost');
      const row = page.locator('#choose-results tbody tr[data-model="openai/gpt-4o"]');
      // 2024-05-13 launch price $5 / $15: 1M in + 1M out = $20
      await expect(row.locator('td').nth(1)).toHaveText('$20.00');
      await expect(row.locator('td').nth(2)).toContainText('$5.00 in / $15.00 out');
      await expect(row.locator('td').nth(2)).toContainText('since 13 May 2024');
      await expect(page.locator('#choose-status')).toContainText('Prices in effect on 1 Jul 2024');
      await page.locator('input[name="date"]').fill('2024-09-01');
      // the 2024-08-06 price $2.50 / $10 is in effect
      await expect(row.locator('td').nth(1)).toHaveText('$12.50');
      await expect(row.locator('td').nth(2)).toContainText('$2.50 in / $10.00 out');
      await expect(row.locator('td').nth(2).getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the chooser is accessible with results shown (${scheme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    // context ≥ 100,000 with unknowns kept (the default): models whose context is unknown stay, marked
    await page.goto('/choose/?openWeights=yes&w.gpqa=1&w.mmlu-pro=1&unknown.scores=exclude&min.score.gpqa=1&min.contextWindow=100000');
    await expect(page.locator('#choose-results tbody tr').first()).toBeVisible();
    await expect(page.locator('#choose-results .unknown-mark').filter({ hasText: 'unknown: Context window' }).first()).toBeVisible();
    await expect(page.locator('#choose-status')).toContainText('with an unknown value, marked');
    await expect(page.locator('#choose-status')).toHaveAttribute('aria-live', 'polite');
    await expectNoAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says it needs JavaScript and links the catalog table', async ({ page }) => {
    await page.goto('/choose/');
    // The note is inside <noscript>, whose text Playwright's getByText skips: find it by id.
    const note = page.locator('#choose-needs-js');
    await expect(note).toBeVisible();
    await expect(note).toContainText('The chooser needs JavaScript');
    await expect(note.locator('a', { hasText: 'catalog table' })).toHaveAttribute('href', '/models/');
    await expect(page.locator('#chooser')).toBeHidden();
  });
});
