import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/astro-catalog';
import { lifecycleEvents } from '../lib/lifecycle/calendar';
import { lifecycleIcs } from '../lib/outputs/lifecycle-feeds';
import { TODAY } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const text = lifecycleIcs(lifecycleEvents(catalog, TODAY), catalog, { siteUrl, stamp: TODAY, name: 'Model Atlas: model shutdowns' });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
