// The lifecycle calendar: every sourced deprecation announcement and shutdown in the catalog,
// with what it applies to, the replacement the content records, and the price change to it.
// Pure: the page, the iCalendar files and the Atom feed all read what this returns.
import type { Catalog, Model, Price } from '../catalog/catalog.ts';
import { headlinePrice } from '../catalog/catalog.ts';

/** `deprecated`: the maker announced the deprecation; `retired`: the model stops serving requests. */
export type LifecycleKind = 'deprecated' | 'retired';

export interface PriceDifference {
  /** Replacement minus model, USD per 1M tokens (negative: the replacement is cheaper). */
  input: number;
  output: number;
  /** The two headline prices compared, each with its source. */
  from: Price;
  to: Price;
}

export interface LifecycleEvent {
  /** Stable across builds: kind, maker and model name, e.g. "retired.openai.gpt-4o@model-atlas". */
  uid: string;
  model: Model;
  makerName: string;
  kind: LifecycleKind;
  date: string;
  source: string;
  /** What the date applies to, as the content words it; undefined means the model as a whole. */
  appliesTo?: string;
  note?: string;
  /** The successor named in the model's own file; undefined when the content names none. */
  replacement?: Model;
  /** Undefined when there is no replacement or either model lacks a current headline price. */
  priceDifference?: PriceDifference;
}

export interface LifecycleCalendar {
  /** From today up to (not including) the same day a year later, soonest first. */
  upcoming: LifecycleEvent[];
  /** A year or more ahead, soonest first. */
  later: LifecycleEvent[];
  /** Before today, newest first. */
  past: LifecycleEvent[];
}

export const KINDS: readonly LifecycleKind[] = ['deprecated', 'retired'];

export function eventUid(modelId: string, kind: LifecycleKind): string {
  return `${kind}.${modelId.replace('/', '.')}@model-atlas`;
}

/** The same calendar day one year later (29 Feb moves to 1 Mar). */
export function oneYearAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/** The replacement's headline price minus the model's, when both are recorded. */
export function priceDifference(model: Model, replacement: Model, today: string): PriceDifference | undefined {
  const from = headlinePrice(model, today);
  const to = headlinePrice(replacement, today);
  if (!from || !to) return undefined;
  return { input: round(to.input - from.input), output: round(to.output - from.output), from, to };
}

// Prices carry at most a few decimals; rounding keeps 0.6 − 0.5 from printing as 0.09999….
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Every dated deprecation and retirement, in date order (then model name, deprecation first). */
export function lifecycleEvents(catalog: Catalog, today: string): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  for (const model of catalog.models) {
    const replacement = model.data.successor ? catalog.model.get(model.data.successor) : undefined;
    for (const kind of KINDS) {
      const fact = model.data.dates[kind];
      if (!fact) continue;
      events.push({
        uid: eventUid(model.id, kind),
        model,
        makerName: catalog.provider.get(model.data.provider)?.data.name ?? model.data.provider,
        kind,
        date: fact.date,
        source: fact.source,
        appliesTo: fact.appliesTo,
        note: fact.note,
        replacement,
        priceDifference: replacement && priceDifference(model, replacement, today),
      });
    }
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.model.data.name.localeCompare(b.model.data.name) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  );
}

/** Splits date-ordered events into the next twelve months, later, and past (newest first; a stable sort keeps name order within a day). */
export function lifecycleCalendar(events: LifecycleEvent[], today: string): LifecycleCalendar {
  const yearOn = oneYearAfter(today);
  return {
    upcoming: events.filter((e) => e.date >= today && e.date < yearOn),
    later: events.filter((e) => e.date >= yearOn),
    past: events.filter((e) => e.date < today).sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** Shutdowns only (what the calendars hold). */
export function shutdowns(events: LifecycleEvent[]): LifecycleEvent[] {
  return events.filter((e) => e.kind === 'retired');
}

/** Makers with at least one event, by name, with their events. */
export function eventsByMaker(events: LifecycleEvent[]): { id: string; name: string; events: LifecycleEvent[] }[] {
  const makers = new Map<string, { id: string; name: string; events: LifecycleEvent[] }>();
  for (const e of events) {
    const id = e.model.data.provider;
    if (!makers.has(id)) makers.set(id, { id, name: e.makerName, events: [] });
    makers.get(id)!.events.push(e);
  }
  return [...makers.values()].sort((a, b) => a.name.localeCompare(b.name));
}
