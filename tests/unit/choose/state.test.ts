import { describe, expect, it } from 'vitest';
import { defaultState, readChooseState, writeChooseState } from '../../../src/lib/choose/state.ts';

const known = { flag: (id: string) => id === 'openWeights' || id.startsWith('feature.'), choice: (id: string) => ['maker', 'status', 'license'].includes(id) };

describe('chooser address state', () => {
  it('starts with models still available when the address is empty', () => {
    expect(readChooseState(new URLSearchParams(''), known)).toEqual(defaultState());
    expect(defaultState().constraints.choices.status).toEqual(['preview', 'ga']);
  });
  it('round-trips every control through the address', () => {
    const s = defaultState();
    s.constraints.bounds = { contextWindow: { min: 128000 }, inputPrice: { max: 3 }, 'score.gpqa': { min: 50 } };
    s.constraints.choices = { maker: ['openai', 'google'] };
    s.constraints.flags = { openWeights: false, 'feature.function-calling': true };
    s.excludeUnknown = ['contextWindow', 'features'];
    s.weights = { gpqa: 2, 'mmlu-pro': 1 };
    s.load = { requests: 5000, inputTokens: 2000, outputTokens: 300, cachedShare: 0.25, batch: true };
    s.date = '2024-07-01';
    s.rank = 'cost';
    const back = readChooseState(new URLSearchParams(writeChooseState(s).toString()), known);
    expect(back).toEqual(s);
  });
  it('ignores malformed values instead of applying them', () => {
    const s = readChooseState(new URLSearchParams('w.gpqa=abc&w.aime=-1&date=yesterday&rank=random&requests=-5&cached=500'), known);
    expect(s.weights).toEqual({});
    expect(s.date).toBeUndefined();
    expect(s.rank).toBe('index');
    expect(s.load.requests).toBe(10_000);
    expect(s.load.cachedShare).toBe(1);
  });
});
