// Families grouped by provider, with version counts and the newest version.
import type { Catalog, Family, Model, Provider } from '../catalog/catalog.ts';
import { familyVersions, releaseDate } from '../catalog/catalog.ts';

export function familyIndex(catalog: Catalog): { provider: Provider; families: { family: Family; count: number; newest?: Model; newestDate?: string }[] }[] {
  return catalog.providers
    .map((provider) => ({
      provider,
      families: catalog.families
        .filter((f) => f.data.provider === provider.id)
        .map((family) => {
          const versions = familyVersions(family.id, catalog);
          return { family, count: versions.length, newest: versions[0], newestDate: versions[0] ? releaseDate(versions[0]) : undefined };
        }),
    }))
    .filter((g) => g.families.length > 0);
}
