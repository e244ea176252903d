// A fact made ready to show: formatted text per observation, whether sources agree, and the
// words for the two missing states. Components render this; they never format figures.
import type { FactDef } from './define.ts';
import { agreement, type FactState, type FactValue } from './values.ts';

/** The words for a missing value, the same on every page and in the API. */
export const MISSING_LABEL = { unknown: 'unknown', undisclosed: 'not disclosed' } as const satisfies Record<Exclude<FactState, 'known'>, string>;

export interface ShownObservation {
  text: string;
  source: string;
  /** Publisher and address, for pages that link sources instead of numbering them. */
  link?: { publisher: string; url: string };
  note?: string;
  verified: boolean;
}

/** Resolves a source id to its publisher and address. */
export type SourceLink = (sourceId: string) => { publisher: string; url: string } | undefined;

export type ShownFact =
  | { state: 'known'; items: ShownObservation[]; agreement: 'single' | 'agree' | 'differ'; verified: boolean }
  | { state: 'undisclosed'; source: string; link?: { publisher: string; url: string }; note?: string }
  | { state: 'unknown' };

export function showFact<T>(def: Pick<FactDef<T>, 'format'>, value: FactValue<T>, options: { style?: 'long' | 'compact'; link?: SourceLink } = {}): ShownFact {
  if (value.state === 'unknown') return value;
  if (value.state === 'undisclosed') return { ...value, link: options.link?.(value.source) };
  const format = def.format[options.style ?? 'long'];
  return {
    state: 'known',
    items: value.observations.map((o) => ({ text: format(o.value), source: o.source, link: options.link?.(o.source), note: o.note, verified: o.verified })),
    agreement: agreement(value, format as (v: never) => string),
    verified: value.observations.some((o) => o.verified),
  };
}

/** Distinct texts of a shown fact, joined, for compact cells: "128K / 131K". */
export function compactText(shown: ShownFact): string {
  if (shown.state !== 'known') return MISSING_LABEL[shown.state];
  return [...new Set(shown.items.map((i) => i.text))].join(' / ');
}
