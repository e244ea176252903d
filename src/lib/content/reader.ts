// Reads content/ from disk into plain records: the one reader behind the validator, the Astro
// loader and every script, so all of them see exactly the same files.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { listContentFiles, readContentText, type CollectionName, type ContentFile } from './files.ts';
import type { Problem } from './problem.ts';

export { COLLECTIONS, type CollectionName } from './files.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id derived from the path inside the collection folder, without extension. */
  id: string;
  /** Path relative to the base folder, for messages. */
  file: string;
  data: unknown;
  body: string;
  /** File line on which the article body starts (models only). */
  bodyLine: number;
  /** A problem reading the file itself (encoding, YAML syntax, missing frontmatter). */
  readError?: Omit<Problem, 'file'>;
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { yaml: match[1], body: match[2], bodyLine: match[1].split('\n').length + 3 };
}

export function parseEntryText(collection: CollectionName, id: string, file: string, text: string): RawEntry {
  const entry: RawEntry = { collection, id, file, data: undefined, body: '', bodyLine: 1 };
  let yamlText = text;
  if (collection === 'models') {
    const parts = splitFrontmatter(text);
    if (!parts) {
      entry.readError = { field: '(file)', message: 'the file has no frontmatter', fix: 'start it with a line "---", the YAML fields, then "---"' };
      return entry;
    }
    yamlText = parts.yaml;
    entry.body = parts.body;
    entry.bodyLine = parts.bodyLine;
  }
  try {
    // Aliases and custom tags are refused: content is data, and YAML's extensions are attack surface.
    entry.data = parseYaml(yamlText, { maxAliasCount: 0, customTags: [], uniqueKeys: true }) ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    entry.readError = {
      field: line ? `line ${line + (collection === 'models' ? 1 : 0)}` : '(file)',
      message: `YAML syntax error: ${message}`,
      fix: 'check indentation, colons and quotes on that line',
    };
  }
  return entry;
}

function readFile(file: ContentFile): RawEntry {
  const read = readContentText(file);
  if ('problem' in read) return { collection: file.collection, id: file.id, file: file.file, data: undefined, body: '', bodyLine: 1, readError: read.problem };
  return parseEntryText(file.collection, file.id, file.file, read.text);
}

/** Reads every collection under `contentDir`; `base` is the folder messages are relative to. */
export function readContent(contentDir: string, base = process.cwd()): { entries: RawEntry[]; problems: Problem[] } {
  const { files, problems } = listContentFiles(contentDir, base);
  return { entries: files.map(readFile), problems };
}
