// Benchmark results on the benchmark's own scale, once per source, setting and version.
import type { Problem } from '../problem.ts';
import { collector, models, type RuleContext } from './context.ts';

/** A note that confirms a percentage really is below one, e.g. "under 1%". */
const UNDER_ONE = /\b(under|below|less than) (1|one) ?(%|percent)/i;

export function benchmarkResults(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const seen = new Set<string>();
    (m.data.benchmarks ?? []).forEach((r, i) => {
      const bench = ctx.content.benchmarks.get(r.benchmark);
      if (!bench?.data.scale) return;
      const { min, max } = bench.data.scale;
      if (r.score < min || r.score > max)
        add(`benchmarks[${i}].score`, `${r.score} is outside ${bench.data.name}'s scale ${min}–${max}`, max === 100 && r.score <= 1 ? 'write percentages on the 0–100 scale (0.82 → 82)' : `give the score on the ${min}–${max} scale`);
      else if (min === 0 && max === 100 && bench.data.unit === '%' && r.score > 0 && r.score < 1 && !UNDER_ONE.test(r.note ?? ''))
        add(`benchmarks[${i}].score`, `${r.score} looks like a fraction on ${bench.data.name}'s 0–100 scale`, 'write percentages on the 0–100 scale (0.82 → 82); a real score under 1% needs note: "under 1%"');
      const key = [r.benchmark, r.setting ?? '', r.version ?? '', r.snapshot ?? '', r.source].join('|');
      if (seen.has(key))
        add(`benchmarks[${i}]`, `duplicate result for ${r.benchmark} from the same source, setting and version`, 'remove the repeated entry, or tell them apart with "snapshot" (the dated model version tested) or "version"');
      seen.add(key);
    });
  }
  return problems;
}
