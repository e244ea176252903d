import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inheritBase } from '../../../../src/lib/content/import/models-dev-facts.ts';
import { readModelsDev } from '../../../../src/lib/content/import/models-dev.ts';
import { FIXTURE, COMMIT } from './helpers.ts';

describe('readModelsDev', () => {
  const { records } = readModelsDev(join(FIXTURE, 'models-dev'), { commit: COMMIT });
  it('reads canonical models and hosts\' offerings with their public URL', () => {
    expect(records.map((r) => `${r.role} ${r.file}`)).toEqual([
      'model models/acme/rocket-3.toml',
      'model models/acme/rocket-9.toml',
      'offering providers/acme/models/rocket-3.toml',
      'offering providers/acme/models/rocket-9.toml',
      'offering providers/cloudy/models/mystery-1.toml',
      'offering providers/cloudy/models/rocket-3-cloud.toml',
    ]);
    expect(records[0].url).toBe(`https://github.com/anomalyco/models.dev/blob/${COMMIT}/models/acme/rocket-3.toml`);
  });
  it('fills an offering from its base_model, its own fields winning', () => {
    const offering = records.find((r) => r.file === 'providers/acme/models/rocket-9.toml')!;
    expect(offering.baseModel).toBe('acme/rocket-9');
    expect(offering.facts.contextWindow).toBe(131072);
    expect(offering.facts.price).toEqual({ input: 1, output: 4, cachedInput: 0.1 });
    expect(offering.quote).toContain('base_model = "acme/rocket-9"');
  });
  it('takes token counts as given and maps features to our names', () => {
    const rocket3 = records[0].facts;
    expect(rocket3.contextWindow).toBe(256000);
    expect(rocket3.features).toEqual({ 'function-calling': true, reasoning: false, vision: true });
  });
  it('follows models.dev inheritance: tables merge, lists are replaced, omitted paths go', () => {
    const merged = inheritBase({ base_model: 'x/y', limit: { output: 10 }, modalities: { input: ['text'] }, base_model_omit: ['limit.input'] }, { name: 'Y', license: 'MIT', limit: { context: 100, input: 90, output: 20 }, modalities: { input: ['text', 'image'], output: ['text'] } });
    expect(merged).toEqual({ name: 'Y', limit: { context: 100, output: 10 }, modalities: { input: ['text'], output: ['text'] } });
  });
  it('limits the read to one provider folder and one model', () => {
    expect(readModelsDev(join(FIXTURE, 'models-dev'), { commit: COMMIT, provider: 'cloudy' }).records.map((r) => r.stem)).toEqual(['mystery-1', 'rocket-3-cloud']);
    expect(readModelsDev(join(FIXTURE, 'models-dev'), { commit: COMMIT, model: 'rocket-9' }).records.map((r) => r.file)).toEqual(['models/acme/rocket-9.toml', 'providers/acme/models/rocket-9.toml']);
  });
});
