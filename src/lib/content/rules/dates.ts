// The order of a model's life, and nothing recorded as having happened after today.
import type { Problem } from '../problem.ts';
import { collector, models, type RuleContext } from './context.ts';

const ORDER = [
  ['announced', 'released'],
  ['released', 'deprecated'],
  ['released', 'retired'],
  ['deprecated', 'retired'],
  ['announced', 'retired'],
] as const;

export function lifeDates(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const { today } = ctx;
  for (const [, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const d = m.data.dates ?? {};
    for (const [before, after] of ORDER) {
      const a = d[before]?.date;
      const b = d[after]?.date;
      if (a && b && b < a) add(`dates.${after}`, `${after} ${b} is before ${before} ${a}`, `check both dates against their sources; ${after} cannot come before ${before}`);
    }
    for (const key of ['announced', 'released'] as const) {
      const date = d[key]?.date;
      if (date && date > today) add(`dates.${key}`, `${key} date ${date} is in the future`, 'record only what has happened; leave it out until then');
    }
    const status = m.data.status ?? [];
    status.forEach((s, i) => {
      const prev = status[i - 1];
      if (prev && s.date < prev.date) add(`status[${i}].date`, `status entries are out of order (${s.date} after ${prev.date})`, 'list status changes oldest first');
      if (s.date > today) add(`status[${i}].date`, `status date ${s.date} is in the future`, 'add the entry once the change has happened; put a planned retirement in dates.retired');
    });
    const current = status.at(-1)?.status;
    if (current === 'retired' && !d.retired) add('dates.retired', 'status is retired but no retirement date is given', 'add dates.retired with its date and source');
    if (current === 'deprecated' && !d.deprecated && !d.retired)
      add('dates.deprecated', 'status is deprecated but no deprecation or retirement date is given', 'add dates.deprecated (and dates.retired when announced) with sources');
    (m.data.pricing ?? []).forEach((p, i) => {
      if (p.effective && p.effective > today) add(`pricing[${i}].effective`, `effective date ${p.effective} is in the future`, 'record a price only once it is announced, with the date it takes effect');
      if (p.listed && p.listed > today) add(`pricing[${i}].listed`, `listed date ${p.listed} is in the future`, 'give the date you saw the price');
    });
  }
  for (const [, s] of ctx.content.sources) {
    for (const key of ['published', 'retrieved'] as const) {
      const date = s.data[key];
      if (date && date > today) problems.push({ file: s.file, field: key, message: `${key} date ${date} is in the future`, fix: 'give the real date' });
    }
    if (s.data.published && s.data.retrieved && s.data.retrieved < s.data.published)
      problems.push({ file: s.file, field: 'retrieved', message: `retrieved ${s.data.retrieved} is before published ${s.data.published}`, fix: 'check both dates' });
  }
  return problems;
}
