// The one place figures become text. Stored values stay canonical (integers, USD per 1M, ISO dates).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 128000 → "128,000" */
export function formatInteger(n: number): string {
  return n.toLocaleString('en-US');
}

/** 128000 → "128K", 1048576 → "1.05M", 131072 → "131K". Compact, for tables and cards. */
export function formatTokensCompact(n: number): string {
  if (n >= 1_000_000) return `${trim(n / 1_000_000, 2)}M`;
  if (n >= 1_000) return `${trim(n / 1_000, n % 1000 === 0 ? 0 : 1)}K`;
  return String(n);
}

/** 8_000_000_000 → "8B", 671_000_000_000 → "671B", 3_800_000_000 → "3.8B". */
export function formatParameters(n: number): string {
  if (n >= 1e12) return `${trim(n / 1e12, 2)}T`;
  if (n >= 1e9) return `${trim(n / 1e9, 1)}B`;
  if (n >= 1e6) return `${trim(n / 1e6, 1)}M`;
  return formatInteger(n);
}

function trim(n: number, digits: number): string {
  return Number(n.toFixed(digits)).toString();
}

/** 0.15 → "$0.15", 0.075 → "$0.075", 15 → "$15.00", 0.0375 → "$0.0375". */
export function formatUsd(n: number): string {
  if (n >= 1) return `$${n.toFixed(2)}`;
  const s = n.toFixed(4).replace(/0+$/, '');
  const [, decimals = ''] = s.split('.');
  return `$${decimals.length < 2 ? n.toFixed(2) : s}`;
}

/** "2024-07-18" → "18 Jul 2024"; partial dates "2023-10" → "Oct 2023", "2023" → "2023". */
export function formatDate(iso: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = (style === 'long' ? MONTHS_LONG : MONTHS)[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** 82 → "82.0", 87.25 → "87.25" on a percentage scale; units added by the caller's benchmark. */
export function formatScore(score: number, unit: '%' | 'points' = '%'): string {
  const text = Number.isInteger(score) ? score.toFixed(1) : String(Number(score.toFixed(2)));
  return unit === '%' ? `${text}%` : text;
}

/** A score gap with as many decimals as it needs, up to two: +1.5, −0.25, ±0. */
export function formatGap(n: number): string {
  return formatDelta(n, Math.round(Math.abs(n) * 100) % 10 === 0 ? 1 : 2);
}

/** Signed difference for comparisons: +3.2, −1.5 (true minus sign). */
export function formatDelta(n: number, digits = 1): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`;
}

/** Signed price difference: 0.5 → "+$0.50", −2 → "−$2.00" (true minus sign), 0 → "±$0.00". */
export function formatUsdDelta(n: number): string {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  return `${sign}${formatUsd(Math.abs(n) || 0)}`;
}
