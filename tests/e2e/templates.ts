// One page of every template the site has, for the checks that run on each of them.
export const TEMPLATES: Record<string, string> = {
  home: '/',
  catalog: '/models/',
  model: '/models/openai/gpt-4o-mini/',
  'compare pair': '/compare/openai-gpt-4.1-mini-vs-openai-gpt-4o-mini/',
  'compare builder': '/compare/?models=openai/gpt-4o-mini,openai/gpt-4.1-mini',
  benchmark: '/benchmarks/gpqa/',
  'benchmark without results': '/benchmarks/bbeh/',
  charts: '/charts/',
  'benchmarks index': '/benchmarks/',
  family: '/families/gpt-mini/',
  families: '/families/',
  timeline: '/timeline/',
  provider: '/providers/openai/',
  providers: '/providers/',
  search: '/search/?q=mini',
  '404': '/no-such-page/',
};
