// The /choose/ form: constraints from the field registry (the catalog's own filter controls),
// benchmarks to weigh with the version and setting each is ranked at, and the workload defaults.
import type { Catalog } from '../catalog/catalog.ts';
import { chooseDocument } from '../choose/document.ts';
import { commonSeries } from '../choose/rank.ts';
import { DEFAULT_LOAD } from '../choose/state.ts';
import { filterControls, type FilterControl } from './catalog-table.ts';

/** Constraints shown first, in this order, with shorter labels; the rest sit under "More constraints". */
const PRIMARY: Record<string, string> = {
  contextWindow: 'Context window at least',
  maxOutput: 'Max output at least',
  inputPrice: 'Input price at most ($/1M)',
  outputPrice: 'Output price at most ($/1M)',
  inputModalities: 'Reads (all of)',
  outputModalities: 'Writes (all of)',
  openWeights: 'Weights',
  license: 'License',
  status: 'Status (any of)',
  maker: 'Maker (any of)',
};

export interface WeightOption {
  id: string;
  name: string;
  /** The version and setting the benchmark is ranked at, and how many models have a result there. */
  setting: string;
  models: number;
}

export function choosePage(catalog: Catalog, today: string) {
  const controls = filterControls(catalog, today).map((f) => (f.id === 'status' ? { ...f, kind: 'multi' as const } : f));
  const byId = new Map(controls.map((f) => [f.id, f]));
  const primary = Object.keys(PRIMARY).flatMap((id) => (byId.has(id) ? [{ control: byId.get(id)!, label: PRIMARY[id] }] : []));
  const features = controls.filter((f) => f.id.startsWith('feature.'));
  const more: { control: FilterControl; label: string }[] = controls.filter((f) => !PRIMARY[f.id] && !f.id.startsWith('feature.')).map((f) => ({ control: f, label: f.label }));
  const doc = chooseDocument(catalog, today);
  const weights: WeightOption[] = doc.benchmarks
    .flatMap((b) => {
      const s = commonSeries(b, doc.models);
      return s ? [{ id: b.id, name: b.name, setting: [s.version, s.setting].filter(Boolean).join(', ') || 'no setting given', models: s.results.size }] : [];
    })
    .sort((a, b) => b.models - a.models || a.name.localeCompare(b.name));
  return { primary, features, more, weights, load: DEFAULT_LOAD, today };
}

export type ChoosePageData = ReturnType<typeof choosePage>;
