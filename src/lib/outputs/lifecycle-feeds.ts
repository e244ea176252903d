// The lifecycle calendar as files to subscribe to: iCalendar (shutdowns only: a calendar is for
// dates to act on, and a deprecation date is the past day it was announced) and an Atom feed
// (every event, newest first, so readers also hear of each deprecation announcement).
import type { Catalog } from '../catalog/catalog.ts';
import { formatDate, formatUsdDelta } from '../format/format.ts';
import { LIFECYCLE_LABEL } from '../format/labels.ts';
import { shutdowns, type LifecycleEvent } from '../lifecycle/calendar.ts';
import { atomXml } from './atom.ts';
import { icsCalendar, type IcsEvent } from './ical.ts';

const PRODUCT_ID = '-//Model Atlas//Lifecycle calendar//EN';

const modelUrl = (id: string, siteUrl: string) => new URL(`models/${id}/`, siteUrl).href;

/** "Shutdown: GPT-4o (OpenAI)" */
export function eventTitle(event: LifecycleEvent): string {
  return `${LIFECYCLE_LABEL[event.kind]}: ${event.model.data.name} (${event.makerName})`;
}

/** Plain-text lines saying what the event applies to, the replacement, the price change and the source. */
export function eventDescription(event: LifecycleEvent, catalog: Catalog, siteUrl: string): string[] {
  const source = catalog.source.get(event.source);
  const difference = event.priceDifference;
  return [
    `${LIFECYCLE_LABEL[event.kind]} on ${formatDate(event.date, 'long')}.`,
    `Applies to: ${event.appliesTo ?? 'the model'}`,
    ...(event.note ? [`Note: ${event.note}`] : []),
    `Replacement: ${event.replacement ? `${event.replacement.data.name} (${modelUrl(event.replacement.id, siteUrl)})` : 'unknown'}`,
    `Price difference to the replacement, USD per 1M tokens: ${
      difference ? `input ${formatUsdDelta(difference.input)}, output ${formatUsdDelta(difference.output)}` : 'unknown'
    }`,
    `Source: ${source ? `${source.data.publisher}, ${source.data.url}` : event.source}`,
  ];
}

/** An iCalendar file of the shutdowns among `events` (all makers, or one maker's). */
export function lifecycleIcs(events: LifecycleEvent[], catalog: Catalog, options: { siteUrl: string; stamp: string; name: string }): string {
  const items: IcsEvent[] = shutdowns(events).map((e) => ({
    uid: e.uid,
    date: e.date,
    summary: eventTitle(e),
    description: eventDescription(e, catalog, options.siteUrl).join('\n'),
    url: modelUrl(e.model.id, options.siteUrl),
  }));
  return icsCalendar({ productId: PRODUCT_ID, name: options.name, stamp: options.stamp, events: items });
}

/** Atom feed of every lifecycle event, newest date first (scheduled shutdowns carry their future date). */
export function lifecycleAtom(events: LifecycleEvent[], catalog: Catalog, siteUrl: string, today: string): string {
  const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date));
  const page = new URL('lifecycle/', siteUrl).href;
  return atomXml({
    title: 'Model Atlas: deprecations and shutdowns',
    self: new URL('lifecycle.xml', siteUrl).href,
    page,
    updated: `${newestFirst[0]?.date ?? today}T00:00:00Z`,
    entries: newestFirst.map((e) => {
      const url = modelUrl(e.model.id, siteUrl);
      return {
        title: `${eventTitle(e)}, ${formatDate(e.date)}`,
        url,
        related: catalog.source.get(e.source)?.data.url,
        id: `${url}#${e.kind}`,
        updated: `${e.date}T00:00:00Z`,
        author: e.makerName,
        summary: eventDescription(e, catalog, siteUrl).join('\n'),
      };
    }),
  });
}
