// The score-against-price chart specs of /charts/, keyed like the page's chooser. The page shows
// one of 50-odd charts at a time, so it fetches these when a chart is drawn instead of carrying
// them all inline (they were 40% of its HTML). Each chart's table stays in the page.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { priceScoreCharts } from '../../lib/views/charts-page';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const specs = Object.fromEntries(priceScoreCharts(catalog, TODAY).map((c) => [c.key, c.spec]));
  return new Response(JSON.stringify(specs), { headers: { 'Content-Type': 'application/json' } });
};
