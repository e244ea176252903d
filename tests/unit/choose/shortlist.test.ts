import { describe, expect, it } from 'vitest';
import { shortlist } from '../../../src/lib/choose/shortlist.ts';
import { defaultState } from '../../../src/lib/choose/state.ts';
import type { ChooseDocument, ChooseModel } from '../../../src/lib/choose/types.ts';

// GPT-4o's own price cut as the content records it: $5/$15 from 2024-05-13, $2.50/$10 from 2024-08-06.
const gpt4o: ChooseModel = {
  id: 'openai/gpt-4o', name: 'GPT-4o', maker: 'openai', values: { contextWindow: 128000, status: ['ga'] },
  pricing: [
    { platform: 'openai', effective: '2024-05-13', input: 5, output: 15, source: 'launch' },
    { platform: 'openai', effective: '2024-08-06', input: 2.5, output: 10, cachedInput: 1.25, source: 'cut' },
  ],
  results: [{ benchmark: 'x', score: 80, source: 'rx' }, { benchmark: 'y', score: 40, source: 'ry' }],
};
const cheap: ChooseModel = {
  id: 'm/cheap', name: 'Cheap', maker: 'm', values: { status: ['ga'] },
  pricing: [{ platform: 'm', effective: '2024-01-01', input: 0.1, output: 0.4, batchInput: 0.05, batchOutput: 0.2, source: 'p' }],
  results: [{ benchmark: 'x', score: 60, source: 'rx2' }],
};
const old: ChooseModel = { id: 'm/old', name: 'Old', maker: 'm', values: { status: ['retired'] }, pricing: [], results: [{ benchmark: 'x', score: 99, source: 'r' }] };
const doc: ChooseDocument = {
  today: '2026-12-01', models: [gpt4o, cheap, old],
  benchmarks: [{ id: 'x', name: 'X', unit: '%', higherIsBetter: true }, { id: 'y', name: 'Y', unit: '%', higherIsBetter: true }],
  sources: {}, providers: {}, labels: {}, multiMatch: {},
};
const load = { requests: 1000, inputTokens: 1000, outputTokens: 1000, cachedShare: 0, batch: false };

describe('shortlist', () => {
  it('prices each model from the list in effect on the date: before and after a cut', () => {
    const before = shortlist(doc, { ...defaultState(), load, date: '2024-07-01' }, doc.today).rows.find((r) => r.model.id === gpt4o.id)!;
    const after = shortlist(doc, { ...defaultState(), load, date: '2024-09-01' }, doc.today).rows.find((r) => r.model.id === gpt4o.id)!;
    expect([before.price?.source, before.cost?.usd]).toEqual(['launch', 20]); // 1M in × $5 + 1M out × $15
    expect([after.price?.source, after.cost?.usd]).toEqual(['cut', 12.5]);
  });
  it('applies price constraints to the price on the date', () => {
    const s = { ...defaultState(), load, constraints: { ...defaultState().constraints, bounds: { inputPrice: { max: 3 } } } };
    expect(shortlist(doc, { ...s, date: '2024-07-01' }, doc.today).rows.map((r) => r.model.id)).toEqual(['m/cheap']);
    expect(shortlist(doc, { ...s, date: '2024-09-01' }, doc.today).rows.map((r) => r.model.id).sort()).toEqual(['m/cheap', 'openai/gpt-4o']);
  });
  it('leaves out retired models by default and keeps models priced later with no price', () => {
    const rows = shortlist(doc, { ...defaultState(), load, date: '2024-03-01' }, doc.today).rows;
    expect(rows.map((r) => r.model.id)).toEqual(['m/cheap', 'openai/gpt-4o']);
    expect(rows[1].price).toBeUndefined();
  });
  it('ranks by index with the coverage rule, or by cost', () => {
    const s = { ...defaultState(), load, weights: { x: 1, y: 1 } };
    const byIndex = shortlist(doc, s, doc.today).rows;
    // The scale spans every model with a result, filtered out or not (retired Old's 99 included), so an
    // index does not move when constraints change: GPT-4o x (80−60)/(99−60) = 51.28, y 100 → 75.64.
    // Cheap has 1 of 2 results: too few for an index, listed after.
    expect(byIndex.map((r) => [r.model.id, r.index.have])).toEqual([['openai/gpt-4o', 2], ['m/cheap', 1]]);
    expect(byIndex[0].index.index).toBeCloseTo((100 * 20 / 39 + 100) / 2, 6);
    expect(byIndex[1].index.index).toBeUndefined();
    expect(shortlist(doc, { ...s, rank: 'cost' }, doc.today).rows.map((r) => r.model.id)).toEqual(['m/cheap', 'openai/gpt-4o']);
  });
  it('says when a batch or cached price is missing instead of guessing', () => {
    const rows = shortlist(doc, { ...defaultState(), load: { ...load, batch: true, cachedShare: 0.5 } }, doc.today).rows;
    expect(rows.find((r) => r.model.id === gpt4o.id)!.cost).toEqual({ noCachedPrice: false, noBatchPrice: true });
    expect(rows.find((r) => r.model.id === cheap.id)!.cost).toEqual({ usd: 0.25, noCachedPrice: true, noBatchPrice: false });
  });
  it('applies a minimum score at the ranked setting, keeping unknowns marked', () => {
    const s = { ...defaultState(), load, constraints: { ...defaultState().constraints, bounds: { 'score.y': { min: 30 } } } };
    const rows = shortlist(doc, s, doc.today).rows;
    // no weights: cheapest first
    expect(rows.map((r) => [r.model.id, r.unknown])).toEqual([['m/cheap', ['score.y']], ['openai/gpt-4o', []]]);
    expect(shortlist(doc, { ...s, excludeUnknown: ['scores'] }, doc.today).rows.map((r) => r.model.id)).toEqual(['openai/gpt-4o']);
  });
});
