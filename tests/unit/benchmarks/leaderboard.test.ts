import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { leaderboard, resultCount } from '../../../src/lib/benchmarks/leaderboard.ts';
import { buildCatalog } from '../../../src/lib/catalog/catalog.ts';

describe('leaderboard', () => {
  const catalog = fixtureCatalog();
  const quiz = catalog.benchmark.get('quiz')!;

  it('ranks models by score, best first', () => {
    const [group] = leaderboard(quiz, catalog);
    expect(group.rows.map((r) => [r.rank, r.model.id, r.result.score])).toEqual([
      [1, 'acme/rocket-2', 80],
      [2, 'acme/rocket-1', 60],
    ]);
    expect(group.settings).toEqual(['5-shot']);
  });

  it('ranks lower-is-better benchmarks ascending and shares ranks on ties', () => {
    const lower = { ...quiz, data: { ...quiz.data, higherIsBetter: false } };
    const models = catalog.models.map((m) => structuredClone(m));
    models[0].data.benchmarks[0].score = 60;
    const tied = buildCatalog({ models, providers: catalog.providers, families: catalog.families, benchmarks: [lower], sources: [...catalog.source.values()] });
    expect(leaderboard(lower, tied)[0].rows.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('keeps versions apart and one row per model', () => {
    const models = catalog.models.map((m) => structuredClone(m));
    models[0].data.benchmarks.push({ benchmark: 'quiz', score: 90, version: 'hard', selfReported: false, source: 'acme-launch' });
    models[0].data.benchmarks.push({ benchmark: 'quiz', score: 70, setting: '0-shot', selfReported: true, source: 'acme-launch' });
    const c = buildCatalog({ models, providers: catalog.providers, families: catalog.families, benchmarks: catalog.benchmarks, sources: [...catalog.source.values()] });
    const groups = leaderboard(quiz, c);
    expect(groups.map((g) => [g.version, g.rows.length])).toEqual([['', 2], ['hard', 1]]);
    expect(groups[0].rows[0].result.score).toBe(80);
    expect(resultCount('quiz', c)).toBe(4);
  });
});
