// A small index of every model for search-as-you-type pickers (the compare builder): name, maker,
// the ids platforms call it by, and the two figures people pick by. Fetched only when a picker
// is used, so no page carries the whole catalog.
import type { Catalog } from '../catalog/catalog.ts';
import { apiFactsOf } from '../facts/api-facts.ts';

export interface IndexEntry {
  id: string;
  name: string;
  maker: string;
  /** API model ids and aliases on every platform, for matching what people type. */
  aliases: string[];
  context: string;
  price: string;
  status: string;
}

export function modelsIndex(catalog: Catalog, today: string): IndexEntry[] {
  return catalog.models.map((m) => {
    const facts = apiFactsOf(m, catalog, today);
    return {
      id: m.id,
      name: m.data.name,
      maker: catalog.provider.get(m.data.provider)?.data.name ?? m.data.provider,
      aliases: [...new Set(m.data.availability.map((a) => a.modelId))],
      context: facts.contextWindow.text,
      price: facts.inputPrice.state === 'known' ? `${facts.inputPrice.text} in / ${facts.outputPrice.text} out` : 'price unknown',
      status: facts.status.text,
    };
  });
}
