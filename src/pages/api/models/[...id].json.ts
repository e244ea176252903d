import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/astro-catalog';
import { modelRecord } from '../../../lib/outputs/api';
import { TODAY } from '../../../lib/site';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await getCatalog();
  return catalog.models.map((m) => ({ params: { id: m.id } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const model = catalog.model.get(params.id!)!;
  return new Response(JSON.stringify(modelRecord(model, catalog, TODAY, new URL(import.meta.env.BASE_URL, site).href), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
