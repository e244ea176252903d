// Who made a model: a maker (not a platform that only serves others' models), the folder it
// sits in, and a family of the same maker.
import type { Problem } from '../problem.ts';
import { collector, models, type RuleContext } from './context.ts';

export function makers(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [id, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const d = m.data;
    if (!d.provider) continue;
    const folder = id.split('/')[0];
    if (folder !== d.provider) add('provider', `provider "${d.provider}" does not match the folder "${folder}"`, `move the file to content/models/${d.provider}/ or correct the provider`);
    const provider = ctx.content.providers.get(d.provider);
    if (provider?.data.roles && !provider.data.roles.includes('maker'))
      add('provider', `"${d.provider}" is a platform, not a maker`, `name the company that made the model; record ${provider.data.name} under availability or pricing`);
    const family = d.family ? ctx.content.families.get(d.family) : undefined;
    if (family?.data.provider && family.data.provider !== d.provider)
      add('family', `family "${d.family}" belongs to ${family.data.provider}, not ${d.provider}`, `use a family of ${d.provider}, or create one (npm run new:family -- <id> --provider ${d.provider})`);
  }
  return problems;
}
