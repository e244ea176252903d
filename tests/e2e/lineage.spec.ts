import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('lineage and timelines', () => {
  test('a family page lists versions newest first and marks the newest', async ({ page }) => {
    await page.goto('/families/gpt-mini/');
    const rows = page.locator('#family-versions tbody tr');
    const released = await rows.locator('td:nth-child(2) time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(released.length).toBeGreaterThanOrEqual(3);
    expect(released).toEqual([...released].sort().reverse());
    await expect(rows.first().locator('[data-current]')).toHaveText('newest');
    await expect(page.locator('[data-current]')).toHaveCount(1);
    await expect(page.locator('#family-versions')).toContainText('GPT-4o mini');
    await expect(page.locator('.changes')).toContainText('GPT-4o mini → GPT-5 mini');
    await expectNoAxeViolations(page);
  });

  test('follows predecessor and successor links across families', async ({ page }) => {
    await page.goto('/families/gpt-mini/');
    const chain = page.locator('[data-chain]').filter({ hasText: 'GPT-3.5 Turbo' }).first();
    const names = await chain.locator('li a').allTextContents();
    const i = names.indexOf('GPT-3.5 Turbo');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(names[i + 1]).toBe('GPT-4o mini');
  });

  test('the model page shows the lineage chain and its key dates with today marked', async ({ page }) => {
    await page.goto('/models/openai/gpt-4o-mini/');
    const chain = page.getByRole('navigation', { name: /Lineage/ });
    await expect(chain).toContainText('GPT-3.5 Turbo');
    await expect(chain.locator('[aria-current="page"]')).toHaveText('GPT-4o mini');
    await expect(page.locator('section[aria-labelledby="key-dates"] li.today')).toHaveCount(1);
  });

  test('the global timeline filters by provider and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/timeline/');
    const all = await page.locator('.month li:not([hidden])').count();
    expect(all).toBeGreaterThan(30);
    await page.getByRole('checkbox', { name: 'OpenAI' }).uncheck();
    await expect(page).toHaveURL(/hide=openai/);
    const shown = page.locator('.month li:not([hidden])');
    const providers = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.provider));
    expect(providers.length).toBeLessThan(all);
    expect(providers).not.toContain('openai');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'OpenAI' })).not.toBeChecked();
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the family timeline keeps labels apart, scrolls by keyboard and opens at the newest version', async ({ page }) => {
    await page.goto('/families/gemini-flash/');
    const box = page.getByRole('region', { name: /Timeline drawing/ });
    await expect(box).toHaveAttribute('tabindex', '0');
    // The drawing is wider than the screen instead of squeezing its labels together.
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The newest version is in view without scrolling; the oldest is not.
    const inView = (name: string) =>
      box.evaluate((el, n) => {
        const item = [...el.querySelectorAll<HTMLElement>('.item')].find((i) => i.textContent?.includes(n))!;
        const a = item.getBoundingClientRect();
        const b = el.getBoundingClientRect();
        return a.left >= b.left - 1 && a.left < b.right;
      }, name);
    const newest = (await page.locator('#family-versions tbody tr').first().locator('th a, td a').first().textContent())!.trim();
    expect(await inView(newest)).toBe(true);
    expect(await inView('Gemini 1.5 Flash')).toBe(false);
    // No two labels in the same lane overlap.
    const overlaps = await box.evaluate((el) => {
      const rects = [...el.querySelectorAll<HTMLElement>('.item')].map((i) => i.getBoundingClientRect());
      return rects.some((a, i) => rects.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    });
    expect(overlaps).toBe(false);
    await box.focus();
    const before = await box.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).not.toBe(before);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('timelines render as HTML: family timeline, version table and every release', async ({ page }) => {
    await page.goto('/families/gpt-mini/');
    await expect(page.locator('.timeline .item').first()).toBeVisible();
    await expect(page.locator('#family-versions tbody tr')).not.toHaveCount(0);
    await page.goto('/timeline/');
    await expect(page.locator('#timeline-filter')).toBeHidden();
    const years = await page.locator('.year h2').allTextContents();
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.month li').count()).toBeGreaterThan(30);
  });
});
