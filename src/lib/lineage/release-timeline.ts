// All releases across providers, grouped by year and month. Grouping by month (rather than
// placing every model on one to-scale axis) keeps the page readable with hundreds of models:
// it is a plain vertical list that scrolls, needs no zoom, and reads the same to a screen reader.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { releaseDate } from '../catalog/catalog.ts';

export interface MonthGroup {
  month: string; // YYYY-MM
  models: { model: Model; date: string; providerName: string }[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
  count: number;
}

export function releaseTimeline(catalog: Catalog): YearGroup[] {
  const years = new Map<string, Map<string, MonthGroup>>();
  for (const model of catalog.models) {
    const date = releaseDate(model);
    if (!date) continue;
    const year = date.slice(0, 4);
    const month = date.slice(0, 7);
    const months = years.get(year) ?? new Map<string, MonthGroup>();
    const group = months.get(month) ?? { month, models: [] };
    group.models.push({ model, date, providerName: catalog.provider.get(model.data.provider)?.data.name ?? model.data.provider });
    months.set(month, group);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, months]) => {
      const list = [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
      list.forEach((g) => g.models.sort((a, b) => b.date.localeCompare(a.date) || a.model.data.name.localeCompare(b.model.data.name)));
      return { year, months: list, count: list.reduce((n, g) => n + g.models.length, 0) };
    });
}
