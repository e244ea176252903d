import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { eventsByMaker, lifecycleEvents, shutdowns } from '../../lib/lifecycle/calendar';
import { lifecycleIcs } from '../../lib/outputs/lifecycle-feeds';
import { TODAY } from '../../lib/site';

// One calendar per maker with at least one shutdown (the same list the /lifecycle/ page links).
export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await getCatalog();
  return eventsByMaker(shutdowns(lifecycleEvents(catalog, TODAY))).map((m) => ({ params: { maker: m.id }, props: { name: m.name } }));
};

export const GET: APIRoute = async ({ params, props, site }) => {
  const catalog = await getCatalog();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const events = lifecycleEvents(catalog, TODAY).filter((e) => e.model.data.provider === params.maker);
  const text = lifecycleIcs(events, catalog, { siteUrl, stamp: TODAY, name: `Model Atlas: ${props.name} model shutdowns` });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
