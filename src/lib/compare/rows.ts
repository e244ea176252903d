// Rows for the side-by-side tables: labels and formatted cells, with which side is better where
// "better" has a clear direction (cheaper, larger context, newer). Used by pair pages and, as
// JSON, by the compare builder, so both show the same figures in the same words.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { compareFacts, type CompareFacts } from './pairs.ts';
import { formatDate, formatParameters, formatScore, formatTokensCompact, formatUsd } from '../format/format.ts';
import { MODALITY_LABEL, FEATURE_LABEL, STATUS_LABEL } from '../format/labels.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import type { SelfReported } from '../benchmarks/result-origin.ts';

export interface FactRow {
  label: string;
  cells: string[];
  /** Source ids behind each cell (several when sources disagree). */
  sources?: string[][];
  /** Index of the best cell, when the row has a direction and a single best value. */
  best?: number;
}

type Direction = 'higher' | 'lower' | undefined;

interface FactDefinition {
  label: string;
  /** The raw value used to decide which side is better (numbers only). */
  value?: (f: CompareFacts) => number | undefined;
  text: (f: CompareFacts) => string;
  direction?: Direction;
  sources?: (f: CompareFacts) => string[];
}

/** All observed values, joined, so disagreeing sources stay visible: "128K tokens / 131.1K tokens". */
function allValues<T>(list: { value: T; source: string }[], format: (v: T) => string): string {
  const texts = [...new Set(list.map((o) => format(o.value)))];
  return texts.length > 1 ? `${texts.join(' / ')} (sources differ)` : (texts[0] ?? '');
}
const ids = (list: { source: string }[]) => [...new Set(list.map((o) => o.source))];

const modalities = (list: string[]) => list.map((m) => MODALITY_LABEL[m as keyof typeof MODALITY_LABEL] ?? m).join(', ');

export const FACTS: FactDefinition[] = [
  { label: 'Released', text: (f) => (f.released ? formatDate(f.released) : ''), sources: (f) => ids(f.observed.released) },
  { label: 'Status', text: (f) => STATUS_LABEL[f.status as keyof typeof STATUS_LABEL] ?? f.status },
  { label: 'Context window', value: (f) => f.context, text: (f) => allValues(f.observed.context, (n) => `${formatTokensCompact(n)} tokens`), direction: 'higher', sources: (f) => ids(f.observed.context) },
  { label: 'Max output', value: (f) => f.maxOutput, text: (f) => allValues(f.observed.maxOutput, (n) => `${formatTokensCompact(n)} tokens`), direction: 'higher', sources: (f) => ids(f.observed.maxOutput) },
  { label: 'Parameters', value: (f) => f.parameters, text: (f) => allValues(f.observed.parameters, formatParameters), sources: (f) => ids(f.observed.parameters) },
  { label: 'Knowledge cutoff', text: (f) => allValues(f.observed.knowledgeCutoff, (d) => formatDate(d)), sources: (f) => ids(f.observed.knowledgeCutoff) },
  { label: 'License', text: (f) => (f.license ? `${f.license}${f.openWeights ? ' (open weights)' : ''}` : ''), sources: (f) => ids(f.observed.license) },
  { label: 'Input price, $/1M', value: (f) => f.input, text: (f) => (f.input !== undefined ? formatUsd(f.input) : ''), direction: 'lower', sources: (f) => ids(f.observed.price) },
  { label: 'Output price, $/1M', value: (f) => f.output, text: (f) => (f.output !== undefined ? formatUsd(f.output) : ''), direction: 'lower', sources: (f) => ids(f.observed.price) },
  { label: 'Blended price (3:1), $/1M', value: (f) => f.blended, text: (f) => (f.blended !== undefined ? formatUsd(f.blended) : ''), direction: 'lower', sources: (f) => ids(f.observed.price) },
  { label: 'Reads', text: (f) => modalities(f.inputModalities), sources: (f) => ids(f.observed.modalities) },
  { label: 'Writes', text: (f) => modalities(f.outputModalities), sources: (f) => ids(f.observed.modalities) },
  { label: 'Features', text: (f) => f.features.map((x) => FEATURE_LABEL[x as keyof typeof FEATURE_LABEL] ?? x).join(', ') },
];

/** Index of the single best value in a row, if the row has a direction and one clear winner. */
export function bestIndex(values: (number | undefined)[], direction: Direction): number | undefined {
  const known = values.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => x[0] !== undefined);
  if (!direction || known.length < 2) return undefined;
  const target = direction === 'higher' ? Math.max(...known.map(([v]) => v)) : Math.min(...known.map(([v]) => v));
  const winners = known.filter(([v]) => v === target);
  return winners.length === 1 ? winners[0][1] : undefined;
}

export function factRows(models: Model[], today: string): FactRow[] {
  const facts: CompareFacts[] = models.map((m) => compareFacts(m, today));
  return FACTS.map((def) => ({
    label: def.label,
    cells: facts.map((f) => def.text(f) || 'not disclosed'),
    sources: facts.map((f) => def.sources?.(f) ?? []),
    best: def.value ? bestIndex(facts.map(def.value), def.direction) : undefined,
  }));
}

export interface BenchmarkCell {
  text: string;
  score: number;
  selfReported: SelfReported;
  publisher: string;
  url: string;
}

export interface BenchmarkRow {
  key: string;
  label: string;
  benchmarkId: string;
  cells: (BenchmarkCell | undefined)[];
  best?: number;
}

/** Benchmark rows for any number of models: one row per comparable key at least two models have. */
export function benchmarkRows(models: Model[], catalog: Catalog, minModels = 2): BenchmarkRow[] {
  const keys = new Map<string, { label: string; benchmarkId: string; count: number }>();
  for (const m of models) {
    const seen = new Set<string>();
    for (const r of m.data.benchmarks) {
      const k = comparableKey(r);
      const benchmark = catalog.benchmark.get(r.benchmark);
      if (!benchmark || seen.has(k)) continue;
      seen.add(k);
      const entry = keys.get(k) ?? { label: resultLabel({ benchmark, result: r }), benchmarkId: benchmark.id, count: 0 };
      entry.count++;
      keys.set(k, entry);
    }
  }
  return [...keys.entries()]
    .filter(([, v]) => v.count >= minModels)
    .map(([key, v]) => {
      const benchmark = catalog.benchmark.get(v.benchmarkId)!;
      const cells = models.map((m) => {
        const r = m.data.benchmarks.filter((x) => comparableKey(x) === key).sort((a, b) => b.score - a.score)[0];
        if (!r) return undefined;
        const source = catalog.source.get(r.source);
        return { text: formatScore(r.score, benchmark.data.unit), score: r.score, selfReported: r.selfReported, publisher: source?.data.publisher ?? r.source, url: source?.data.url ?? '' };
      });
      const best = bestIndex(cells.map((c) => c?.score), benchmark.data.higherIsBetter ? 'higher' : 'lower');
      return { key, label: v.label, benchmarkId: v.benchmarkId, cells, best };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Everything the client-side compare builder needs, already formatted, embedded as JSON. */
export function builderPayload(catalog: Catalog, today: string) {
  return {
    facts: FACTS.map((f) => ({ label: f.label, direction: f.direction ?? null })),
    models: catalog.models.map((m) => {
      const f = compareFacts(m, today);
      return {
        id: m.id,
        name: m.data.name,
        provider: catalog.provider.get(m.data.provider)?.data.name ?? m.data.provider,
        facts: FACTS.map((def) => ({
          text: def.text(f) || 'not disclosed',
          value: def.value?.(f) ?? null,
          sources: (def.sources?.(f) ?? []).map((id) => ({ publisher: catalog.source.get(id)?.data.publisher ?? id, url: catalog.source.get(id)?.data.url ?? '' })),
        })),
        results: benchmarkRows([m], catalog, 1).map((r) => ({ key: r.key, label: r.label, benchmarkId: r.benchmarkId, higherIsBetter: catalog.benchmark.get(r.benchmarkId)?.data.higherIsBetter ?? true, ...r.cells[0]! })),
      };
    }),
  };
}

export type BuilderPayload = ReturnType<typeof builderPayload>;
