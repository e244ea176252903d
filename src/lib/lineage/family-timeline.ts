// Lays out a family's versions on a time axis drawn to scale, at build time (no JavaScript).
// Labels that would overlap move to another lane.
import type { Model, Status } from '../catalog/catalog.ts';
import { currentStatus, releaseDate } from '../catalog/catalog.ts';

export interface TimelineItem {
  model: Model;
  released: string;
  /** Position of the release on the axis, 0–100 (%). */
  x: number;
  /** Deprecation or retirement date and its position, when the model has one. */
  end?: { date: string; x: number; kind: 'deprecated' | 'retired'; future: boolean };
  status: Status;
  current: boolean;
  lane: number;
  /** Which side of its dot the label sits on: labels near the right edge end at their dot. */
  anchor: 'start' | 'end';
}

/** Labels of releases past this point of the axis (%) end at their dot instead of starting there. */
export const END_ANCHOR_FROM = 75;

export interface TimelineLayout {
  start: string;
  end: string;
  years: { year: number; x: number }[];
  todayX: number;
  items: TimelineItem[];
  lanes: number;
}

/** The drawing's narrowest width in px (48rem; it scrolls below that) and its label font sizes. */
export const DRAWING_MIN_PX = 768;
const NAME_PX_PER_CHAR = 8.4; // 0.8rem bold
const DATE_PX_PER_CHAR = 6.6; // 0.7rem

/** How much of the axis (%) a label takes at the drawing's narrowest width, with a small gap. */
export function labelWidth(name: string, hasEnd: boolean): number {
  const dateChars = 11 + (hasEnd ? 23 : 0); // "17 Dec 2025" + " – deprecated from 8 Oct 2026"
  const px = Math.max((name.length + 2) * NAME_PX_PER_CHAR, dateChars * DATE_PX_PER_CHAR) + 12;
  return (px / DRAWING_MIN_PX) * 100;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** `models` may come in any order; the newest released one is marked current. */
export function timelineLayout(models: Model[], today: string, widthOf: (name: string, hasEnd: boolean) => number = labelWidth): TimelineLayout | undefined {
  const dated = models
    .map((model) => ({ model, released: releaseDate(model) }))
    .filter((m): m is { model: Model; released: string } => Boolean(m.released))
    .sort((a, b) => a.released.localeCompare(b.released));
  if (dated.length === 0) return undefined;
  const ends = dated.flatMap(({ model }) => [model.data.dates.retired?.date, model.data.dates.deprecated?.date].filter((d): d is string => Boolean(d)));
  const startDay = day(dated[0].released) - 60;
  const endDay = Math.max(day(today), ...ends.map(day)) + 60;
  const at = (iso: string) => ((day(iso) - startDay) / (endDay - startDay)) * 100;

  // A lane is taken from where an item's label starts until its label ends (its width estimated
  // from its text at the drawing's narrowest width) or its deprecation/retirement line ends,
  // whichever is later, so neither labels nor lines run into another item in the lane.
  const laneEnds: number[] = [];
  const newest = dated.at(-1)!.model.id;
  const items: TimelineItem[] = dated.map(({ model, released }) => {
    const x = at(released);
    const d = model.data.dates;
    const endFact = d.retired ? { date: d.retired.date, kind: 'retired' as const } : d.deprecated ? { date: d.deprecated.date, kind: 'deprecated' as const } : undefined;
    const anchor = x > END_ANCHOR_FROM ? ('end' as const) : ('start' as const);
    const width = widthOf(model.data.name, Boolean(endFact));
    const labelStart = anchor === 'end' ? x - width : x;
    const labelEnd = anchor === 'end' ? x : x + width;
    const occupiedUntil = Math.max(labelEnd, endFact ? at(endFact.date) + 2 : 0);
    let lane = laneEnds.findIndex((last) => labelStart >= last);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = occupiedUntil;
    return {
      model,
      released,
      x,
      end: endFact ? { ...endFact, x: at(endFact.date), future: endFact.date > today } : undefined,
      status: currentStatus(model, today),
      current: model.id === newest,
      lane,
      anchor,
    };
  });
  const firstYear = Number(dated[0].released.slice(0, 4)) + 1;
  const lastYear = new Date(endDay * 86_400_000).getUTCFullYear();
  const years = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const x = at(`${y}-01-01`);
    if (x > 0 && x < 100) years.push({ year: y, x });
  }
  return {
    start: new Date(startDay * 86_400_000).toISOString().slice(0, 10),
    end: new Date(endDay * 86_400_000).toISOString().slice(0, 10),
    years,
    todayX: at(today),
    items,
    lanes: laneEnds.length,
  };
}
