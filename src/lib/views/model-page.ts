// Everything a model page shows, derived in one place so the page only assembles components.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { currentStatus, predecessorOf, publisherOf, successorsOf } from '../catalog/catalog.ts';
import { resultsByCategory } from '../benchmarks/results.ts';
import { benchmarkChartSpec } from '../outputs/chart-spec.ts';
import { citationIndex } from '../catalog/citations.ts';
import { renderArticleHtml } from '../content/article/render.ts';
import { competitorTable } from '../compare/competitors.ts';
import { keyDates } from '../lifecycle/key-dates.ts';
import { lineageChain, versionRows } from '../lineage/lineage.ts';
import { costExample, priceHistory } from '../pricing/price-history.ts';
import { makerPriceSteps } from '../pricing/price-chart.ts';
import { specRows } from './model-specs.ts';
import { modelSummary } from './model-summary.ts';
import { similarModels } from '../compare/similarity.ts';
import type { Feature } from '../../schemas/index.ts';
import { FEATURES } from '../../schemas/index.ts';

export function modelPageData(model: Model, catalog: Catalog, today: string) {
  const citations = citationIndex(model, catalog);
  const groups = resultsByCategory(model, catalog);
  const publisher = (id: string) => publisherOf(id, catalog);
  const platformName = (id: string) => catalog.provider.get(id)?.data.name ?? id;
  const family = model.data.family ? catalog.family.get(model.data.family) : undefined;
  const features = FEATURES.flatMap((f) => {
    const value = model.data.features[f];
    return value ? [[f, value] as [Feature, typeof value]] : [];
  });
  return {
    model,
    provider: catalog.provider.get(model.data.provider),
    family,
    status: currentStatus(model, today),
    citations,
    articleHtml: renderArticleHtml(model.body, citations.numberOf, model.id),
    specs: specRows(model, catalog, today),
    summary: modelSummary(model, catalog, today),
    events: keyDates(model, today),
    prices: priceHistory(model, today),
    priceChart: { steps: makerPriceSteps(model, today), platform: model.data.provider, until: today },
    cost: costExample(model, today),
    features,
    benchmarkGroups: groups,
    benchmarkChart: benchmarkChartSpec(
      `${model.data.name}: benchmark scores (0–100)`,
      model.data.name,
      groups.flatMap((g) => g.rows),
      publisher,
    ),
    competitors: competitorTable(model, catalog),
    versions: family ? versionRows(family.id, catalog, today) : [],
    chain: lineageChain(model, catalog),
    predecessor: predecessorOf(model, catalog),
    successors: successorsOf(model, catalog),
    similar: similarModels(model, catalog, today),
    publisher,
    sourceUrl: (id: string) => catalog.source.get(id)?.data.url,
    platformName,
    unitOf: (benchmarkId: string) => catalog.benchmark.get(benchmarkId)?.data.unit ?? '%',
  };
}

export type ModelPageData = ReturnType<typeof modelPageData>;
