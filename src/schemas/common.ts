import { z } from 'astro/zod';

/** Lower-case kebab-case id, as used by file names. */
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case kebab-case (letters, digits, dots and dashes)');

export const sourceId = slug.describe('Id of a file in content/sources/ (without .yaml)');
export const providerId = slug.describe('Id of a file in content/providers/ (without .yaml)');
export const familyId = slug.describe('Id of a file in content/families/ (without .yaml)');
export const benchmarkId = slug.describe('Id of a file in content/benchmarks/ (without .yaml)');
export const modelId = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9][a-z0-9.-]*$/, 'must be "<provider>/<model>", e.g. "openai/gpt-4o-mini"')
  .describe('Id of a model: its path under content/models/ without .mdx');

/** YAML parsers may hand us a Date for an unquoted 2024-07-18; store ISO strings either way. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
);

/** A date known only to the month or year ("2023-10"), as knowledge cutoffs usually are. */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** The one URL type of every schema: http or https only, so no javascript: or data: link reaches a page. */
export const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be a full http:// or https:// address' })
  .max(2000)
  .describe('A full http:// or https:// address');

export const positiveInt = z.number().int('must be a whole number').positive('must be greater than 0');
export const positiveNumber = z.number().positive('must be greater than 0');

/** One observed value of a figure with the source it came from. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    source: sourceId,
    note: z.string().optional().describe('Qualifier shown beside the value, e.g. "per request"'),
  });
}

/**
 * A figure that may have several observations. Sources disagree often enough (128,000 vs 131,072
 * tokens) that every figure may hold a list, each entry with its own source; none is preferred.
 */
export function observations<T extends z.ZodType>(value: T) {
  return z.union([sourced(value), z.array(sourced(value)).min(1)]);
}

/** A sentence that may contain figures; any digit in it requires a source. */
export const sourcedText = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), source: sourceId }),
]);

export const datedFact = z.strictObject({
  date: isoDate,
  source: sourceId,
  appliesTo: z
    .string()
    .min(1)
    .optional()
    .describe('For deprecation and retirement dates: what the date applies to, e.g. "the gpt-4o-mini-2024-07-18 snapshot on the OpenAI API"'),
  note: z.string().optional(),
});
