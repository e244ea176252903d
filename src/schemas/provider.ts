import { z } from 'astro/zod';
import { httpUrl } from './common.ts';

export const providerSchema = z.strictObject({
  name: z.string().min(1),
  homepage: httpUrl,
  description: z.string().min(10),
  roles: z
    .array(z.enum(['maker', 'platform']))
    .min(1)
    .describe('maker: trains models; platform: serves other makers\' models through an API'),
});
export type ProviderData = z.infer<typeof providerSchema>;
