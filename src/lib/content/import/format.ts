// The plan as a person reads it: counts first, then each file, each disagreement, each refusal.
import type { FileWrite, ImportPlan } from './plan.ts';
import type { Finding } from './plan-existing.ts';

const line = (f: Finding) => `    ${f.model}: ${f.field}: ${f.outcome}${f.ours !== undefined ? `; ours ${f.ours}` : ''}${f.theirs !== undefined ? `; theirs ${f.theirs}` : ''} [${f.record}]`;

export function formatPlan(title: string, plan: ImportPlan, writes: FileWrite[], problems: string[], records: number, maxUnmapped = 40): string[] {
  const out = [title];
  const count = (o: Finding['outcome']) => plan.findings.filter((f) => f.outcome === o);
  const mapped = records - plan.unmapped.length - plan.ignored;
  out.push(`  records read: ${records}; mapped: ${mapped}; left out on purpose: ${plan.ignored}; unmapped: ${plan.unmapped.length}`);
  const created = writes.filter((w) => w.created);
  const changed = writes.filter((w) => !w.created);
  out.push(`  files to create: ${created.length} (${created.filter((w) => w.model).length} models, ${created.filter((w) => !w.model).length} sources)`);
  for (const w of created) out.push(`    + ${w.path}`);
  out.push(`  files to change: ${changed.length}`);
  for (const w of changed) out.push(`    ~ ${w.path}`);
  const filled = count('filled');
  const added = count('added');
  const corroborated = count('corroborated');
  out.push(`  observations to add to existing models: ${filled.length + added.length + corroborated.length} (${filled.length} missing fields filled, ${added.length} disagreements, ${corroborated.length} corroborations)`);
  for (const f of [...filled, ...added, ...corroborated]) out.push(line(f));
  out.push(`  new models: ${created.filter((w) => w.model).length}, with ${count('created').length} facts from upstream`);
  out.push(`  agreements (nothing added): ${count('agree').length}`);
  const rounding = count('rounding');
  out.push(`  known roundings (ours exact, theirs K × 1,000; nothing added): ${rounding.length}`);
  for (const f of rounding) out.push(line(f));
  const conflicts = count('conflict');
  out.push(`  conflicts on single-valued fields (reported, not written): ${conflicts.length}`);
  for (const f of conflicts) out.push(line(f));
  const skipped = count('skipped');
  out.push(`  skipped: ${skipped.length}`);
  for (const f of skipped) out.push(line(f));
  out.push(`  refused: ${plan.refused.length}`);
  for (const r of plan.refused) out.push(`    ${r.model}: ${r.reason}`);
  for (const p of problems) out.push(`    ✗ ${p}`);
  out.push(`  unmapped records (not merged; add them to the mapping file, or --add-mappings): ${plan.unmapped.length}`);
  for (const r of plan.unmapped.slice(0, maxUnmapped)) out.push(`    ? ${r.file}`);
  if (plan.unmapped.length > maxUnmapped) out.push(`    … and ${plan.unmapped.length - maxUnmapped} more`);
  return out;
}
