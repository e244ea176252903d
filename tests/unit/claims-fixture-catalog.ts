// The fixture catalog plus results that exercise claimed-against-independent pairing.
import { fixtureCatalog } from './fixture-catalog.ts';
import { buildCatalog, type BenchmarkResult, type Catalog } from '../../src/lib/catalog/catalog.ts';

// The fixture catalog with extra Quiz results: Rocket 2 has a claimed and an independent score at
// 5-shot (a pair) plus a claimed 0-shot and an independent "hard" score (not comparable); Rocket 1
// gains an independent 5-shot score and one of unstated origin; Cloudy's Cirrus has a pair.
export function claimsCatalog(): Catalog {
  const base = fixtureCatalog();
  const models = base.models.map((m) => structuredClone(m));
  const add = (id: string, ...results: Omit<BenchmarkResult, 'benchmark' | 'source'>[]) =>
    models.find((m) => m.id === id)!.data.benchmarks.push(...results.map((r) => ({ benchmark: 'quiz', source: 'acme-launch', ...r })));
  add('acme/rocket-2', { score: 77.3, setting: '5-shot', selfReported: false }, { score: 70, setting: '0-shot', selfReported: true }, { score: 50, version: 'hard', setting: '5-shot', selfReported: false });
  add('acme/rocket-1', { score: 61.5, setting: '5-shot', selfReported: false }, { score: 58, setting: '5-shot', selfReported: 'unknown' });
  const cirrus = structuredClone(models[0]);
  cirrus.id = 'cloudy/cirrus';
  cirrus.data = { ...cirrus.data, name: 'Cirrus', provider: 'cloudy', benchmarks: [
    { benchmark: 'quiz', score: 90, setting: '5-shot', selfReported: true, source: 'acme-launch' },
    { benchmark: 'quiz', score: 84, setting: '5-shot', selfReported: false, source: 'acme-launch' },
  ] };
  models.push(cirrus);
  return buildCatalog({ models, providers: base.providers, families: base.families, benchmarks: base.benchmarks, sources: [...base.source.values()] });
}
