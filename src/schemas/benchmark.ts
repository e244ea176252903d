import { z } from 'astro/zod';
import { BENCHMARK_CATEGORIES } from './enums.ts';

export { BENCHMARK_CATEGORIES } from './enums.ts';
import { httpUrl } from './common.ts';

export const benchmarkSchema = z
  .strictObject({
    name: z.string().min(1),
    fullName: z.string().optional(),
    category: z.enum(BENCHMARK_CATEGORIES),
    description: z.string().min(20).describe('What it measures, in plain words'),
    metric: z.string().min(1).describe('e.g. accuracy, pass@1, F1'),
    scale: z.strictObject({ min: z.number(), max: z.number() }),
    unit: z.enum(['%', 'points']).default('%'),
    higherIsBetter: z.boolean().default(true),
    homepage: httpUrl.optional(),
    paper: httpUrl.optional(),
  })
  .refine((b) => b.scale.max > b.scale.min, { message: 'scale.max must be greater than scale.min', path: ['scale', 'max'] })
  .refine((b) => b.homepage || b.paper, { message: 'give a homepage or a paper URL', path: ['homepage'] });
export type BenchmarkData = z.infer<typeof benchmarkSchema>;
export type { BenchmarkCategory } from './enums.ts';
