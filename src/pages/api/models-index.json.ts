import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { modelsIndex } from '../../lib/outputs/models-index';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(modelsIndex(catalog, TODAY)), { headers: { 'Content-Type': 'application/json' } });
};
