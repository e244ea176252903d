// Rows of the /models/ table: one per model with the figures people sort and filter by.
// Cells hold raw numbers for sorting and formatted text for reading.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { currentStatus, firstValue, headlinePrice, releaseDate } from '../catalog/catalog.ts';
import { blendedPrice } from '../pricing/cost.ts';
import type { Feature, Status } from '../../schemas/index.ts';
import { FEATURES } from '../../schemas/index.ts';

/** Benchmarks that get a column: the most widely reported ones. */
export const TABLE_BENCHMARKS = ['mmlu', 'gpqa', 'humaneval', 'swe-bench-verified', 'math', 'aime'] as const;

export interface CatalogRow {
  model: Model;
  provider: string;
  providerName: string;
  released?: string;
  status: Status;
  context?: number;
  maxOutput?: number;
  parameters?: number;
  input?: number;
  output?: number;
  blended?: number;
  pricePlatform?: string;
  openWeights?: boolean;
  license?: string;
  inputModalities: string[];
  features: Feature[];
  scores: Record<string, { score: number; setting?: string; version?: string } | undefined>;
}

export function catalogRows(catalog: Catalog, today: string): CatalogRow[] {
  return catalog.models.map((model) => {
    const d = model.data;
    const price = headlinePrice(model, today);
    const scores: CatalogRow['scores'] = {};
    for (const id of TABLE_BENCHMARKS) {
      const best = d.benchmarks.filter((r) => r.benchmark === id).sort((a, b) => b.score - a.score)[0];
      scores[id] = best ? { score: best.score, setting: best.setting, version: best.version } : undefined;
    }
    return {
      model,
      provider: d.provider,
      providerName: catalog.provider.get(d.provider)?.data.name ?? d.provider,
      released: releaseDate(model),
      status: currentStatus(model, today),
      context: firstValue(d.specs.contextWindow),
      maxOutput: firstValue(d.specs.maxOutput),
      parameters: firstValue(d.specs.parametersTotal),
      input: price?.input,
      output: price?.output,
      blended: price ? blendedPrice(price) : undefined,
      pricePlatform: price?.platform,
      openWeights: d.license?.openWeights,
      license: d.license?.name,
      inputModalities: d.modalities?.input ?? [],
      features: FEATURES.filter((f) => d.features[f]?.supported),
      scores,
    };
  });
}

/** The distinct values offered by each filter, from the rows themselves. */
export function filterOptions(rows: CatalogRow[]) {
  const uniq = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return {
    providers: uniq(rows.map((r) => r.provider)).map((id) => ({ id, name: rows.find((r) => r.provider === id)!.providerName })),
    licenses: uniq(rows.map((r) => r.license)),
    modalities: uniq(rows.flatMap((r) => r.inputModalities)),
    features: FEATURES.filter((f) => rows.some((r) => r.features.includes(f))),
  };
}
