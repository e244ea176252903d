import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { catalogColumnsDocument } from '../../lib/outputs/catalog-columns';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(catalogColumnsDocument(catalog, TODAY)), { headers: { 'Content-Type': 'application/json' } });
};
