// Edits a content file's YAML in place, as a person would: new lines go beside the old ones, a
// single observation becomes a list when a second source disagrees, and every other character —
// formatting, order, comments — stays as it was. The yaml Document API finds where things are.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { flow } from './emit.ts';

export type EditPath = [string] | [string, string];

export interface Edit {
  /** observe: add one observation to a figure; set: give a missing field; append: add a list item. */
  kind: 'observe' | 'set' | 'append';
  path: EditPath;
  value: Record<string, unknown>;
}

/** Where a key goes among its siblings; keys not listed go last. */
export type KeyOrder = Record<string, readonly string[]>;

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const indentAt = (text: string, pos: number) => pos - lineStart(text, pos);

/** The offset just after the line on which a node ends (its trailing comment included). */
function afterLine(text: string, node: Node): number {
  let end = node.range![1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

const pairOf = (map: YAMLMap, key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Inserts "key: …" lines into a block map, after the last sibling that comes before it in `order`. */
function insertPair(text: string, map: YAMLMap, indent: number, key: string, lines: string, order: readonly string[] = []): string {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const before = map.items.filter((p) => isScalar(p.key) && rank(String(p.key.value)) <= rank(key));
  const block = lines.split('\n').map((l) => ' '.repeat(indent) + l).join('\n') + '\n';
  if (before.length) {
    const last = before.at(-1)!;
    const at = afterLine(text, (last.value ?? last.key) as Node);
    return text.slice(0, at) + block + text.slice(at);
  }
  const first = map.items[0];
  if (!first) throw new Error('cannot insert into an empty map');
  const at = lineStart(text, (first.key as Node).range![0]);
  return text.slice(0, at) + block + text.slice(at);
}

function blockItem(value: Record<string, unknown>): string {
  return `- ${flow(value)}`;
}

/** Applies one edit to YAML text and returns the new text; throws when the file's shape is unexpected. */
export function applyEdit(input: string, edit: Edit, order: KeyOrder = {}): string {
  const text = ensureNewline(input);
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('the YAML is not a map');
  const [top, sub] = edit.path;
  const topPair = pairOf(root, top);

  if (!sub) {
    if (edit.kind === 'append') {
      if (!topPair) return insertPair(text, root, 0, top, `${top}:\n  ${blockItem(edit.value)}`, order['']);
      const seq = topPair.value;
      if (isSeq(seq) && !seq.flow) {
        const last = seq.items.at(-1) as Node;
        const at = afterLine(text, last);
        return text.slice(0, at) + ' '.repeat(indentAt(text, last.range![0]) - 2) + blockItem(edit.value) + '\n' + text.slice(at);
      }
      if (isSeq(seq) && seq.items.length === 0) return text.slice(0, seq.range![0]) + `\n  ${blockItem(edit.value)}` + text.slice(seq.range![1]);
      throw new Error(`${top} is not a block list`);
    }
    if (topPair) throw new Error(`${top} is already given`);
    return insertPair(text, root, 0, top, `${top}: ${flow(edit.value)}`, order['']);
  }

  if (!topPair) return insertPair(text, root, 0, top, `${top}:\n  ${sub}: ${flow(edit.value)}`, order['']);
  const section = topPair.value;
  if (!isMap(section) || section.flow) {
    if (isMap(section) && section.items.length === 0) return text.slice(0, section.range![0]) + `\n  ${sub}: ${flow(edit.value)}` + text.slice(section.range![1]);
    throw new Error(`${top} is not a block map`);
  }
  const indent = indentAt(text, (section.items[0].key as Node).range![0]);
  const pair = pairOf(section, sub);
  if (!pair) return insertPair(text, section, indent, sub, `${sub}: ${flow(edit.value)}`, order[top]);
  if (edit.kind !== 'observe') throw new Error(`${top}.${sub} is already given`);
  const value = pair.value as Node;
  if (isMap(value) && value.flow) {
    // One observation becomes a list of two; a comment after the first stays on its line.
    const [start, end] = value.range!;
    const colon = text.indexOf(':', (pair.key as Node).range![1]) + 1;
    const nl = text.indexOf('\n', end);
    const lineEnd = nl === -1 ? text.length : nl;
    const item = ' '.repeat(indent + 2);
    return text.slice(0, colon) + `\n${item}- ` + text.slice(start, lineEnd).replace(/\s+$/, '') + `\n${item}${blockItem(edit.value)}` + text.slice(lineEnd);
  }
  if (isSeq(value) && !value.flow) {
    const last = value.items.at(-1) as Node;
    const at = afterLine(text, last);
    return text.slice(0, at) + ' '.repeat(indentAt(text, last.range![0]) - 2) + blockItem(edit.value) + '\n' + text.slice(at);
  }
  throw new Error(`${top}.${sub} is written in a form the importer does not edit (write it as { value: …, source: … } or a list of them)`);
}

export { isPair };
