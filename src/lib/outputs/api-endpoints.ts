// The public JSON endpoints, described once for the /api/ page (the link check then proves each
// example path is built). Paths are relative to the site base.
export interface ApiEndpoint {
  path: string;
  example?: string;
  title: string;
  description: string;
}

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    path: '/api/models.json',
    title: 'Every model',
    description:
      'All models with every fact (its state, each value with its source and verification), best benchmark results, rivals and the sources they cite.',
  },
  {
    path: '/api/models/<maker>/<model>.json',
    example: '/api/models/openai/gpt-4o-mini.json',
    title: 'One model',
    description: 'The same record for one model, with its article as Markdown without HTML.',
  },
  {
    path: '/api/models-index.json',
    title: 'Model index',
    description: 'Id, name, maker and release date of every model: small enough for a search-as-you-type picker.',
  },
  {
    path: '/api/benchmarks.json',
    title: 'Benchmarks',
    description: 'Every benchmark: what it measures, its scale, and every result with its settings and source URL.',
  },
  {
    path: '/api/prices.json',
    title: 'Prices over time',
    description:
      'Every dated price of every model: platform, the date it took effect (or was seen listed), input, output, cached and batch prices in USD per 1M tokens, and its source, so you can tell what a model cost on any date.',
  },
  {
    path: '/api/choose.json',
    title: 'Chooser data',
    description: 'What the model chooser reads: each model’s filterable facts, its dated prices and its benchmark results with version, setting and source id.',
  },
  {
    path: '/api/catalog.json',
    title: 'Catalog table',
    description: 'The catalog table as data: its columns (fact id, label, kind, first sort direction), and for every model its cell texts with verification, the known values filters read (every filterable fact and benchmark score) and its sort keys, newest first.',
  },
  {
    path: '/api/schema.json',
    title: 'JSON Schema',
    description: 'JSON Schema of the model and benchmark files above, generated from the same schemas the build validates with.',
  },
  { path: '/feed.xml', title: 'Atom feed', description: 'Every model, newest release first.' },
];
