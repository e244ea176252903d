// Writes values the way content files write them: flow maps `{ value: 128000, source: x }` with
// padding, flow lists `[text, image]` without, plain scalars unless YAML would read them otherwise.
import { parse as parseYaml } from 'yaml';

const SAFE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9 _./()+-]*$/;

export function scalar(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value}`);
    const text = String(value);
    return /e/i.test(text) ? value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
  }
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  if (SAFE_PLAIN.test(text) && !/ $/.test(text) && !/: | #/.test(text)) {
    try {
      if (parseYaml(text) === text) return text;
    } catch {
      // falls through to quoting
    }
  }
  return `'${text.replace(/'/g, "''")}'`;
}

/** One value in flow style. */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object') {
    const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${flow(v)}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return scalar(value);
}
