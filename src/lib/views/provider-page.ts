// A provider's own models and families, and other makers' models it serves (priced or listed).
import type { Catalog, Model, Provider } from '../catalog/catalog.ts';
import { currentStatus, modelsOfProvider, releaseDate } from '../catalog/catalog.ts';

function servedBy(providerId: string, catalog: Catalog): Model[] {
  return catalog.models.filter(
    (m) => m.data.provider !== providerId && (m.data.pricing.some((p) => p.platform === providerId) || m.data.availability.some((a) => a.platform === providerId)),
  );
}

export function providerPageData(provider: Provider, catalog: Catalog, today: string) {
  return {
    made: modelsOfProvider(provider.id, catalog).map((model) => ({ model, released: releaseDate(model), status: currentStatus(model, today) })),
    families: catalog.families.filter((f) => f.data.provider === provider.id),
    served: servedBy(provider.id, catalog),
  };
}

export function providerIndex(catalog: Catalog) {
  return catalog.providers.map((provider) => ({
    provider,
    made: modelsOfProvider(provider.id, catalog).length,
    served: servedBy(provider.id, catalog).length,
  }));
}
