import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { pricesDocument } from '../../lib/outputs/prices';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(pricesDocument(catalog, TODAY), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
