// How one upstream figure relates to ours. Shared by the importer (what to add) and the drift
// report (what to count), so both read agreement the same way.
import type { UpstreamPrice } from './record.ts';

export type Verdict = 'agree' | 'rounding' | 'differ' | 'missing-ours' | 'missing-theirs';

/**
 * True when `theirs` is the K × 1,000 rounding of an exact power-of-two count we hold: a maker's
 * 262,144 tokens ("256K") listed upstream as 256,000. Exact token counts win; the importer never
 * multiplies a K by 1,000 or 1,024 itself, it only recognises the pair.
 */
export function isKRounding(ours: number, theirs: number): boolean {
  return ours % 1024 === 0 && theirs === (ours / 1024) * 1000;
}

export function compareTokens(ours: number[], theirs: number | undefined): Verdict {
  if (theirs === undefined) return ours.length ? 'missing-theirs' : 'agree';
  if (!ours.length) return 'missing-ours';
  if (ours.includes(theirs)) return 'agree';
  if (ours.some((o) => isKRounding(o, theirs))) return 'rounding';
  return 'differ';
}

/** Dates agree when one is the other at a coarser precision ("2024-09" and "2024-09-30"). */
export function compareDates(ours: string[], theirs: string | undefined): Verdict {
  if (theirs === undefined) return ours.length ? 'missing-theirs' : 'agree';
  if (!ours.length) return 'missing-ours';
  return ours.some((o) => o.startsWith(theirs) || theirs.startsWith(o)) ? 'agree' : 'differ';
}

export function compareFlags(ours: boolean | undefined, theirs: boolean | undefined): Verdict {
  if (theirs === undefined) return ours === undefined ? 'agree' : 'missing-theirs';
  if (ours === undefined) return 'missing-ours';
  return ours === theirs ? 'agree' : 'differ';
}

const same = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9;

export interface PriceLike {
  input: number;
  output: number;
  cachedInput?: number;
}

/** agree: same input and output (and cached input when both give it); fills: also agrees, and upstream adds a cached-input price we lack. */
export function comparePrice(ours: PriceLike | undefined, theirs: UpstreamPrice | undefined): Verdict | 'fills' {
  if (!theirs) return ours ? 'missing-theirs' : 'agree';
  if (!ours) return 'missing-ours';
  if (!same(ours.input, theirs.input) || !same(ours.output, theirs.output)) return 'differ';
  if (ours.cachedInput !== undefined && theirs.cachedInput !== undefined && !same(ours.cachedInput, theirs.cachedInput)) return 'differ';
  return ours.cachedInput === undefined && theirs.cachedInput !== undefined ? 'fills' : 'agree';
}

/** One price field alone, for the drift report. */
export function compareNumber(ours: number | undefined, theirs: number | undefined): Verdict {
  if (theirs === undefined) return ours === undefined ? 'agree' : 'missing-theirs';
  if (ours === undefined) return 'missing-ours';
  return same(ours, theirs) ? 'agree' : 'differ';
}
