import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { bound, catalogData, openFilters, visibleData, visibleRows } from './catalog-helpers';

const numbers = (rows: { s: Record<string, number | string> }[], key: string) => rows.map((r) => r.s[key]).filter((v): v is number => typeof v === 'number');

test.describe('the /models/ catalog', () => {
  test('sorts cheapest first on the first click, reverses on the second, unknown prices last', async ({ page }) => {
    await page.goto('/models/');
    const { order, rows: all } = await catalogData(page);
    await page.getByRole('button', { name: /^Input \$\/1M/ }).click();
    await expect(page).toHaveURL(/sort=inputPrice&dir=asc/);
    // The first page holds the 50 cheapest (ties keep newest first), then the rest on request.
    const cheapest = order.filter((id) => typeof all[id].s.inputPrice === 'number').sort((a, b) => (all[a].s.inputPrice as number) - (all[b].s.inputPrice as number));
    await expect.poll(async () => (await visibleData(page)).map((r) => r.id)).toEqual(cheapest.slice(0, 50));
    await page.getByRole('button', { name: `Show all ${order.length}` }).click();
    await expect(visibleRows(page)).toHaveCount(order.length);
    const asc = await visibleData(page);
    const prices = numbers(asc, 'inputPrice');
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(asc.slice(0, prices.length).every((r) => typeof r.s.inputPrice === 'number')).toBe(true);
    await page.getByRole('button', { name: /^Input \$\/1M/ }).click();
    await expect(page).toHaveURL(/sort=inputPrice&dir=desc/);
    const desc = numbers(await visibleData(page), 'inputPrice');
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  test('shows 50 rows, then more on request: built rows read like the rendered ones', async ({ page }) => {
    await page.goto('/models/');
    const { order } = await catalogData(page);
    await expect(visibleRows(page)).toHaveCount(50);
    await expect(page.locator('[data-more-status]')).toHaveText(`Showing 50 of ${order.length} models.`);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect(visibleRows(page)).toHaveCount(100);
    expect((await visibleData(page)).map((r) => r.id)).toEqual(order.slice(0, 100));
    const built = visibleRows(page).nth(50);
    const builtCells = await built.locator('th, td').allInnerTexts();
    const builtUnverified = await built.locator('a.unverified').count();
    await page.goto('/models/page/2/');
    const rendered = page.locator(`#catalog-table tbody tr[data-id="${order[50]}"]`);
    expect(await rendered.locator('th, td').allInnerTexts()).toEqual(builtCells);
    expect(await rendered.locator('a.unverified').count()).toBe(builtUnverified);
  });

  test('filters by maker and minimum context, keeps it in the URL and after reload', async ({ page }) => {
    await page.goto('/models/');
    const total = await visibleRows(page).count();
    await openFilters(page);
    await page.getByRole('checkbox', { name: 'OpenAI', exact: true }).check();
    await bound(page, /^Context/, 'at least').fill('200000');
    await expect(page).toHaveURL(/maker=openai/);
    await expect(page).toHaveURL(/min\.contextWindow=200000/);
    const { order, rows: all } = await catalogData(page);
    const expected = order.filter((id) => id.startsWith('openai/') && (all[id].v.contextWindow as number) >= 200000);
    await expect(page.locator('[data-count]')).toHaveText(String(expected.length));
    const rows = await visibleData(page);
    expect(rows.map((r) => r.id)).toEqual(expected.slice(0, 50));
    expect(new Set(rows.map((r) => r.id.split('/')[0]))).toEqual(new Set(['openai']));
    expect(rows.every((r) => (r.v.contextWindow as number) >= 200000)).toBe(true);

    await page.reload();
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: 'OpenAI', exact: true })).toBeChecked();
    await expect(bound(page, /^Context/, 'at least')).toHaveValue('200000');
    expect((await visibleData(page)).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(visibleRows(page)).toHaveCount(total);
  });

  test('takes a bound in the table\'s filter row, shown in the panel too and kept in the URL', async ({ page }) => {
    await page.goto('/models/');
    const quick = page.getByRole('spinbutton', { name: /^Input price.*at most$/ });
    await quick.fill('0.5');
    await expect(page).toHaveURL(/max\.inputPrice=0\.5/);
    const rows = await visibleData(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.v.inputPrice as number) <= 0.5)).toBe(true);
    await openFilters(page);
    await expect(bound(page, /^Input \$\/1M/, 'at most')).toHaveValue('0.5');
    await bound(page, /^Input \$\/1M/, 'at most').fill('0.2');
    await expect(quick).toHaveValue('0.2');
    await expect(page).toHaveURL(/max\.inputPrice=0\.2/);
    await page.goto('/models/?cols=score.terminal-bench&min.score.terminal-bench=40');
    await expect(page.getByRole('spinbutton', { name: /^Terminal-Bench.*at least$/ })).toHaveValue('40');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('spinbutton', { name: /^Terminal-Bench.*at least$/ })).toHaveValue('');
    await expect(page).not.toHaveURL(/min\./);
  });

  test('opens a value\'s note in place, on rendered and on built rows', async ({ page }) => {
    await page.goto('/models/');
    const { rows, order, columns } = await catalogData(page);
    const button = page.locator('#catalog-table tbody button.note').first();
    const td = button.locator('xpath=..');
    const col = await page.locator('#catalog-table thead tr').first().locator('th').nth(await td.evaluate((el) => (el as HTMLTableCellElement).cellIndex)).getAttribute('data-col');
    const id = await button.evaluate((el) => el.closest('tr')!.dataset.id!);
    await expect(td.locator('.note-text')).toBeHidden();
    await button.click();
    await expect(td.locator('.note-text')).toBeVisible();
    await expect(td.locator('.note-text')).toHaveText(rows[id].cells[col!].note!);
    await page.keyboard.press('Escape');
    await expect(td.locator('.note-text')).toBeHidden();
    const shown = columns.filter((c) => !c.optional).map((c) => c.id);
    const later = order.slice(50).find((m) => shown.some((c) => rows[m].cells[c]?.note))!;
    await page.getByRole('button', { name: /^Show all/ }).click();
    const built = page.locator(`#catalog-table tbody tr[data-id="${later}"] button.note`).first();
    await built.click();
    await expect(built.locator('xpath=following-sibling::span[@popover][1]')).toBeVisible();
  });

  test('holds models whose filtered fact is unknown apart, and shows them on request', async ({ page }) => {
    await page.goto('/models/?min.maxOutput=8000');
    await expect(page.locator('[data-filter-status]')).toContainText(/more whose filtered facts are unknown are hidden/);
    const shown = Number(await page.locator('[data-count]').textContent());
    await openFilters(page);
    await page.getByRole('checkbox', { name: /Also show models whose filtered facts are unknown/ }).check();
    await expect(page).toHaveURL(/unknown=include/);
    await expect.poll(async () => Number(await page.locator('[data-count]').textContent())).toBeGreaterThan(shown);
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
  test('shows the newest 50 models and pages through the rest, newest first', async ({ page }) => {
    await page.goto('/models/');
    await expect(page.locator('#catalog-filters')).toBeHidden();
    const { order, rows } = await catalogData(page);
    const seen: string[] = [];
    for (;;) {
      seen.push(...(await page.locator('#catalog-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!))));
      const next = page.getByRole('navigation', { name: 'Pages of the catalog' }).getByRole('link', { name: 'Next' });
      if (!(await next.count())) break;
      await next.click();
    }
    expect(seen).toEqual(order);
    const released = seen.map((id) => rows[id].s.released).filter((v) => typeof v === 'number');
    expect(released.length).toBeGreaterThan(100);
    expect(released).toEqual([...released].sort((a, b) => (b as number) - (a as number)));
    await expect(page.locator('#catalog-table caption')).toContainText(`of ${order.length}, newest first`);
  });
});
