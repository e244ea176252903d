// Link cards for index pages (newest models, families, benchmarks, similar models).
import type { Benchmark, Catalog, Model } from '../catalog/catalog.ts';
import { releaseDate } from '../catalog/catalog.ts';
import type { familyIndex } from './family-index.ts';
import { formatDate } from '../format/format.ts';
import { modelPath, withBase } from '../site.ts';

export interface Card {
  href: string;
  title: string;
  meta?: string;
  text?: string;
}

export function modelCards(models: Model[], catalog: Catalog, withMeta = true): Card[] {
  return models.map((m) => {
    const date = releaseDate(m);
    const meta = [catalog.provider.get(m.data.provider)?.data.name, date && formatDate(date)].filter(Boolean).join(' · ');
    return { href: modelPath(m.id), title: m.data.name, meta: withMeta ? meta : undefined, text: m.data.summary };
  });
}

export function familyCards(families: ReturnType<typeof familyIndex>[number]['families']): Card[] {
  return families.map((f) => ({
    href: withBase(`/families/${f.family.id}/`),
    title: f.family.data.name,
    meta: `${f.count} version${f.count === 1 ? '' : 's'}${f.newest ? `, newest ${f.newest.data.name}${f.newestDate ? ` (${formatDate(f.newestDate)})` : ''}` : ''}`,
    text: f.family.data.description,
  }));
}

export function benchmarkCards(items: { benchmark: Benchmark; results: number }[]): Card[] {
  return items.map(({ benchmark, results }) => ({
    href: withBase(`/benchmarks/${benchmark.id}/`),
    title: benchmark.data.name,
    meta: `${results} result${results === 1 ? '' : 's'}`,
    text: benchmark.data.description,
  }));
}
