import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, scrollThrough } from './helpers';
import { labelBudget } from '../../src/lib/outputs/chart-labels';

type Drawn = HTMLElement & { chart: { data: { datasets: { data: { x: number; y: number }[] }[] } } };

async function chartPoints(figure: Locator) {
  return figure.evaluate((el) => (el as Drawn).chart.data.datasets.flatMap((d) => d.data.map((p) => p.y)).sort((a, b) => a - b));
}

test.describe('charts page', () => {
  test('score against price: the chart holds the same scores as its table, and the choice is kept in the URL', async ({ page }) => {
    await page.goto('/charts/');
    const visible = page.locator('[data-score-chart]:not([hidden])');
    await expect(visible).toHaveCount(1);
    await scrollThrough(page);
    const figure = visible.locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    const tableScores = (await visible.locator('tbody td:nth-child(3)').allTextContents()).map((t) => parseFloat(t)).sort((a, b) => a - b);
    expect(await chartPoints(figure)).toEqual(tableScores);

    const select = page.locator('#score-benchmark');
    const second = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(second!);
    await expect(page).toHaveURL(new RegExp(`benchmark=${second!.replace('|', '\\|')}`));
    // Its spec is fetched when it is drawn (the page does not inline 50-odd hidden charts' data).
    const chosen = page.locator(`[data-score-chart="${second}"]`);
    await chosen.locator('figure').scrollIntoViewIfNeeded();
    await expect(chosen.locator('figure')).toHaveAttribute('data-drawn', 'true');
    const chosenScores = (await chosen.locator('tbody td:nth-child(3)').allTextContents()).map((t) => parseFloat(t)).sort((a, b) => a - b);
    expect(await chartPoints(chosen.locator('figure'))).toEqual(chosenScores);
    await page.reload();
    await expect(page.locator(`[data-score-chart="${second}"]`)).toBeVisible();
    await expect(page.locator('[data-score-chart]:not([hidden])')).toHaveCount(1);
  });

  test('context against price and releases over time draw and match their tables', async ({ page }) => {
    await page.goto('/charts/');
    await scrollThrough(page);
    const context = page.locator('section[aria-labelledby="context-price"] figure[data-chart]');
    await expect(context).toHaveAttribute('data-drawn', 'true');
    const contexts = (await page.locator('#context-table tbody td:nth-child(3)').allTextContents()).map((t) => Number(t.replace(/,/g, ''))).sort((a, b) => a - b);
    expect(await chartPoints(context)).toEqual(contexts);
    const releases = page.locator('section[aria-labelledby="releases"] figure[data-chart]');
    await expect(releases).toHaveAttribute('data-drawn', 'true');
    const total = await releases.evaluate((el) => (el as unknown as { chart: { data: { datasets: { data: number[] }[] } } }).chart.data.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0));
    const tableTotal = (await page.locator('#releases-table tbody td.num').allTextContents()).reduce((a, t) => a + Number(t), 0);
    expect(total).toBe(tableTotal);
    await expectNoAxeViolations(page);
  });

  test('Chart.js is loaded only once a chart scrolls into view', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/models/openai/gpt-4o-mini/');
    await page.waitForLoadState('networkidle');
    // Chart.js is its own chunk, chart.<hash>.js; the small loader (chart-loader.<hash>.js) may come first.
    const isChartJs = (u: string) => /^chart\.[\w-]+\.js$/.test(u.split('/').pop() ?? '');
    const before = requested.filter(isChartJs).length;
    await page.locator('figure[data-chart]').scrollIntoViewIfNeeded();
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-drawn', 'true');
    const after = requested.filter(isChartJs).length;
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
  });
});

type Axis = { width: number; left: number; ticks: { label: string | string[] }[] };
type LegendItem = { text: string; fillStyle: unknown };
type BarChart = { width: number; data: { labels: string[] }; scales: { y: Axis }; legend: { legendItems: LegendItem[] } };

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('long benchmark names are wrapped or shortened to fit the screen, in full in the tooltip data and the table', async ({ page }) => {
    await page.goto('/models/openai/gpt-5/#benchmarks');
    const figure = page.locator('section[aria-labelledby="benchmarks"] figure[data-chart]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', 'true');
    const chart = await figure.evaluate((el) => {
      const c = (el as unknown as { chart: BarChart }).chart;
      return { width: c.width, viewport: window.innerWidth, labels: c.data.labels, ticks: c.scales.y.ticks.map((t) => t.label), axisLeft: c.scales.y.left, legend: c.legend.legendItems.map((i) => ({ text: i.text, patterned: typeof i.fillStyle !== 'string' })) };
    });
    expect(chart.width).toBeLessThanOrEqual(chart.viewport);
    expect(chart.axisLeft).toBeGreaterThanOrEqual(0);
    const budget = labelBudget(chart.width);
    const longest = chart.labels.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(budget);
    // Every drawn line fits the label budget, and the longest name was wrapped or shortened.
    expect(chart.ticks.flat().filter((line) => line.length > budget)).toEqual([]);
    expect(chart.ticks[chart.labels.indexOf(longest)]).not.toEqual(longest);
    // The table holds the full names.
    const tableNames = (await page.locator('#benchmark-table tbody th[scope="row"] a').allTextContents()).map((t) => t.trim());
    expect(tableNames).toContain(longest);
    // Self-reported bars are patterned, and the legend says so.
    expect(chart.legend).toContainEqual({ text: 'Self-reported (striped)', patterned: true });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart on the charts page is readable as a table', async ({ page }) => {
    await page.goto('/charts/');
    const charts = await page.locator('figure[data-chart]').count();
    expect(charts).toBeGreaterThanOrEqual(3);
    await expect(page.locator('figure[data-chart] .canvas-box').first()).toBeHidden();
    expect(await page.locator('table').count()).toBe(charts);
    // With scripting off, the CSS that shows one score chart at a time does not apply: every table shows.
    const scoreTables = page.locator('[data-score-chart] table');
    expect(await scoreTables.count()).toBeGreaterThan(1);
    for (const table of await scoreTables.all()) await expect(table).toBeVisible();
  });
});
