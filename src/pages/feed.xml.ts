import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/astro-catalog';
import { atomFeed } from '../lib/outputs/api';
import { TODAY } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return new Response(atomFeed(catalog, new URL(import.meta.env.BASE_URL, site).href, TODAY), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
