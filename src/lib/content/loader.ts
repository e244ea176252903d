// The Astro content loader: the collections are filled from the same reader, validation and
// catalog the command-line tools use. Only entries that passed validation are stored; a build or
// dev server with any content problem stops earlier (src/integrations/content-validation.ts).
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog/catalog.ts';
import type { CollectionName } from './files.ts';
import { contentDirOf, forgetContent, loadContent } from './load.ts';

function itemsOf(catalog: Catalog, collection: CollectionName): { id: string; data: Record<string, unknown>; body?: string }[] {
  switch (collection) {
    case 'models':
      return catalog.models;
    case 'families':
      return catalog.families;
    case 'providers':
      return catalog.providers;
    case 'benchmarks':
      return catalog.benchmarks;
    case 'sources':
      return [...catalog.source.values()];
  }
}

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `model-atlas:${collection}`,
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = async () => {
        const { catalog } = loadContent(contentDirOf(root), root);
        store.clear();
        for (const item of itemsOf(catalog, collection)) {
          const data = await parseData({ id: item.id, data: item.data });
          store.set({ id: item.id, data, body: item.body, digest: generateDigest(data) });
        }
      };
      await fill();
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(contentDirOf(root))) return;
        forgetContent();
        void fill();
      });
    },
  };
}
