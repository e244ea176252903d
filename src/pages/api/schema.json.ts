import type { APIRoute } from 'astro';
import { apiSchema } from '../../lib/outputs/api-schema';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(apiSchema(new URL(import.meta.env.BASE_URL, site).href), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
