import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { chooseDocument } from '../../lib/choose/document';
import { TODAY } from '../../lib/site';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(chooseDocument(catalog, TODAY)), { headers: { 'Content-Type': 'application/json' } });
};
