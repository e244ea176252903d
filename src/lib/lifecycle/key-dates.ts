// A model's life as dated events: announcement, release, snapshots, price changes, status
// changes, deprecation and retirement, plus "today" so readers see where the model stands.
import type { Model, Price } from '../catalog/catalog.ts';

export type EventKind = 'announced' | 'released' | 'updated' | 'snapshot' | 'price' | 'status' | 'deprecated' | 'retired' | 'today';

export interface DatedEvent {
  date: string;
  kind: EventKind;
  label: string;
  source?: string;
  /** Past events happened; future ones are scheduled (a planned retirement). */
  future: boolean;
}

const LABELS: Record<string, string> = {
  announced: 'Announced',
  released: 'Released',
  updated: 'Last updated',
  deprecated: 'Deprecation announced',
  retired: 'Retired',
};

export function keyDates(model: Model, today: string): DatedEvent[] {
  const events: DatedEvent[] = [];
  const d = model.data.dates;
  for (const kind of ['announced', 'released', 'updated', 'deprecated', 'retired'] as const) {
    const fact = d[kind];
    if (fact) {
      const label = kind === 'retired' && fact.date > today ? 'Scheduled retirement' : LABELS[kind];
      events.push({ date: fact.date, kind, label, source: fact.source, future: fact.date > today });
    }
  }
  for (const a of model.data.availability) {
    if (a.kind === 'snapshot' && a.released)
      events.push({ date: a.released, kind: 'snapshot', label: `Snapshot ${a.modelId} (${a.platform})`, source: a.source, future: a.released > today });
  }
  // A price change is a dated entry whose input or output price differs from the one before it.
  const previous = new Map<string, Price>();
  const dated = model.data.pricing.filter((p) => p.effective).sort((a, b) => a.effective!.localeCompare(b.effective!));
  for (const p of dated) {
    const before = previous.get(p.platform);
    if (before && (before.input !== p.input || before.output !== p.output)) {
      events.push({ date: p.effective!, kind: 'price', label: `Price change (${p.platform})`, source: p.source, future: p.effective! > today });
    }
    previous.set(p.platform, p);
  }
  model.data.status.slice(1).forEach((s) => {
    const duplicate = events.some((e) => e.date === s.date && (e.kind === s.status || (s.status === 'deprecated' && e.kind === 'deprecated')));
    if (!duplicate) events.push({ date: s.date, kind: 'status', label: `Status: ${s.status}`, source: s.source, future: s.date > today });
  });
  events.push({ date: today, kind: 'today', label: 'Today', future: false });
  const order: EventKind[] = ['announced', 'released', 'snapshot', 'updated', 'price', 'status', 'deprecated', 'retired', 'today'];
  return events.sort((a, b) => a.date.localeCompare(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind));
}
