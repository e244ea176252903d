// The catalog: every collection loaded once, references resolved, derived facts computed.
// Pure: it takes plain entries, so unit tests build small catalogs by hand.
import type {
  BenchmarkData,
  BenchmarkResult,
  FamilyData,
  ModelData,
  Price,
  ProviderData,
  SourceData,
  Status,
} from '../../schemas/index.ts';

export type { BenchmarkResult, Price, Status };

export interface Observation<T> {
  value: T;
  source: string;
  note?: string;
}

export interface Model {
  id: string;
  data: ModelData;
  body: string;
}
export interface Provider {
  id: string;
  data: ProviderData;
}
export interface Family {
  id: string;
  data: FamilyData;
}
export interface Benchmark {
  id: string;
  data: BenchmarkData;
}
export interface Source {
  id: string;
  data: SourceData;
}

export interface CatalogInput {
  models: Model[];
  providers: Provider[];
  families: Family[];
  benchmarks: Benchmark[];
  sources: Source[];
}

export interface Catalog {
  models: Model[];
  model: Map<string, Model>;
  provider: Map<string, Provider>;
  family: Map<string, Family>;
  benchmark: Map<string, Benchmark>;
  source: Map<string, Source>;
  providers: Provider[];
  families: Family[];
  benchmarks: Benchmark[];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

export function buildCatalog(input: CatalogInput): Catalog {
  const models = [...input.models].sort(compareNewestFirst);
  return {
    models,
    model: byId(models),
    provider: byId(input.providers),
    family: byId(input.families),
    benchmark: byId(input.benchmarks),
    source: byId(input.sources),
    providers: [...input.providers].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    families: [...input.families].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    benchmarks: [...input.benchmarks].sort((a, b) => a.data.name.localeCompare(b.data.name)),
  };
}

/** A figure may be one observation or a list; pages always get the list. */
export function observationsOf<T>(figure: Observation<T> | Observation<T>[] | undefined): Observation<T>[] {
  if (!figure) return [];
  return Array.isArray(figure) ? figure : [figure];
}

/** The date a model became usable: release, else announcement. */
export function releaseDate(model: Model): string | undefined {
  return model.data.dates.released?.date ?? model.data.dates.announced?.date;
}

export function compareNewestFirst(a: Model, b: Model): number {
  return (releaseDate(b) ?? '').localeCompare(releaseDate(a) ?? '') || a.data.name.localeCompare(b.data.name);
}

/**
 * The latest status entry dated on or before `today`; a model whose sourced retirement date
 * (dates.retired, often announced as a schedule) has arrived counts as retired from that day,
 * so a build after the date never shows a retired model as still available.
 */
export function currentStatus(model: Model, today: string): Status {
  const entries = model.data.status.filter((s) => s.date <= today);
  const status = (entries.at(-1) ?? model.data.status[0]).status;
  const retired = model.data.dates.retired?.date;
  return retired && retired <= today ? 'retired' : status;
}

/** The publisher named by a source id (the id itself when the source is missing). */
export function publisherOf(sourceId: string, catalog: Catalog): string {
  return catalog.source.get(sourceId)?.data.publisher ?? sourceId;
}

/** The first value of a figure, for sorting and compact display (pages show all values). */
export function firstValue<T>(figure: Observation<T> | Observation<T>[] | undefined): T | undefined {
  return observationsOf(figure)[0]?.value;
}

/** The date a price applies from, or, when unknown, the date it was seen listed. */
export function priceDate(p: Price): string {
  return p.effective ?? p.listed ?? '';
}

/** The newest price per platform on a date, the maker's own platform first (pure: the chooser runs it in the browser). */
export function pricesInEffect(pricing: readonly Price[], maker: string, date: string): Price[] {
  const latest = new Map<string, Price>();
  for (const p of [...pricing].sort((a, b) => priceDate(a).localeCompare(priceDate(b)))) {
    if (priceDate(p) <= date) latest.set(p.platform, p);
  }
  return [...latest.values()].sort((a, b) => Number(b.platform === maker) - Number(a.platform === maker) || a.platform.localeCompare(b.platform));
}

/** The maker's own price on a date, else the cheapest platform's. */
export function headlineOf(pricing: readonly Price[], maker: string, date: string): Price | undefined {
  const prices = pricesInEffect(pricing, maker, date);
  return prices.find((p) => p.platform === maker) ?? [...prices].sort((a, b) => a.input - b.input)[0];
}

/** The newest price per platform, the maker's own platform first. */
export function currentPrices(model: Model, today: string): Price[] {
  return pricesInEffect(model.data.pricing, model.data.provider, today);
}

/** The maker's own current price, else the cheapest platform's. */
export function headlinePrice(model: Model, today: string): Price | undefined {
  return headlineOf(model.data.pricing, model.data.provider, today);
}

/** Successors: the one named in the file, plus every model that names this one as predecessor. */
export function successorsOf(model: Model, catalog: Catalog): Model[] {
  const ids = new Set<string>();
  if (model.data.successor) ids.add(model.data.successor);
  for (const m of catalog.models) if (m.data.predecessor === model.id) ids.add(m.id);
  return [...ids].map((id) => catalog.model.get(id)).filter((m): m is Model => Boolean(m)).sort(compareNewestFirst);
}

export function predecessorOf(model: Model, catalog: Catalog): Model | undefined {
  if (model.data.predecessor) return catalog.model.get(model.data.predecessor);
  return catalog.models.find((m) => m.data.successor === model.id);
}

/** Every model of a family, newest first. */
export function familyVersions(familyId: string, catalog: Catalog): Model[] {
  return catalog.models.filter((m) => m.data.family === familyId);
}

export function modelsOfProvider(providerId: string, catalog: Catalog): Model[] {
  return catalog.models.filter((m) => m.data.provider === providerId);
}
