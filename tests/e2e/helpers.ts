import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const GPT_4O_MINI = '/models/openai/gpt-4o-mini/';

/**
 * Runs axe with the WCAG 2.x A/AA rules (2.0, 2.1, 2.2) and expects no violations. Table rows
 * after the 60th are left out: every row of a table comes from the same markup, and the catalog's
 * 318 rows made one scan take 35–120 s on a busy two-core machine.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('tbody > tr:nth-child(n+61)')
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Scrolls through the page so lazy content (charts) starts loading. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
}
