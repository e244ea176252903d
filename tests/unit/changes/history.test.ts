import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemGit, type GitRunner } from '../../../src/lib/changes/git.ts';
import { parseBatch, parseLog, readHistory } from '../../../src/lib/changes/history.ts';
import { AFTER, BEFORE } from './model-files.ts';

describe('parseLog', () => {
  it('reads commits and their model files, leaving other files out', () => {
    const zero = '0'.repeat(40);
    const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];
    const text = [
      `\x1e${'1'.repeat(40)}\x1f2026-03-04T05:06:07+01:00\x1fEdit rocket`,
      '',
      `:100644 100644 ${a} ${b} M\tcontent/models/acme/rocket-1.mdx`,
      `:000000 100644 ${zero} ${b} A\tcontent/models/acme/README.md`,
      `:100644 000000 ${a} ${zero} D\tcontent/models/acme/rocket-2.mdx`,
    ].join('\n');
    expect(parseLog(text)).toEqual([
      {
        hash: '1'.repeat(40), shortHash: '1111111', date: '2026-03-04T05:06:07+01:00', subject: 'Edit rocket',
        files: [{ model: 'acme/rocket-1', before: a, after: b }, { model: 'acme/rocket-2', before: a, after: undefined }],
      },
    ]);
  });
});

describe('parseBatch', () => {
  it('splits cat-file output by size, so text holding newlines or headers stays whole', () => {
    const body = 'line one\nfff blob 3\n';
    const out = Buffer.from(`abc blob ${Buffer.byteLength(body)}\n${body}\nzzz missing\ndef blob ${Buffer.byteLength('hé')}\nhé\n`);
    const texts = parseBatch(out);
    expect(texts.get('abc')).toBe(body);
    expect(texts.get('def')).toBe('hé');
    expect(texts.has('zzz')).toBe(false);
  });
});

describe('readHistory without usable history', () => {
  it('says how many commits a shallow clone had, without reading the log', () => {
    const calls: string[][] = [];
    const run: GitRunner = (args) => {
      calls.push(args);
      if (args[0] === 'rev-parse') return Buffer.from('true\n');
      if (args[0] === 'rev-list') return Buffer.from('1\n');
      throw new Error(`unexpected git ${args.join(' ')}`);
    };
    expect(readHistory(run)).toEqual({ available: false, commits: 1, reason: 'shallow clone' });
    expect(calls.some((a) => a[0] === 'log')).toBe(false);
  });

  it('never throws when git is missing or the folder is no repository', () => {
    const run: GitRunner = () => {
      throw new Error('spawnSync git ENOENT');
    };
    expect(readHistory(run)).toEqual({ available: false, commits: 0, reason: 'git is not available' });
  });
});

describe('readHistory on a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  const commit = (message: string, date: string) =>
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message, `--date=${date}`);

  it('finds the figure changed in a test commit, with its date and commit', () => {
    git('init', '-q');
    mkdirSync(join(dir, 'content/models/acme'), { recursive: true });
    writeFileSync(join(dir, 'content/models/acme/rocket-1.mdx'), BEFORE);
    writeFileSync(join(dir, 'notes.txt'), 'not content');
    git('add', '-A');
    commit('Add Rocket 1', '2026-01-02T10:00:00+00:00');
    writeFileSync(join(dir, 'content/models/acme/rocket-1.mdx'), AFTER);
    git('add', '-A');
    commit('Rocket 1: exact context window', '2026-02-03T11:00:00+00:00');

    const history = readHistory(systemGit(dir));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.commits).toBe(2);
    const head = git('rev-parse', 'HEAD').toString().trim();
    const context = history.entries.find((e) => e.field === 'specs.contextWindow');
    expect(context).toMatchObject({ model: 'acme/rocket-1', kind: 'changed', old: '128,000', new: '131,072', sources: ['acme-docs'], hash: head, shortHash: head.slice(0, 7), subject: 'Rocket 1: exact context window' });
    expect(context!.date.slice(0, 10)).toBe('2026-02-03');
    // Newest first: the edit's entries, then the file's creation as a new model.
    expect(history.entries.at(-1)).toMatchObject({ field: 'model', kind: 'added', new: 'Rocket 1' });
    expect(history.entries.at(-1)!.date.slice(0, 10)).toBe('2026-01-02');
  });

  it('stops at the entry cap and says the list is cut', () => {
    const history = readHistory(systemGit(dir), { maxEntries: 1 });
    expect(history.available && history.truncated).toBe(true);
    expect(history.available && history.entries.every((e) => e.subject === 'Rocket 1: exact context window')).toBe(true);
  });

  it('treats a shallow clone as having no history', () => {
    const shallow = `${dir}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${dir}`, shallow], { stdio: 'pipe' });
    try {
      expect(readHistory(systemGit(shallow))).toEqual({ available: false, commits: 1, reason: 'shallow clone' });
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
