import { describe, expect, it } from 'vitest';
import { isSnapshotId, priceOfferings, type Offering } from '../../../../src/lib/content/import/plan-existing.ts';

const offering = (platform: string, modelId: string, input = 1): Offering => ({
  platform,
  record: { upstream: 'models-dev', role: 'offering', folder: platform, stem: modelId, modelId, file: modelId, url: `https://x.test/${modelId}`, facts: { features: {}, benchmarks: [], price: { input, output: 2 } }, quote: '' },
});

describe('priceOfferings', () => {
  it('lets one listing per host speak for its price: ours, else unprefixed, else global, else regional', () => {
    const eu = offering('bedrock', 'eu.acme.rocket', 1.1);
    const global = offering('bedrock', 'global.acme.rocket');
    const plain = offering('bedrock', 'acme.rocket');
    expect([...priceOfferings([eu, global])]).toEqual([global.record]);
    expect([...priceOfferings([eu, global, plain])]).toEqual([plain.record]);
    expect([...priceOfferings([eu, global, plain], [{ platform: 'bedrock', modelId: 'eu.acme.rocket' }])]).toEqual([eu.record]);
    expect(priceOfferings([eu, offering('cloudy', 'rocket')]).size).toBe(2);
  });
});

describe('isSnapshotId', () => {
  it('recognises the hosts\' dated ids only', () => {
    expect(['claude-opus-4-20250514', 'gpt-4o-2024-08-06', 'claude-opus-4-5@20251101'].every(isSnapshotId)).toBe(true);
    expect(['gpt-4o', 'rocket-3', 'kimi-k2-0711-preview'].some(isSnapshotId)).toBe(false);
  });
});
