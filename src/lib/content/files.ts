// Where content lives and which files count: collections, extensions, ids and size limits are
// defined here once, for the validator, the Astro loader and every script.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problem.ts';

export const COLLECTIONS = ['models', 'families', 'providers', 'benchmarks', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const EXTENSIONS: Record<CollectionName, RegExp> = {
  models: /\.mdx$/,
  families: /\.yaml$/,
  providers: /\.yaml$/,
  benchmarks: /\.yaml$/,
  sources: /\.yaml$/,
};

/** The extension a new file of each collection gets. */
export const EXTENSION_OF: Record<CollectionName, string> = {
  models: '.mdx',
  families: '.yaml',
  providers: '.yaml',
  benchmarks: '.yaml',
  sources: '.yaml',
};

/** Ids are file paths without extension: "openai/gpt-4.1-mini" for models, "mmlu" otherwise. */
export const ID_PATTERN: Record<CollectionName, RegExp> = {
  models: /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*$/,
  families: /^[a-z0-9][a-z0-9.-]*$/,
  providers: /^[a-z0-9][a-z0-9.-]*$/,
  benchmarks: /^[a-z0-9][a-z0-9.-]*$/,
  sources: /^[a-z0-9][a-z0-9.-]*$/,
};

/** Largest file accepted, in bytes: far above any real entry, far below an abuse of the build. */
export const MAX_FILE_BYTES: Record<CollectionName, number> = {
  models: 96 * 1024,
  families: 16 * 1024,
  providers: 16 * 1024,
  benchmarks: 16 * 1024,
  sources: 16 * 1024,
};

/** Files an operating system or editor leaves behind; skipped without a problem. */
const IGNORED = new Set(['.DS_Store', '.gitkeep', 'Thumbs.db']);
const MAX_DEPTH = 3;

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Absolute path on disk. */
  path: string;
  /** Path relative to the base folder, for messages. */
  file: string;
}

const display = (base: string, full: string) => relative(base, full).split(sep).join('/');

/**
 * Lists every content file, refusing what the build must not read: links (which could point
 * outside the repository or loop), hidden and underscore files, other file types, deep folders.
 * File-system errors become problems, never exceptions.
 */
export function listContentFiles(contentDir: string, base = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const refuse = (full: string, message: string, fix: string) => problems.push({ file: display(base, full), field: '(file)', message, fix });

  const walk = (collection: CollectionName, root: string, dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dir !== root) refuse(dir, `the folder cannot be read (${code ?? String(error)})`, 'check the folder exists and is readable');
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (IGNORED.has(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        refuse(full, 'symbolic links are not allowed in content/', 'replace the link with the file itself');
        continue;
      }
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) {
        refuse(full, 'names starting with "." or "_" are not allowed in content/', 'rename it without the leading "." or "_", or remove it');
        continue;
      }
      if (entry.isDirectory()) {
        const allowed = collection === 'models' ? 1 : 0;
        if (depth >= Math.min(allowed, MAX_DEPTH)) {
          refuse(full, `content/${collection}/ does not take sub-folders here`, collection === 'models' ? 'keep model files directly in content/models/<provider>/' : `put the file directly in content/${collection}/`);
          continue;
        }
        walk(collection, root, full, depth + 1);
        continue;
      }
      if (!entry.isFile()) {
        refuse(full, 'not a regular file', 'remove it');
        continue;
      }
      const inner = display(root, full);
      if (!EXTENSIONS[collection].test(inner)) {
        refuse(full, `unexpected file type in content/${collection}/`, `name it <id>${EXTENSION_OF[collection]} (models are .mdx files, everything else .yaml)`);
        continue;
      }
      files.push({ collection, id: inner.replace(EXTENSIONS[collection], ''), path: full, file: display(base, full) });
    }
  };
  for (const collection of COLLECTIONS) {
    const root = join(contentDir, collection);
    walk(collection, root, root, 0);
  }
  return { files, problems };
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    if (need === 2 && ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] >= 0xa0))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] >= 0x90))) return i;
    i += need + 1;
  }
  return -1;
}

/** Reads a content file as text, or says why it cannot be used. */
export function readContentText(file: ContentFile): { text: string } | { problem: Omit<Problem, 'file'> } {
  let bytes: Buffer;
  try {
    const size = lstatSync(file.path).size;
    const limit = MAX_FILE_BYTES[file.collection];
    if (size > limit)
      return { problem: { field: '(file)', message: `the file is ${Math.ceil(size / 1024)} KB, over the ${limit / 1024} KB limit for ${file.collection}`, fix: 'shorten it; no real entry comes near this size' } };
    bytes = readFileSync(file.path);
  } catch (error) {
    return { problem: { field: '(file)', message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: 'check the file exists and is readable' } };
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).toString('utf8').split('\n').length;
    return { problem: { field: `line ${line}`, message: `the file is not valid UTF-8 text (byte ${bad})`, fix: 'save the file as UTF-8' } };
  }
  const text = bytes.toString('utf8');
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
