// Builds /api/choose.json: what the chooser needs and nothing more. Constraint values come from
// the catalog table's row builder (the field registry's filterable facts), so a fact is defined
// once; prices are kept whole and dated so the browser can pick the list in effect on any date.
import type { Catalog } from '../catalog/catalog.ts';
import { FACTS, type FactId } from '../facts/registry.ts';
import { factsWhere } from '../facts/model-facts.ts';
import { catalogRow } from '../views/catalog-table.ts';
import type { ChooseDocument, ChooseModel } from './types.ts';

/** Read from the dated price list in the browser instead. */
const PRICE_FACTS = new Set(['inputPrice', 'outputPrice', 'blendedPrice']);

export function chooseDocument(catalog: Catalog, today: string): ChooseDocument {
  const cited = new Set<string>();
  const providers = new Set<string>();
  const models: ChooseModel[] = catalog.models.map((m) => {
    const row = catalogRow(m, catalog, today, []);
    const values = Object.fromEntries(Object.entries(row.values).filter(([id]) => !PRICE_FACTS.has(id) && !id.startsWith('score.')));
    providers.add(m.data.provider);
    const pricing = m.data.pricing.map(({ note: _note, ...p }) => (cited.add(p.source), providers.add(p.platform), p));
    const results = m.data.benchmarks.map((r) => {
      cited.add(r.source);
      return { benchmark: r.benchmark, score: r.score, version: r.version, setting: r.setting, source: r.source };
    });
    return { id: m.id, name: m.data.name, maker: m.data.provider, values, pricing, results };
  });
  const used = new Set(models.flatMap((m) => m.results.map((r) => r.benchmark)));
  return {
    today,
    models,
    benchmarks: catalog.benchmarks.filter((b) => used.has(b.id)).map((b) => ({ id: b.id, name: b.data.name, unit: b.data.unit, higherIsBetter: b.data.higherIsBetter })),
    sources: Object.fromEntries([...cited].sort().flatMap((id) => {
      const s = catalog.source.get(id);
      return s ? [[id, { publisher: s.data.publisher, url: s.data.url }]] : [];
    })),
    providers: Object.fromEntries([...providers].sort().map((id) => [id, catalog.provider.get(id)?.data.name ?? id])),
    labels: Object.fromEntries(factsWhere((d) => d.filter).map((id) => [id, FACTS[id as FactId].label])),
    multiMatch: Object.fromEntries(factsWhere((d) => d.filter === 'multi').map((id) => [id, FACTS[id as FactId].multiMatch ?? 'any'])),
  };
}
