// The home page's picks: newest releases and short leaderboards for a few key benchmarks.
import type { Catalog } from '../catalog/catalog.ts';
import { publisherOf } from '../catalog/catalog.ts';
import { leaderboard } from '../benchmarks/leaderboard.ts';
import { originShort } from '../benchmarks/result-origin.ts';

export const HOME_BENCHMARKS = ['gpqa', 'swe-bench-verified', 'mmlu'];

export function homePageData(catalog: Catalog, newest = 8, top = 5) {
  const boards = HOME_BENCHMARKS.flatMap((id) => {
    const benchmark = catalog.benchmark.get(id);
    if (!benchmark) return [];
    const [group] = leaderboard(benchmark, catalog);
    const rows = group?.rows.slice(0, top).map((row) => ({ ...row, origin: originShort(row.result, publisherOf(row.result.source, catalog)) }));
    return group && rows ? [{ benchmark, version: group.version, rows }] : [];
  });
  return {
    newest: catalog.models.slice(0, newest),
    boards,
    counts: { models: catalog.models.length, providers: new Set(catalog.models.map((m) => m.data.provider)).size, sources: catalog.source.size },
  };
}
