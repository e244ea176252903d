// Formats shared by facts of the same kind: token counts, parameter counts, prices, dates, sets.
import { formatDate, formatInteger, formatParameters, formatTokensCompact, formatUsd } from '../format/format.ts';

export const tokens = {
  long: (n: number) => `${formatInteger(n)} tokens`,
  compact: (n: number) => formatTokensCompact(n),
};

export const parameters = { long: formatParameters, compact: formatParameters };

export const trainingTokens = { long: (n: number) => `${formatParameters(n)} tokens`, compact: formatParameters };

export const usd = { long: formatUsd, compact: formatUsd };

export const day = { long: (iso: string) => formatDate(iso), compact: (iso: string) => formatDate(iso) };

export const month = { long: (iso: string) => formatDate(iso, 'long'), compact: (iso: string) => formatDate(iso) };

export const text = { long: (s: string) => s, compact: (s: string) => s };

/** Free-text values in their published order. */
export const list = { long: (xs: string[]) => xs.join(', '), compact: (xs: string[]) => xs.join(', ') };

/** One enumerated value shown by its label. */
export function labelOf<K extends string>(labels: Record<K, string>) {
  const one = (value: K) => labels[value] ?? value;
  return { long: one, compact: one };
}

/** A set of enumerated values shown by their labels. */
export function labelled<K extends string>(labels: Record<K, string>) {
  const join = (values: K[]) => values.map((v) => labels[v] ?? v).join(', ');
  return { long: join, compact: join };
}

/** "context 16K → 128K" */
export function changeOf<T>(label: string, format: (v: T) => string) {
  return (a: T, b: T): string[] => (JSON.stringify(a) === JSON.stringify(b) ? [] : [`${label} ${format(a)} → ${format(b)}`]);
}

/** "input price $0.50 → $0.15 (−70 %)" */
export function priceChange(label: string) {
  return (a: number, b: number): string[] => {
    if (a === b) return [];
    const pct = Math.round(((b - a) / a) * 100);
    return [`${label} ${formatUsd(a)} → ${formatUsd(b)} (${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)} %)`];
  };
}

/** "now reads images", "no longer writes audio" */
export function setChange<K extends string>(labels: Record<K, string>, verb: string) {
  return (a: K[], b: K[]): string[] => {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    const words = (xs: K[]) => xs.map((x) => labels[x].toLowerCase()).join(', ');
    return [...(added.length ? [`now ${verb} ${words(added)}`] : []), ...(removed.length ? [`no longer ${verb} ${words(removed)}`] : [])];
  };
}
