import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/astro-catalog';
import { getChangeHistory } from '../lib/changes/load';
import { changesFeed } from '../lib/outputs/changes-feed';
import { TODAY } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const [catalog, history] = await Promise.all([getCatalog(), getChangeHistory()]);
  return new Response(changesFeed(history, catalog, new URL(import.meta.env.BASE_URL, site).href, TODAY), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
