import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { perMillion, readLitellm } from '../../../../src/lib/content/import/litellm.ts';
import { FIXTURE, COMMIT, scratch } from './helpers.ts';

describe('perMillion', () => {
  it('moves the decimal point instead of multiplying floats (9.54e-7 × 1e6 is 0.9540000000000001)', () => {
    expect(9.54e-7 * 1e6).not.toBe(0.954);
    expect(perMillion(9.54e-7)).toBe(0.954);
    expect(perMillion(1.25e-6)).toBe(1.25);
    expect(perMillion(7.5e-8)).toBe(0.075);
    expect(perMillion(3e-6)).toBe(3);
    expect(perMillion(1.5e-5)).toBe(15);
    expect(perMillion(0.000002)).toBe(2);
  });
});

describe('readLitellm', () => {
  it('reads chat keys in our units and skips other modes', () => {
    const { records, skipped } = readLitellm(join(FIXTURE, 'litellm.json'), { commit: COMMIT });
    expect(skipped).toBe(1);
    const rocket = records.find((r) => r.stem === 'rocket-3')!;
    expect(rocket.facts.price).toEqual({ input: 0.15, output: 0.6, cachedInput: 0.075 });
    expect(rocket.facts.maxOutput).toBe(16384);
    expect(rocket.facts.contextWindow).toBeUndefined();
    expect(rocket.facts.features).toEqual({ 'function-calling': true, vision: true });
    expect(rocket.url).toBe(`https://github.com/BerriAI/litellm/blob/${COMMIT}/model_prices_and_context_window.json`);
  });
  it('marks a record with an unknown field, a negative price or a fractional token count', () => {
    const dir = scratch();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ a: { litellm_provider: 'acme', mode: 'chat', max_output_tokn: 5 }, b: { litellm_provider: 'acme', mode: 'chat', input_cost_per_token: -1e-6 }, c: { litellm_provider: 'acme', mode: 'chat', max_output_tokens: 100.5 } }));
    const problems = readLitellm(file, { commit: COMMIT }).records.flatMap((r) => r.problems ?? []);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'a.max_output_tokn: unknown field "max_output_tokn"',
      'b.input_cost_per_token: negative price -0.000001 (a price is 0 or more)',
      'c.max_output_tokens: 100.5 is not a whole number of tokens',
    ]);
  });
});
