// A fact's value in one of three states, everywhere on the site: known (one or more observations,
// each with its source), not disclosed (a source says the maker does not publish it), or unknown
// (nothing recorded yet). "Unknown" must never read, filter or compare as "no".

export interface Observed<T> {
  value: T;
  source: string;
  note?: string;
  /** The source is primary (maker, paper, independent evaluator or the serving platform). */
  verified: boolean;
}

export type FactValue<T> =
  | { state: 'known'; observations: Observed<T>[] }
  | { state: 'undisclosed'; source: string; note?: string }
  | { state: 'unknown' };

export type FactState = FactValue<unknown>['state'];

export const UNKNOWN: FactValue<never> = { state: 'unknown' };

export function known<T>(observations: Observed<T>[]): FactValue<T> {
  return observations.length > 0 ? { state: 'known', observations } : UNKNOWN;
}

/** The first observation's value, for sorting and filtering (pages show every observation). */
export function primaryValue<T>(fact: FactValue<T>): T | undefined {
  return fact.state === 'known' ? fact.observations[0].value : undefined;
}

/** Every distinct value a fact holds (sources may disagree). */
export function allValues<T>(fact: FactValue<T>): T[] {
  if (fact.state !== 'known') return [];
  const seen = new Map<string, T>();
  for (const o of fact.observations) seen.set(JSON.stringify(o.value), o.value);
  return [...seen.values()];
}

/** Verified when at least one observation comes from a primary source; undefined when not known. */
export function isVerified(fact: FactValue<unknown>): boolean | undefined {
  return fact.state === 'known' ? fact.observations.some((o) => o.verified) : undefined;
}

/** Whether several sources give the same value ("agree") or not ("differ"). */
export function agreement(fact: FactValue<unknown>, format: (v: never) => string = (v) => JSON.stringify(v)): 'single' | 'agree' | 'differ' {
  if (fact.state !== 'known' || fact.observations.length < 2) return 'single';
  return new Set(fact.observations.map((o) => format(o.value as never))).size === 1 ? 'agree' : 'differ';
}
