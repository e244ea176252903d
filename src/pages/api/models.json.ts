import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { modelsDocument } from '../../lib/outputs/api';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(modelsDocument(catalog, TODAY, new URL(import.meta.env.BASE_URL, site).href), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
