import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { factsOf, factsWhere, showModelFact } from '../../../src/lib/facts/model-facts.ts';
import { FACTS, FACT_IDS } from '../../../src/lib/facts/registry.ts';
import { agreement, allValues, isVerified, primaryValue } from '../../../src/lib/facts/values.ts';
import { apiFactsOf } from '../../../src/lib/facts/api-facts.ts';
import { isPrimaryKind } from '../../../src/lib/facts/verification.ts';

const TODAY = '2024-12-31';

describe('field registry', () => {
  const catalog = fixtureCatalog();
  const r1 = catalog.model.get('acme/rocket-1')!;
  const r2 = catalog.model.get('acme/rocket-2')!;

  it('defines each fact once, with an id matching its key and a label', () => {
    for (const id of FACT_IDS) {
      expect(FACTS[id].id).toBe(id);
      expect(FACTS[id].label.length).toBeGreaterThan(2);
    }
  });
  it('reads every observation with its source and verification', () => {
    const f = factsOf(r2, catalog, TODAY);
    expect(f.contextWindow.state).toBe('known');
    expect(allValues(f.contextWindow)).toEqual([128000, 131072]);
    expect(primaryValue(f.contextWindow)).toBe(128000);
    expect(isVerified(f.contextWindow)).toBe(true);
    expect(agreement(f.contextWindow)).toBe('differ');
    expect(f.maxOutput).toEqual({ state: 'unknown' });
    expect(primaryValue(f.inputPrice)).toEqual({ usd: 0.5, platform: 'acme' });
    expect(primaryValue(f.status)).toBe('ga');
  });
  it('reads a list fact (reasoning effort settings) in its published order, with a diff between versions', () => {
    const a = structuredClone(r1);
    const b = structuredClone(r2);
    a.data.specs.reasoningEfforts = { value: ['low', 'high'], source: 'acme-launch' };
    b.data.specs.reasoningEfforts = { value: ['low', 'medium', 'high'], source: 'acme-launch' };
    const fa = factsOf(a, catalog, TODAY).reasoningEfforts;
    expect(primaryValue(fa)).toEqual(['low', 'high']);
    expect(showModelFact('reasoningEfforts', factsOf(a, catalog, TODAY))).toMatchObject({ state: 'known', items: [{ text: 'low, high', source: 'acme-launch' }] });
    expect(FACTS.reasoningEfforts.diff!(['low', 'high'], ['low', 'medium', 'high'])).toEqual(['reasoning efforts low, high → low, medium, high']);
    expect(factsOf(r1, catalog, TODAY).reasoningEfforts).toEqual({ state: 'unknown' });
    expect(apiFactsOf(b, catalog, TODAY).reasoningEfforts).toMatchObject({ state: 'known', text: 'low, medium, high' });
  });
  it('tells not disclosed from unknown', () => {
    const m = structuredClone(r1);
    m.data.notDisclosed = { parametersTotal: { source: 'acme-launch' } };
    expect(factsOf(m, catalog, TODAY).parametersTotal).toEqual({ state: 'undisclosed', source: 'acme-launch', note: undefined });
    expect(factsOf(r1, catalog, TODAY).parametersTotal).toEqual({ state: 'unknown' });
  });
  it('counts only maker, paper, evaluator and platform sources as primary', () => {
    expect(['maker', 'paper', 'evaluator', 'platform'].every((k) => isPrimaryKind(k as never))).toBe(true);
    expect(['press', 'community', 'aggregator'].some((k) => isPrimaryKind(k as never))).toBe(false);
  });
  it('formats compact and long forms from one definition', () => {
    const f = factsOf(r2, catalog, TODAY);
    expect(showModelFact('contextWindow', f, { style: 'compact' })).toMatchObject({ items: [{ text: '128K' }, { text: '131.1K' }] });
    expect(showModelFact('contextWindow', f)).toMatchObject({ items: [{ text: '128,000 tokens' }, { text: '131,072 tokens' }] });
  });
  it('publishes every fact in the API form: state, text, number and observations', () => {
    const api = apiFactsOf(r2, catalog, TODAY);
    expect(Object.keys(api).sort()).toEqual([...FACT_IDS].sort());
    expect(api.contextWindow).toMatchObject({ state: 'known', text: '128K / 131.1K (sources differ)', numeric: 128000, verified: true });
    expect(api.maxOutput).toEqual({ state: 'unknown', text: 'unknown' });
  });
  it('marks roles: spec rows, comparison rows, columns, filters, key facts', () => {
    expect(factsWhere((d) => d.spec)).toContain('contextWindow');
    expect(factsWhere((d) => d.compare)).toContain('inputPrice');
    expect(factsWhere((d) => d.column === 'default')).toEqual(expect.arrayContaining(['released', 'contextWindow', 'inputPrice']));
    expect(factsWhere((d) => d.filter)).toEqual(expect.arrayContaining(['maker', 'contextWindow', 'openWeights', 'feature.function-calling']));
    expect(factsWhere((d) => d.key)).toEqual(expect.arrayContaining(['contextWindow', 'inputPrice', 'feature.function-calling']));
  });
});
