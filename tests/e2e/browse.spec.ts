import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expectNoAxeViolations } from './helpers';

test.describe('browse and find', () => {
  test('the home page shows newest releases and leaderboards', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model Atlas');
    expect(await page.locator('section[aria-labelledby="newest"] li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('section[aria-labelledby="boards"] table').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
  });

  test('search finds a model by name and by a phrase from its article', async ({ page }) => {
    await page.goto('/search/?q=GPT-4o%20mini');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('GPT-4o mini');
    await page.goto('/search/?q=instruction%20hierarchy%20method');
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('GPT-4o mini');
  });

  test('"/" jumps to the search field from any page, and Enter searches', async ({ page }) => {
    await page.goto('/benchmarks/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type('Llama');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Llama/);
    await expect(page.locator('.pagefind-ui__result-link').first()).toContainText('Llama');
  });

  test('the theme switch changes the theme and is remembered across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveText('Theme: system');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.click(); // light
    await toggle.click(); // dark
    await expect(toggle).toHaveText('Theme: dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    // Another page keeps the choice (the full catalog's dark-theme scan is in templates.spec.ts).
    await page.goto('/families/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-theme-toggle]')).toHaveText('Theme: dark');
    await expectNoAxeViolations(page);
  });

  test('a provider page lists its models and families', async ({ page }) => {
    await page.goto('/providers/openai/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI');
    await expect(page.locator('section[aria-labelledby="made"]')).toContainText('GPT-4o mini');
    await expect(page.locator('section[aria-labelledby="families"]')).toContainText('GPT mini');
    await expectNoAxeViolations(page);
  });

  test('the 404 page offers search', async ({ page }) => {
    const response = await page.goto('/models/nobody/no-such-model/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByLabel('Search the catalog').fill('gpt-4o');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=gpt-4o/);
    await expectNoAxeViolations(page);
  });

  test('the API files match the published JSON Schema', async ({ request }) => {
    const schema = await (await request.get('/api/schema.json')).json();
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(schema, 'api');
    const check = (ref: string, data: unknown) => {
      const validate = ajv.getSchema(`api#/definitions/${ref}`)!;
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    };
    const models = await (await request.get('/api/models.json')).json();
    check('ModelsDocument', models);
    expect(models.count).toBe(models.models.length);
    expect(models.count).toBeGreaterThanOrEqual(60);
    const one = await (await request.get('/api/models/openai/gpt-4o-mini.json')).json();
    check('Model', one);
    expect(one.specs.contextWindow).toEqual(models.models.find((m: { id: string }) => m.id === 'openai/gpt-4o-mini').specs.contextWindow);
    expect(Object.keys(one.sources)).toContain('openai-gpt-4o-mini-launch');
    check('BenchmarksDocument', await (await request.get('/api/benchmarks.json')).json());
  });

  test('the feed and the sitemap are valid XML listing every model', async ({ request }) => {
    const models = (await (await request.get('/api/models.json')).json()) as { count: number; models: { id: string; url: string }[] };
    const parser = new XMLParser({ ignoreAttributes: false });
    const feed = parser.parse(await (await request.get('/feed.xml')).text()).feed;
    const entries = [feed.entry].flat();
    expect(entries.length).toBe(models.count);
    const sitemapIndex = parser.parse(await (await request.get('/sitemap-index.xml')).text());
    const maps = [sitemapIndex.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const urls = new Set<string>();
    for (const path of maps) {
      const xml = parser.parse(await (await request.get(path)).text());
      [xml.urlset.url].flat().forEach((u: { loc: string }) => urls.add(new URL(u.loc).pathname));
    }
    for (const m of models.models) expect(urls.has(new URL(m.url).pathname), m.id).toBe(true);
  });

  test('a model page has a social preview image, generated at build time', async ({ page, request }) => {
    await page.goto('/models/openai/gpt-4o-mini/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\/models\/openai\/gpt-4o-mini\.png$/);
    const png = await (await request.get(new URL(image!).pathname)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('every page has its own title, description and canonical URL', async ({ page }) => {
    const seen = new Set<string>();
    for (const path of ['/', '/models/', '/models/openai/gpt-4o-mini/', '/benchmarks/mmlu/', '/families/gpt-mini/', '/compare/']) {
      await page.goto(path);
      const title = await page.title();
      expect(seen.has(title), title).toBe(false);
      seen.add(title);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    }
    // The not-found page names no address of its own and asks not to be indexed.
    await page.goto('/no-such-page/');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});
