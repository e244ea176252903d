// What changed between two consecutive versions, from the field registry (facts with a `diff`)
// and their benchmark results: "context 16K → 128K", "input price −70 %", "now reads images",
// "MMLU (5-shot) 70.0 → 82.0".
import type { Catalog, Model } from '../catalog/catalog.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import { factsOf } from '../facts/model-facts.ts';
import { FACT_IDS, FACTS, type FactId } from '../facts/registry.ts';
import { primaryValue } from '../facts/values.ts';

export interface Change {
  /** The registry fact that changed, or "benchmark". */
  kind: FactId | 'benchmark';
  text: string;
}

export function versionDiff(before: Model, after: Model, catalog: Catalog, today: string): Change[] {
  const a = factsOf(before, catalog, today);
  const b = factsOf(after, catalog, today);
  const changes: Change[] = [];
  for (const id of FACT_IDS) {
    const diff = FACTS[id].diff as ((x: unknown, y: unknown) => string[]) | undefined;
    const x = primaryValue(a[id] as never);
    const y = primaryValue(b[id] as never);
    if (diff && x !== undefined && y !== undefined) for (const text of diff(x, y)) changes.push({ kind: id, text });
  }
  const scoresBefore = new Map(before.data.benchmarks.map((r) => [comparableKey(r), r]));
  const seen = new Set<string>();
  for (const r of after.data.benchmarks) {
    const key = comparableKey(r);
    const old = scoresBefore.get(key);
    const benchmark = catalog.benchmark.get(r.benchmark);
    if (!old || !benchmark || seen.has(key) || old.score === r.score) continue;
    seen.add(key);
    changes.push({ kind: 'benchmark', text: `${resultLabel({ benchmark, result: r })} ${old.score} → ${r.score}` });
  }
  return changes;
}
