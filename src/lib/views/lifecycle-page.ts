// Data of the /lifecycle/ page: the calendar's three sections with every source resolved to a
// link, and the subscription files (all makers, then one per maker with events).
import type { Catalog } from '../catalog/catalog.ts';
import { isPrimaryKind } from '../facts/verification.ts';
import { eventsByMaker, lifecycleCalendar, lifecycleEvents, oneYearAfter, shutdowns, type LifecycleEvent } from '../lifecycle/calendar.ts';
import { withBase } from '../site.ts';

export interface SourceLinkMark {
  id: string;
  publisher: string;
  url: string;
  /** false when only press, community pages or aggregators back the figure. */
  verified: boolean;
}

export interface LifecycleRow {
  event: LifecycleEvent;
  /** The date's source; undefined only if the source file is missing (validation forbids that). */
  source?: SourceLinkMark;
  /** Sources of the two headline prices the difference is computed from. */
  priceSources?: { from?: SourceLinkMark; to?: SourceLinkMark };
}

export interface LifecycleSection {
  id: 'upcoming' | 'later' | 'past';
  title: string;
  rows: LifecycleRow[];
}

export interface LifecyclePageData {
  sections: LifecycleSection[];
  /** The first day after the "next 12 months" window. */
  yearOn: string;
  feeds: { ics: string; atom: string };
  /** Makers with at least one shutdown: each has its own calendar file (a calendar needs an event). */
  makers: { id: string; name: string; shutdowns: number; ics: string }[];
}

export const makerIcsPath = (makerId: string) => withBase(`/lifecycle/${makerId}.ics`);

export function lifecyclePageData(catalog: Catalog, today: string): LifecyclePageData {
  const link = (id: string): SourceLinkMark | undefined => {
    const s = catalog.source.get(id);
    return s && { id, publisher: s.data.publisher, url: s.data.url, verified: isPrimaryKind(s.data.kind) };
  };
  const row = (event: LifecycleEvent): LifecycleRow => ({
    event,
    source: link(event.source),
    priceSources: event.priceDifference && { from: link(event.priceDifference.from.source), to: link(event.priceDifference.to.source) },
  });
  const events = lifecycleEvents(catalog, today);
  const calendar = lifecycleCalendar(events, today);
  return {
    sections: [
      { id: 'upcoming', title: 'In the next 12 months', rows: calendar.upcoming.map(row) },
      { id: 'later', title: 'Later', rows: calendar.later.map(row) },
      { id: 'past', title: 'Past', rows: calendar.past.map(row) },
    ],
    yearOn: oneYearAfter(today),
    feeds: { ics: withBase('/lifecycle.ics'), atom: withBase('/lifecycle.xml') },
    makers: eventsByMaker(shutdowns(events)).map((m) => ({ id: m.id, name: m.name, shutdowns: m.events.length, ics: makerIcsPath(m.id) })),
  };
}
