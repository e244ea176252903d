import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, scrollThrough } from './helpers';

test.describe('compare', () => {
  test('a pair page shows both models, a verdict from the data and shared benchmarks with differences', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByRole('link', { name: /^All \d+ ready-made comparisons$/ }).click();
    await expect(page).toHaveURL(/\/compare\/pairs\/$/);
    const href = await page.locator('a[href*="-vs-"]').filter({ hasText: 'GPT-4o mini' }).first().getAttribute('href');
    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('GPT-4o mini');
    await expect(page.locator('[data-verdict]')).toContainText(/cheaper on input|prices are equal|cannot be compared/);
    const facts = page.locator('table.compare').first();
    await expect(facts.getByRole('row', { name: /Context window/ })).toContainText('128K');
  });

  test('a pair with shared benchmarks charts the same numbers as its table', async ({ page }) => {
    await page.goto('/compare/openai-gpt-4.1-mini-vs-openai-gpt-4o-mini/');
    const rows = page.locator('#compare-benchmarks tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    const first = rows.first();
    const [a, b, diff] = await first.locator('td.num').allTextContents();
    expect(parseFloat(diff.replace('−', '-'))).toBeCloseTo(parseFloat(a) - parseFloat(b), 1);
    await scrollThrough(page);
    const figure = page.locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    const chartLabels = await figure.evaluate((el) => (el as HTMLElement & { chart: { data: { labels: string[] } } }).chart.data.labels);
    const tableLabels = await rows.locator('th').allTextContents();
    expect(chartLabels).toEqual(tableLabels.map((t) => t.trim()));
    await expectNoAxeViolations(page);
  });

  test('the builder picks models by typing, keeps them in the URL and after reload', async ({ page }) => {
    await page.goto('/compare/');
    const search = page.getByRole('combobox', { name: 'Add a model' });
    for (const [query, name] of [['gpt-4o mini', 'GPT-4o mini'], ['llama 3.1 8b', 'Llama 3.1 8B'], ['gpt-4.1-nano', 'GPT-4.1 nano']]) {
      await search.fill(query);
      await expect(page.getByRole('option').first()).toContainText(name);
      await search.press('Enter');
    }
    await expect(page).toHaveURL(/\?models=openai\/gpt-4o-mini,meta\/llama-3.1-8b,openai\/gpt-4.1-nano$/);
    const head = page.locator('#compare-facts thead th');
    await expect(head).toHaveText(['Fact', 'GPT-4o mini', 'Llama 3.1 8B', 'GPT-4.1 nano']);
    await page.goto(page.url());
    await expect(page.locator('#compare-facts thead th')).toHaveText(['Fact', 'GPT-4o mini', 'Llama 3.1 8B', 'GPT-4.1 nano']);
    await expect(page.getByRole('list', { name: 'Chosen models' }).getByRole('listitem')).toHaveCount(3);
    await page.getByRole('button', { name: 'Remove Llama 3.1 8B' }).click();
    await expect(page).toHaveURL(/\?models=openai\/gpt-4o-mini,openai\/gpt-4.1-nano$/);
    await expectNoAxeViolations(page);
  });

  test('Enter typed before the search index arrives still adds the first match', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/models-index.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/compare/?models=anthropic/claude-haiku-4.5');
    const search = page.getByRole('combobox', { name: 'Add a model' });
    await search.fill('gemini 2.5 flash');
    await search.press('Enter');
    await expect(page.getByRole('option')).toHaveCount(0); // the index is still on its way
    release();
    await expect(page).toHaveURL(/\?models=anthropic\/claude-haiku-4\.5,google\/gemini-2\.5-flash$/);
    await expect(search).toHaveValue('');
  });

  test('the builder charts the chosen models: grouped bars, one dataset per model, with the table kept', async ({ page }) => {
    await page.goto('/compare/');
    const search = page.getByRole('combobox', { name: 'Add a model' });
    for (const [query, name] of [['gpt-4o mini', 'GPT-4o mini'], ['llama 3.1 8b', 'Llama 3.1 8B'], ['gpt-4.1-nano', 'GPT-4.1 nano']]) {
      await search.fill(query);
      await expect(page.getByRole('option').first()).toContainText(name);
      await search.press('Enter');
    }
    const figure = page.locator('#compare-output figure[data-chart]');
    // The output is redrawn as each chosen model's data arrives: wait until the chart's spec holds
    // all three, then bring it into view (it draws once visible).
    await expect(figure).toHaveAttribute('data-chart', /GPT-4\.1 nano/);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    await expect(figure.locator('canvas')).toBeVisible();
    await expect(figure).toHaveAttribute('data-datasets', '3');
    const chart = await figure.evaluate((el) => (el as HTMLElement & { chart: { data: { labels: string[]; datasets: { label: string }[] } } }).chart.data);
    expect(chart.datasets.map((d) => d.label)).toEqual(['GPT-4o mini', 'Llama 3.1 8B', 'GPT-4.1 nano']);
    const tableLabels = (await page.locator('#compare-results tbody th').allTextContents()).map((t) => t.trim());
    expect(chart.labels).toEqual(tableLabels);
    await expect(page.locator('#compare-results')).toBeVisible();
    await page.getByRole('button', { name: 'Remove Llama 3.1 8B' }).click();
    await expect(page.locator('#compare-output figure[data-chart]')).not.toHaveAttribute('data-chart', /Llama 3\.1 8B/);
    await page.locator('#compare-output figure[data-chart]').scrollIntoViewIfNeeded();
    await expect(page.locator('#compare-output figure[data-chart]')).toHaveAttribute('data-datasets', '2');
    await expectNoAxeViolations(page);
  });

  test('the builder shows the same figures as a pair page, from the same code', async ({ page }) => {
    await page.goto('/compare/openai-gpt-4.1-mini-vs-openai-gpt-4o-mini/');
    const pair = await page.locator('table.compare').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim()));
    await page.goto('/compare/?models=openai/gpt-4.1-mini,openai/gpt-4o-mini');
    await expect(page.locator('#compare-facts tbody tr').first()).toBeVisible();
    const built = await page.locator('#compare-facts tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim()));
    expect(built).toEqual(pair);
  });

  test('the builder names unknown ids instead of breaking', async ({ page }) => {
    await page.goto('/compare/?models=openai/gpt-4o-mini,acme/nothing-here');
    await expect(page.locator('#compare-message')).toContainText('Unknown model id: acme/nothing-here');
    await expect(page.locator('#compare-message')).toContainText('Choose at least 2 models');
    await expect(page.locator('#compare-output table')).toHaveCount(0);
  });

  test('a leaderboard lists models best first with rank, setting and source', async ({ page }) => {
    await page.goto('/benchmarks/mmlu/');
    const board = page.locator('table[data-leaderboard]').first();
    const scores = await board.locator('td[data-score]').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.score)));
    expect(scores.length).toBeGreaterThan(5);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await expect(board.locator('tbody tr').first().locator('td').first()).toHaveText('1');
    await scrollThrough(page);
    const figure = page.locator('figure[data-chart]').first();
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    const chartValues = await figure.evaluate((el) => (el as HTMLElement & { chart: { data: { datasets: { data: number[] }[] } } }).chart.data.datasets[0].data);
    expect(chartValues).toEqual(scores);
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the compare page leads to the pre-rendered pairs, which work without it', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('#compare-app')).toBeHidden();
    await page.getByRole('link', { name: /^All \d+ ready-made comparisons$/ }).click();
    const pairs = page.locator('a[href*="-vs-"]');
    expect(await pairs.count()).toBeGreaterThan(20);
    const openai = page.locator('details').filter({ has: page.locator('summary', { hasText: /^OpenAI \(\d+\)$/ }) });
    await openai.locator('summary').click();
    await openai.locator('a[href*="-vs-"]', { hasText: 'GPT-4o mini' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('GPT-4o mini');
    await expect(page.locator('table.compare').first()).toContainText('Context window');
  });
});

test.describe('the builder on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('holds room for a comparison named in the address, so nothing on screen jumps when it arrives', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold the models' data back until the page has painted without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/models/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/compare/?models=openai/gpt-4o-mini,anthropic/claude-haiku-4.5');
    await expect(page.locator('html')).toHaveAttribute('data-compare-pending', '');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    release();
    await expect(page.locator('#compare-facts')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-compare-pending');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.02);
  });

  test('holds no room when the address names no comparison', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('#compare-message')).toContainText('Choose at least 2 models');
    await expect(page.locator('html')).not.toHaveAttribute('data-compare-pending');
    const gap = await page.evaluate(() => document.getElementById('compare-output')!.getBoundingClientRect().height);
    expect(gap).toBe(0);
  });
});
