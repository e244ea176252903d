import { describe, expect, it } from 'vitest';
import { activeCount, readState, writeState } from '../../../src/lib/filters/state.ts';

const known = { flag: (id: string) => id === 'openWeights' || id.startsWith('feature.'), choice: (id: string) => ['maker', 'status', 'inputModalities', 'license'].includes(id) };
const read = (q: string) => readState(new URLSearchParams(q), known);

describe('filter state in the address', () => {
  it('reads bounds, choices, yes/no facts, the unknown switch, sort and columns', () => {
    const s = read('min.contextWindow=128000&max.inputPrice=1&maker=openai&maker=google&openWeights=yes&feature.function-calling=yes&unknown=include&sort=inputPrice&dir=asc&cols=score.gpqa,maxOutput');
    expect(s).toEqual({
      bounds: { contextWindow: { min: 128000 }, inputPrice: { max: 1 } },
      choices: { maker: ['openai', 'google'] },
      flags: { openWeights: true, 'feature.function-calling': true },
      includeUnknown: true,
      sort: 'inputPrice',
      dir: 'asc',
      cols: ['score.gpqa', 'maxOutput'],
    });
    expect(activeCount(s)).toBe(5);
  });
  it('round-trips through writeState', () => {
    const q = 'min.contextWindow=128000&maker=openai&openWeights=no&sort=released&dir=desc';
    expect(readState(writeState(read(q)), known)).toEqual(read(q));
  });
  it('ignores what cannot be used: ?maxPrice=abc does not hide every model', () => {
    expect(read('maxPrice=abc&min.contextWindow=-5&max.inputPrice=NaN&openWeights=maybe&dir=sideways')).toMatchObject({ bounds: {}, flags: {}, dir: 'desc' });
  });
  it('still understands the first catalog\'s addresses', () => {
    expect(read('minContext=100000&maxPrice=0.5&provider=openai&modality=image&open=yes&feature=vision')).toMatchObject({
      bounds: { contextWindow: { min: 100000 }, inputPrice: { max: 0.5 } },
      choices: { maker: ['openai'], inputModalities: ['image'] },
      flags: { openWeights: true, 'feature.vision': true },
    });
  });
});
