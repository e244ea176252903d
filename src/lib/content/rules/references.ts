// Every id a file names must exist: providers, families, models, benchmarks, platforms, sources.
import { pathToField } from '../error-map.ts';
import type { Problem } from '../problem.ts';
import { collector, known, models, suggest, type RuleContext } from './context.ts';

/** All `source` ids a frontmatter refers to, with the field each sits in. */
export function sourceRefs(data: unknown, path: PropertyKey[] = []): { field: string; id: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => sourceRefs(item, [...path, i]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    if (key === 'source' && typeof value === 'string') return [{ field: pathToField([...path, key]), id: value }];
    if (key === 'sources' && Array.isArray(value))
      return value.filter((v) => typeof v === 'string').map((id, i) => ({ field: pathToField([...path, key, i]), id }));
    if (key === 'summarySources' && Array.isArray(value))
      return value.filter((v) => typeof v === 'string').map((id, i) => ({ field: pathToField([...path, key, i]), id }));
    return sourceRefs(value, [...path, key]);
  });
}

export function references(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [, f] of ctx.content.families)
    if (f.data.provider && !known(ctx, 'providers', f.data.provider)) problems.push({ file: f.file, field: 'provider', message: `unknown provider "${f.data.provider}"`, fix: suggest(ctx, 'providers', f.data.provider) });

  for (const [id, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const d = m.data;
    if (d.provider && !known(ctx, 'providers', d.provider)) add('provider', `unknown provider "${d.provider}"`, suggest(ctx, 'providers', d.provider));
    if (d.family && !known(ctx, 'families', d.family)) add('family', `unknown family "${d.family}"`, suggest(ctx, 'families', d.family));
    for (const key of ['predecessor', 'successor', 'baseModel'] as const) {
      const ref = d[key];
      if (!ref) continue;
      if (ref === id) add(key, 'a model cannot refer to itself', `remove ${key} or name another model`);
      else if (!known(ctx, 'models', ref)) add(key, `unknown model "${ref}"`, suggest(ctx, 'models', ref, id));
    }
    (d.competitors ?? []).forEach((ref, i) => {
      if (ref === id) add(`competitors[${i}]`, 'a model cannot be its own competitor', 'remove it');
      else if (!known(ctx, 'models', ref)) add(`competitors[${i}]`, `unknown model "${ref}"`, suggest(ctx, 'models', ref, id));
    });
    const platforms: [string, string | undefined][] = [
      ...(d.pricing ?? []).map((p, i): [string, string] => [`pricing[${i}].platform`, p.platform]),
      ...(d.availability ?? []).map((a, i): [string, string] => [`availability[${i}].platform`, a.platform]),
      ...(d.performance ?? []).map((p, i): [string, string | undefined] => [`performance[${i}].platform`, p.platform]),
    ];
    for (const [field, ref] of platforms) if (ref && !known(ctx, 'providers', ref)) add(field, `unknown platform "${ref}"`, suggest(ctx, 'providers', ref));
    (d.benchmarks ?? []).forEach((r, i) => {
      if (!known(ctx, 'benchmarks', r.benchmark)) add(`benchmarks[${i}].benchmark`, `unknown benchmark "${r.benchmark}"`, suggest(ctx, 'benchmarks', r.benchmark));
    });
    for (const ref of sourceRefs(d)) if (!known(ctx, 'sources', ref.id)) add(ref.field, `unknown source "${ref.id}"`, suggest(ctx, 'sources', ref.id));
  }
  return problems;
}
