// Verified and unverified figures, and the three states of a missing one (a value, "not
// disclosed", "unknown"), on a model page, a comparison, the catalog table and the JSON API.
import { expect, test } from '@playwright/test';

test('a model page marks unverified figures and tells "not disclosed" from "unknown"', async ({ page }) => {
  await page.goto('/models/openai/gpt-4o-mini/');
  const specs = page.locator('#specs').locator('xpath=..');
  // OpenAI's own page backs the context window: no marker there.
  await expect(specs.locator('tr[data-fact="contextWindow"] .unverified')).toHaveCount(0);
  // The maker does not publish a parameter count, and a source says so.
  await expect(specs.locator('tr[data-fact="parametersTotal"]')).toContainText('not disclosed');
  // Nothing records its training tokens: unknown, never "no".
  await expect(specs.locator('tr[data-fact="trainingTokens"]')).toContainText('unknown');
  // The fastest reading rests on press coverage only: marked unverified, as text with a link to the explanation.
  const speed = page.locator('.summary-box').getByRole('link', { name: /unverified/ });
  await expect(speed).toHaveAttribute('href', /\/data\/#verified$/);
});

test('a comparison marks unverified cells and keeps unknown apart from not disclosed', async ({ page }) => {
  await page.goto('/compare/?models=openai/gpt-4o-mini,google/gemini-4-neon');
  const row = (id: string) => page.locator(`#compare-facts tr[data-fact="${id}"]`);
  await expect(row('parametersTotal').locator('td').nth(0)).toHaveText(/not disclosed/);
  await expect(row('parametersTotal').locator('td').nth(1)).toHaveText(/unknown/);
  await expect(page.locator('#compare-facts .unverified').first()).toBeVisible();
});

test('the catalog table marks unverified cells and shows unknown as such', async ({ page }) => {
  await page.goto('/models/');
  const neon = page.locator('#catalog-table tr[data-id="google/gemini-4-neon"]');
  await expect(neon.locator('td').filter({ hasText: 'unknown' }).first()).toBeVisible();
  await expect(neon.getByRole('link', { name: /unverified/ }).first()).toBeVisible();
});

test('the JSON API carries the state and verification of every fact', async ({ request }) => {
  const record = await (await request.get('/api/models/openai/gpt-4o-mini.json')).json();
  expect(record.facts.parametersTotal).toMatchObject({ state: 'undisclosed', text: 'not disclosed' });
  expect(record.facts.trainingTokens).toEqual({ state: 'unknown', text: 'unknown' });
  expect(record.facts.contextWindow.state).toBe('known');
  expect(record.facts.contextWindow.verified).toBe(true);
  expect(record.facts.contextWindow.observations.every((o: { verified: boolean }) => typeof o.verified === 'boolean')).toBe(true);
  const speed = record.facts.outputSpeed;
  expect(speed.verified).toBe(false);
});
