// A provider's own models (with their current price and context) and families, and other makers'
// models it serves (priced or listed).
import type { Catalog, Model, Provider } from '../catalog/catalog.ts';
import { currentStatus, modelsOfProvider, releaseDate } from '../catalog/catalog.ts';
import { FACTS } from '../facts/registry.ts';
import { CARD_FACTS, cardFacts } from './cards.ts';

function servedBy(providerId: string, catalog: Catalog): Model[] {
  return catalog.models.filter(
    (m) => m.data.provider !== providerId && (m.data.pricing.some((p) => p.platform === providerId) || m.data.availability.some((a) => a.platform === providerId)),
  );
}

export function providerPageData(provider: Provider, catalog: Catalog, today: string) {
  return {
    made: modelsOfProvider(provider.id, catalog).map((model) => ({ model, released: releaseDate(model), status: currentStatus(model, today), facts: cardFacts(model, catalog, today) })),
    /** Column headings of the figures in each row of `made`, in the same order. */
    factColumns: CARD_FACTS.map((id) => ({ id, label: FACTS[id].short })),
    families: catalog.families.filter((f) => f.data.provider === provider.id),
    served: servedBy(provider.id, catalog),
  };
}

export function providerIndex(catalog: Catalog) {
  return catalog.providers.map((provider) => {
    const own = modelsOfProvider(provider.id, catalog);
    return {
      provider,
      made: own.length,
      served: servedBy(provider.id, catalog).length,
      families: catalog.families.filter((f) => f.data.provider === provider.id).length,
      newest: own[0] ? { model: own[0], released: releaseDate(own[0]) } : undefined,
    };
  });
}
