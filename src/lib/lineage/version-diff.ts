// What changed between two consecutive versions, computed from their recorded facts:
// "context 16K → 128K", "input price −70%", "reads images", "MMLU (5-shot) 70.0 → 82.0".
import type { Catalog, Model } from '../catalog/catalog.ts';
import { firstValue, headlinePrice } from '../catalog/catalog.ts';
import { comparableKey, resultLabel } from '../benchmarks/results.ts';
import { formatTokensCompact, formatUsd } from '../format/format.ts';
import { MODALITY_LABEL } from '../format/labels.ts';

export interface Change {
  kind: 'context' | 'max-output' | 'price' | 'modality' | 'benchmark' | 'license';
  text: string;
}

function percentChange(before: number, after: number): string {
  const pct = Math.round(((after - before) / before) * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)} %`;
}

export function versionDiff(before: Model, after: Model, catalog: Catalog, today: string): Change[] {
  const changes: Change[] = [];
  const tokens = (label: string, kind: Change['kind'], a?: number, b?: number) => {
    if (a && b && a !== b) changes.push({ kind, text: `${label} ${formatTokensCompact(a)} → ${formatTokensCompact(b)}` });
  };
  tokens('context', 'context', firstValue(before.data.specs.contextWindow), firstValue(after.data.specs.contextWindow));
  tokens('max output', 'max-output', firstValue(before.data.specs.maxOutput), firstValue(after.data.specs.maxOutput));

  const pa = headlinePrice(before, today);
  const pb = headlinePrice(after, today);
  if (pa && pb && pa.platform === pb.platform) {
    if (pa.input !== pb.input) changes.push({ kind: 'price', text: `input price ${formatUsd(pa.input)} → ${formatUsd(pb.input)} (${percentChange(pa.input, pb.input)})` });
    if (pa.output !== pb.output) changes.push({ kind: 'price', text: `output price ${formatUsd(pa.output)} → ${formatUsd(pb.output)} (${percentChange(pa.output, pb.output)})` });
  }

  const ma = before.data.modalities;
  const mb = after.data.modalities;
  if (ma && mb) {
    for (const [side, verb] of [['input', 'reads'], ['output', 'writes']] as const) {
      const added = mb[side].filter((m) => !ma[side].includes(m));
      const removed = ma[side].filter((m) => !mb[side].includes(m));
      if (added.length) changes.push({ kind: 'modality', text: `now ${verb} ${added.map((m) => MODALITY_LABEL[m].toLowerCase()).join(', ')}` });
      if (removed.length) changes.push({ kind: 'modality', text: `no longer ${verb} ${removed.map((m) => MODALITY_LABEL[m].toLowerCase()).join(', ')}` });
    }
  }

  if (before.data.license && after.data.license && before.data.license.openWeights !== after.data.license.openWeights) {
    changes.push({ kind: 'license', text: after.data.license.openWeights ? 'weights released' : 'weights no longer released' });
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
