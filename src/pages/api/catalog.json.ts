import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { catalogDocument } from '../../lib/outputs/catalog-document';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(catalogDocument(catalog, TODAY)), { headers: { 'Content-Type': 'application/json' } });
};
