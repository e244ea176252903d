// The change log of content/models: which commits touched which model files (one `git log`), the
// files' text before and after (one `git cat-file --batch`), and the field changes between them.
import { diffModelFiles, yamlData, type FieldChange } from './diff.ts';
import type { GitRunner } from './git.ts';

export const MODELS_DIR = 'content/models';

export interface ChangeEntry extends FieldChange {
  /** Model id (maker/name) from the file path. */
  model: string;
  hash: string;
  shortHash: string;
  /** Author date of the commit, ISO 8601 with offset. */
  date: string;
  subject: string;
}

export type ChangeHistory =
  | { available: true; entries: ChangeEntry[]; commits: number; truncated: boolean }
  | { available: false; commits: number; reason: string };

export interface HistoryOptions {
  /** Newest commits touching model files to read. */
  maxCommits?: number;
  /** Stop after this many entries (newest first). */
  maxEntries?: number;
}

interface FileChange {
  model: string;
  before?: string;
  after?: string;
}

export interface LogCommit {
  hash: string;
  shortHash: string;
  date: string;
  subject: string;
  files: FileChange[];
}

const NO_BLOB = /^0+$/;
const MODEL_FILE = new RegExp(`^${MODELS_DIR}/([a-z0-9][a-z0-9.-]*/[a-z0-9][a-z0-9.-]*)\\.mdx$`);
const RAW_LINE = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*\t(.+)$/;

export const LOG_FORMAT = '%x1e%H%x1f%aI%x1f%s';

/** Parses `git log --raw --no-abbrev --format=LOG_FORMAT` output: commits with their model files. */
export function parseLog(text: string): LogCommit[] {
  return text.split('\x1e').filter((chunk) => chunk.trim()).map((chunk) => {
    const [head, ...lines] = chunk.split('\n');
    const [hash, date, subject = ''] = head.split('\x1f');
    const shortHash = hash.slice(0, 7);
    const files = lines.flatMap((line): FileChange[] => {
      const raw = RAW_LINE.exec(line);
      const model = raw && MODEL_FILE.exec(raw[4])?.[1];
      if (!raw || !model) return [];
      const blob = (sha: string) => (NO_BLOB.test(sha) ? undefined : sha);
      return [{ model, before: blob(raw[1]), after: blob(raw[2]) }];
    });
    return { hash, shortHash, date, subject, files };
  });
}

/** Parses `git cat-file --batch` output into text by object id (missing objects are left out). */
export function parseBatch(out: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) break;
    const [sha, type, size] = out.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (type === 'missing' || size === undefined) continue;
    texts.set(sha, out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

function countCommits(run: GitRunner): number {
  try {
    return Number(run(['rev-list', '--count', 'HEAD']).toString().trim()) || 0;
  } catch {
    return 0;
  }
}

const unavailable = (run: GitRunner, reason: string): ChangeHistory => ({ available: false, commits: countCommits(run), reason });

/** Reads the change log through `run`; never throws: without usable history it says why. */
export function readHistory(run: GitRunner, { maxCommits = 400, maxEntries = 2000 }: HistoryOptions = {}): ChangeHistory {
  let commits: LogCommit[];
  let texts: Map<string, string>;
  try {
    // A shallow clone's oldest commit looks as if it added every file: no history beats a false one.
    if (run(['rev-parse', '--is-shallow-repository']).toString().trim() === 'true') return unavailable(run, 'shallow clone');
    const log = run(['log', '--raw', '--no-abbrev', '--no-renames', '--relative', `--max-count=${maxCommits}`, `--format=${LOG_FORMAT}`, '--', MODELS_DIR]);
    commits = parseLog(log.toString('utf8'));
    const blobs = [...new Set(commits.flatMap((c) => c.files.flatMap((f) => [f.before, f.after].filter((b): b is string => !!b))))];
    texts = blobs.length ? parseBatch(run(['cat-file', '--batch'], `${blobs.join('\n')}\n`)) : new Map();
  } catch {
    return unavailable(run, 'git is not available');
  }
  if (commits.length === 0) return unavailable(run, 'no commits touch the model files');
  const entries: ChangeEntry[] = [];
  // A version's changed fields are often the same text as the commit before's: parse each once.
  const parsed = new Map<string, ReturnType<typeof yamlData>>();
  const parse = (yaml: string) => {
    if (!parsed.has(yaml)) parsed.set(yaml, yamlData(yaml));
    return parsed.get(yaml);
  };
  let truncated = commits.length >= maxCommits;
  for (const commit of commits) {
    if (entries.length >= maxEntries) {
      truncated = true;
      break;
    }
    const { files, ...meta } = commit;
    for (const file of [...files].sort((a, b) => a.model.localeCompare(b.model))) {
      const text = (sha?: string) => (sha ? texts.get(sha) : undefined);
      for (const change of diffModelFiles(text(file.before), text(file.after), parse)) entries.push({ ...meta, model: file.model, ...change });
    }
  }
  return { available: true, entries, commits: commits.length, truncated };
}
