// Turns zod's issues into problems a contributor can act on: the field, what is wrong and the fix.
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

export type Path = readonly PropertyKey[];

export function pathToField(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Walks a zod schema along a data path to find the object shape there (for key suggestions). */
function shapeKeysAt(schema: z.ZodType, path: Path): string[] {
  // zod 4 keeps the definition on _zod.def; only the wrappers we use are followed.
  let node: any = schema;
  const unwrap = () => {
    for (let i = 0; i < 10 && node; i++) {
      const def = node._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'nullable', 'readonly', 'prefault'].includes(def.type)) node = def.innerType;
      else if (def.type === 'pipe') node = def.out?._zod?.def?.type === 'transform' ? def.in : def.out;
      else if (def.type === 'union') node = def.options.find((o: any) => o._zod?.def?.type === 'object') ?? def.options[0];
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = node?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') node = def.shape[key as string];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
    unwrap();
  }
  const def = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

export function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(word.toLowerCase(), c.toLowerCase());
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Picks the union branch that got furthest, so errors speak of the shape the author meant. */
export function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: readonly z.core.$ZodIssue[]) =>
        Math.max(...branch.map((i) => i.path.length + (i.code === 'invalid_type' && i.path.length === 0 ? -1 : 0)));
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      return flattenIssues(best, path);
    }
    return [{ ...issue, path } as z.core.$ZodIssue];
  });
}

export function issueToProblem(file: string, schema: z.ZodType, data: unknown, issue: z.core.$ZodIssue): Problem {
  const field = pathToField(issue.path);
  const received = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (received !== undefined && issue.expected === 'int')
        return { file, field, message: `expected a whole number, got ${describe(received)}`, fix: 'write a whole number (tokens and parameters are counts)' };
      if (received === undefined)
        return { file, field, message: 'is required but missing', fix: `add "${String(issue.path.at(-1))}:" with a ${issue.expected}` };
      return {
        file,
        field,
        message: `expected ${issue.expected}, got ${describe(received)}`,
        fix: issue.expected === 'number' || issue.expected === 'int' ? `write a plain ${issue.expected === 'int' ? 'whole number' : 'number'} without quotes or units` : `write a ${issue.expected}`,
      };
    case 'unrecognized_keys': {
      const allowed = shapeKeysAt(schema, issue.path);
      return {
        file,
        field: field || '(top level)',
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: issue.keys
          .map((k) => {
            if (/\s/.test(k)) return `"${k}" looks like text cut off at a comma: put the whole value in quotes`;
            const guess = closest(k, allowed);
            return guess ? `rename "${k}" to "${guess}"` : `remove "${k}"`;
          })
          .concat(allowed.length ? [`allowed here: ${allowed.join(', ')}`] : [])
          .join('; '),
      };
    }
    case 'invalid_value':
      return {
        file,
        field,
        message: `${describe(received)} is not an allowed value`,
        fix: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'array')
        return { file, field, message: 'list is empty', fix: `give at least ${issue.minimum} entr${Number(issue.minimum) === 1 ? 'y' : 'ies'}` };
      if (issue.origin === 'string')
        return { file, field, message: `text is too short (${describe(received)})`, fix: `write at least ${issue.minimum} characters` };
      return { file, field, message: `${describe(received)} ${issue.message}`, fix: 'give a positive number on the stated unit' };
    case 'too_big':
      return { file, field, message: `${describe(received)} is too large`, fix: `keep it at most ${issue.maximum}` };
    case 'invalid_format':
      return {
        file,
        field,
        message: `${describe(received)} ${issue.message.startsWith('must') ? issue.message : `is not a valid ${issue.format}`}`,
        fix: issue.format === 'url' ? 'give a full https:// URL' : issue.format === 'date' ? 'write the date as YYYY-MM-DD' : issue.message,
      };
    default:
      return { file, field, message: issue.message, fix: 'see the field description in src/schemas/' };
  }
}

