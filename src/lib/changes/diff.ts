// What changed in one model file between two versions: pure, from the frontmatter text of each
// side, parsed by the same reader the build uses (not the schema: old versions may predate it).
import { parseEntryText, splitFrontmatter } from '../content/reader.ts';
import { canonical, compactText, isObject, priceText, sourcesOf, truncate, usdText } from './compact.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** "model" for a whole file, else a frontmatter path: specs.contextWindow, pricing.openai.input… */
  field: string;
  kind: ChangeKind;
  old?: string;
  new?: string;
  /** Source ids cited by the new value (by the old one when the value was removed). */
  sources: string[];
}

type Data = Record<string, unknown>;

/** YAML text as plain data, read by the content reader with its options (as a non-model file). */
export function yamlData(yaml: string): Data | undefined {
  const entry = parseEntryText('families', 'history', 'history.yaml', yaml);
  return !entry.readError && isObject(entry.data) ? entry.data : undefined;
}

/** The frontmatter of a model file as plain data, or undefined when it cannot be read. */
export function frontmatterOf(text: string | undefined): Data | undefined {
  const yaml = text === undefined ? undefined : splitFrontmatter(text)?.yaml;
  return yaml === undefined ? undefined : yamlData(yaml);
}

/**
 * The text of each top-level field: its line and the lines under it. Only fields whose text
 * differs need parsing, which keeps a long history fast (a file is mostly unchanged by a commit).
 */
export function topLevelBlocks(yaml: string): Map<string, string> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    const key = /^([A-Za-z_][\w-]*):(?:\s|$)/.exec(line)?.[1];
    if (key && !blocks.has(key)) blocks.set(key, (current = []));
    current?.push(line);
  }
  return new Map([...blocks].map(([k, lines]) => [k, lines.join('\n').trimEnd()]));
}

function change(field: string, a: unknown, b: unknown, textOf: (v: unknown) => string = compactText): FieldChange[] {
  const [oldText, newText] = [a === undefined ? '' : textOf(a), b === undefined ? '' : textOf(b)];
  const [oldSources, newSources] = [sourcesOf(a), sourcesOf(b)];
  if (a === undefined && b === undefined) return [];
  if (a === undefined) return [{ field, kind: 'added', new: truncate(newText), sources: newSources }];
  if (b === undefined) return [{ field, kind: 'removed', old: truncate(oldText), sources: oldSources }];
  if (oldText !== newText) return [{ field, kind: 'changed', old: truncate(oldText), new: truncate(newText), sources: newSources }];
  if (canonical(oldSources) !== canonical(newSources)) {
    return [{ field: `${field} (source)`, kind: 'changed', old: truncate(oldSources.join(', ')), new: truncate(newSources.join(', ')), sources: newSources }];
  }
  return [];
}

/** Each key of two objects compared as one sourced value. */
function byKey(prefix: string, a: unknown, b: unknown): FieldChange[] {
  const [x, y] = [isObject(a) ? a : {}, isObject(b) ? b : {}];
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys.flatMap((k) => change(`${prefix}.${k}`, x[k], y[k]));
}

/** List items by a key; a key seen twice gets "#2", so repeated keys still pair up in order. */
function keyed(list: unknown, keyOf: (item: Data) => string): Map<string, Data> {
  const out = new Map<string, Data>();
  const seen = new Map<string, number>();
  for (const item of Array.isArray(list) ? list : []) {
    if (!isObject(item)) continue;
    const key = keyOf(item);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(n === 1 ? key : `${key} #${n}`, item);
  }
  return out;
}

function byItem(a: unknown, b: unknown, keyOf: (item: Data) => string, compare: (key: string, x?: Data, y?: Data) => FieldChange[]): FieldChange[] {
  const [x, y] = [keyed(a, keyOf), keyed(b, keyOf)];
  const keys = [...new Set([...x.keys(), ...y.keys()])];
  return keys.flatMap((k) => compare(k, x.get(k), y.get(k)));
}

const PRICE_FIELDS = ['input', 'output', 'cachedInput', 'batchInput', 'batchOutput'] as const;

function prices(a: unknown, b: unknown): FieldChange[] {
  const keyOf = (p: Data) => `${String(p.platform)}${p.effective ? ` from ${String(p.effective)}` : ''}`;
  return byItem(a, b, keyOf, (key, x, y) => {
    const field = `pricing.${key}`;
    if (!x || !y) return change(field, x, y, (p) => priceText(p as Data));
    const figures = PRICE_FIELDS.flatMap((f) => change(`${field}.${f}`, x[f], y[f], usdText).map((c) => ({ ...c, sources: sourcesOf(y) })));
    return figures.length > 0 ? figures : change(field, { value: priceText(x), source: x.source }, { value: priceText(y), source: y.source });
  });
}

function benchmarks(a: unknown, b: unknown): FieldChange[] {
  const detail = (r: Data) => [r.version, r.setting, r.snapshot].filter((v) => v !== undefined).map(String);
  const keyOf = (r: Data) => [String(r.benchmark), ...detail(r)].join(' · ');
  return byItem(a, b, keyOf, (key, x, y) => {
    const text = (r: unknown) => compactText((r as Data).score);
    const field = `benchmarks.${key}`;
    return change(field, x && { ...x, value: x.score }, y && { ...y, value: y.score }, text);
  });
}

function statuses(a: unknown, b: unknown): FieldChange[] {
  return byItem(a, b, (s) => String(s.status), (key, x, y) =>
    change(`status.${key}`, x && { value: x.date, source: x.source }, y && { value: y.date, source: y.source }),
  );
}

/** Lists without a natural key (tags, availability, strengths…): items removed and items added. */
function list(field: string, a: unknown, b: unknown): FieldChange[] {
  const [x, y] = [Array.isArray(a) ? a : a === undefined ? [] : [a], Array.isArray(b) ? b : b === undefined ? [] : [b]];
  const [xs, ys] = [new Set(x.map(canonical)), new Set(y.map(canonical))];
  const removed = x.filter((v) => !ys.has(canonical(v)));
  const added = y.filter((v) => !xs.has(canonical(v)));
  if (removed.length === 0 && added.length === 0) return [];
  const text = (items: unknown[]) => truncate(items.map(compactText).join('; '));
  const kind: ChangeKind = removed.length === 0 ? 'added' : added.length === 0 ? 'removed' : 'changed';
  return [{ field, kind, old: removed.length ? text(removed) : undefined, new: added.length ? text(added) : undefined, sources: sourcesOf(added.length ? added : removed) }];
}

const SPECIAL: Record<string, (a: unknown, b: unknown) => FieldChange[]> = {
  status: statuses,
  dates: (a, b) => byKey('dates', a, b),
  specs: (a, b) => byKey('specs', a, b),
  pricing: prices,
  benchmarks,
  features: (a, b) => byKey('features', a, b),
  notDisclosed: (a, b) => byKey('notDisclosed', a, b).map((c) => ({ ...c, old: c.old ?? (c.kind === 'removed' ? 'not disclosed' : undefined), new: c.new ?? (c.kind === 'added' ? 'not disclosed' : undefined) })),
  modalities: (a, b) => change('modalities', a, b, (m) => (isObject(m) ? `in: ${compactText(m.input)}; out: ${compactText(m.output)}` : compactText(m))),
  license: (a, b) => change('license', a, b, (l) => (isObject(l) ? `${compactText(l.name)}${l.openWeights === true ? ' (open weights)' : ''}` : compactText(l))),
};

/** The changes from one version of a model's frontmatter to the next; undefined = no file. */
export function diffModelData(before: Data | undefined, after: Data | undefined): FieldChange[] {
  const name = (d: Data) => truncate(compactText(d.name) || '(unnamed)');
  if (!before && !after) return [];
  if (!before) return [{ field: 'model', kind: 'added', new: name(after!), sources: [] }];
  if (!after) return [{ field: 'model', kind: 'removed', old: name(before), sources: [] }];
  const keys = [...new Set([...Object.keys(SPECIAL), ...Object.keys(after), ...Object.keys(before)])];
  return keys.flatMap((k) => {
    if (SPECIAL[k]) return SPECIAL[k](before[k], after[k]);
    if (Array.isArray(before[k]) || Array.isArray(after[k])) return list(k, before[k], after[k]);
    return change(k, before[k], after[k]);
  });
}

/** The changes between two versions of a model file's text; an unreadable side yields nothing. */
export function diffModelFiles(before: string | undefined, after: string | undefined, parse: (yaml: string) => Data | undefined = yamlData): FieldChange[] {
  const [a, b] = [before, after].map((t) => (t === undefined ? undefined : (splitFrontmatter(t)?.yaml ?? null)));
  if (a === null || b === null) return [];
  const [x, y] = [a, b].map((yaml) => (yaml === undefined ? undefined : topLevelBlocks(yaml)));
  // A new or removed file needs only its name; an edited one only the fields whose text changed.
  const keys = !x || !y ? ['name'] : [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k));
  if (keys.length === 0) return [];
  const partial = (blocks: Map<string, string> | undefined) => blocks && parse(keys.flatMap((k) => blocks.get(k) ?? []).join('\n'));
  const [dataA, dataB] = [partial(x), partial(y)];
  if ((x && !dataA) || (y && !dataB)) return [];
  return diffModelData(dataA, dataB);
}
