import { z } from 'astro/zod';
import { httpUrl, isoDate } from './common.ts';

import { SOURCE_KINDS } from './enums.ts';

export { SOURCE_KINDS } from './enums.ts';

export const sourceSchema = z
  .strictObject({
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: httpUrl,
    kind: z
      .enum(SOURCE_KINDS)
      .describe(
        'maker: the model\'s maker; evaluator: a named independent benchmarker; platform: a service\'s own docs about what it serves; paper: a paper or technical report; press, community: third-party writing; aggregator: a catalog that compiles figures from elsewhere (models.dev, LiteLLM, benchmark aggregator sites)',
      ),
    published: isoDate.optional(),
    retrieved: isoDate.optional(),
    quote: z.string().optional().describe('The passage that carries the figure'),
  })
  .refine((s) => s.published || s.retrieved, {
    message: 'give the date it was published or retrieved',
    path: ['published'],
  });
export type SourceData = z.infer<typeof sourceSchema>;
