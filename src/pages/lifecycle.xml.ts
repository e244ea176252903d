import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/astro-catalog';
import { lifecycleEvents } from '../lib/lifecycle/calendar';
import { lifecycleAtom } from '../lib/outputs/lifecycle-feeds';
import { TODAY } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  return new Response(lifecycleAtom(lifecycleEvents(catalog, TODAY), catalog, siteUrl, TODAY), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
