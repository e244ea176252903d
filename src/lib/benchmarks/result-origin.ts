// Who produced a benchmark score: the model's maker (self-reported), someone else (independent),
// or nobody knows (an aggregator that names no origin). The third state keeps such figures from
// being passed off as independent.

export type SelfReported = boolean | 'unknown';
export type Origin = 'self-reported' | 'independent' | 'not-stated';

export function resultOrigin(result: { selfReported: SelfReported }): Origin {
  if (result.selfReported === 'unknown') return 'not-stated';
  return result.selfReported ? 'self-reported' : 'independent';
}

/** Lower is more trustworthy: independent, then self-reported, then origin not stated. */
export function originRank(result: { selfReported: SelfReported }): number {
  return { independent: 0, 'self-reported': 1, 'not-stated': 2 }[resultOrigin(result)];
}

/** A short label: "Self-reported", "Independent: <publisher>" or "Origin not stated: <publisher>". */
export function originLabel(result: { selfReported: SelfReported }, publisher: string, style: 'sentence' | 'lower' = 'sentence'): string {
  const origin = resultOrigin(result);
  const text = origin === 'self-reported' ? 'Self-reported' : origin === 'independent' ? `Independent: ${publisher}` : `Origin not stated: ${publisher}`;
  return style === 'lower' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The compact form used beside a score: "self-reported", "by <publisher>" or "origin not stated". */
export function originShort(result: { selfReported: SelfReported }, publisher: string): string {
  const origin = resultOrigin(result);
  return origin === 'self-reported' ? 'self-reported' : origin === 'independent' ? `by ${publisher}` : `origin not stated (via ${publisher})`;
}
