// The six questions a reader comes with, each answered on a phone (390 px) in a few interactions;
// each test counts its interactions and checks the answer against the page's own data.
import { expect, test } from '@playwright/test';
import { bound, openFilters, visibleData } from './catalog-helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('1. the cheapest model with 128K+ context and SWE-bench Verified above 60', async ({ page }) => {
  await page.goto('/models/');
  // The table's own filter row takes a bound under each numeric heading: no panel to open.
  await page.getByRole('spinbutton', { name: /^Context window.*at least$/ }).fill('128000'); // 1
  await page.getByRole('spinbutton', { name: /^SWE-bench Verified.*at least$/ }).fill('60'); // 2
  await page.getByRole('button', { name: /^Input \$\/1M/ }).click(); // 3 (sort: cheapest first)
  await expect(page).toHaveURL(/min\.contextWindow=128000.*min\.score\.swe-bench-verified=60.*sort=inputPrice&dir=asc/);
  const rows = await visibleData(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => (r.v.contextWindow as number) >= 128000 && (r.v['score.swe-bench-verified'] as number) >= 60)).toBe(true);
  const priced = rows.filter((r) => typeof r.s.inputPrice === 'number');
  const cheapest = Math.min(...priced.map((r) => r.s.inputPrice as number));
  expect(rows[0].s.inputPrice).toBe(cheapest);
  await expect(page.locator('#catalog-table tbody tr:not([hidden])').first().locator('th a')).toBeVisible();
});

test('2. compare three models and share the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare/?models=anthropic/claude-haiku-4.5');
  await page.getByRole('button', { name: /^\+ / }).first().click(); // 1: a suggested rival
  const search = page.getByRole('combobox', { name: 'Add a model' });
  await search.fill('gemini 2.5 flash'); // 2
  await search.press('Enter');
  await page.getByRole('button', { name: 'Copy link to this comparison' }).click(); // 3
  await expect(page.locator('#compare-status')).toContainText(/Link copied|Copy this link/);
  const ids = new URL(page.url()).searchParams.get('models')!.split(',');
  expect(ids).toHaveLength(3);
  expect(ids[0]).toBe('anthropic/claude-haiku-4.5');
  await expect(page.locator('#compare-facts thead th')).toHaveCount(4);
  await page.goto(page.url());
  await expect(page.locator('#compare-facts thead th')).toHaveCount(4);
});

test('3. what replaced a model, and when it shuts down', async ({ page }) => {
  await page.goto('/models/openai/gpt-4o-mini/'); // 1
  const box = page.locator('.summary-box');
  await expect(box).toBeInViewport();
  await expect(box).toContainText(/Succeeded by .*GPT-5 mini/);
  await expect(box).toContainText('Shuts down 14 Jan 2027');
  await expect(box).toContainText('applies to the gpt-4o-mini-2024-07-18 snapshot');
});

test('4. open-weight models under 40B parameters', async ({ page }) => {
  await page.goto('/models/');
  await openFilters(page); // 1
  await page.locator('#catalog-filters select[name="openWeights"]').selectOption('yes'); // 2
  await bound(page, /^Parameters/, 'at most').fill('40'); // 3
  await expect(page).toHaveURL(/max\.parametersTotal=40000000000/);
  const rows = await visibleData(page);
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.every((r) => r.v.openWeights === true && (r.v.parametersTotal as number) <= 40e9)).toBe(true);
});

test('5. why two speed readings differ', async ({ page }) => {
  await page.goto('/models/openai/gpt-4o-mini/'); // 1
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Speed' }).click(); // 2
  const rows = page.locator('#performance').locator('xpath=..').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  const texts = await rows.allTextContents();
  for (const t of texts.slice(0, 3)) expect(t).toMatch(/\d{4}/); // each reading has its date…
  expect(new Set(texts.map((t) => t.match(/(\d+(?:\.\d+)?) ?tokens\/s/)?.[1])).size).toBeGreaterThan(1); // …and they differ
});

test('6. get a model\'s data as JSON', async ({ page }) => {
  await page.goto('/models/openai/gpt-4o-mini/'); // 1
  const link = page.getByRole('link', { name: 'This model as JSON' });
  await expect(link).toBeVisible();
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href); // 2
  const record = await response.json();
  expect(record.id).toBe('openai/gpt-4o-mini');
  expect(record.facts.contextWindow.state).toBe('known');
  expect(typeof record.facts.contextWindow.verified).toBe('boolean');
});
