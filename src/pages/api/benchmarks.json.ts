import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { benchmarksDocument } from '../../lib/outputs/api';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(benchmarksDocument(catalog, TODAY), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
