import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader.ts';
import { benchmarkSchema, familySchema, modelSchema, providerSchema, sourceSchema } from './schemas/index.ts';

export const collections = {
  models: defineCollection({ loader: contentLoader('models'), schema: modelSchema }),
  families: defineCollection({ loader: contentLoader('families'), schema: familySchema }),
  providers: defineCollection({ loader: contentLoader('providers'), schema: providerSchema }),
  benchmarks: defineCollection({ loader: contentLoader('benchmarks'), schema: benchmarkSchema }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
};
