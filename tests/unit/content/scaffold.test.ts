import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContent } from '../../../src/lib/content/reader.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import {
  existingIdsOf,
  nameFromId,
  placeholderSourceId,
  scaffoldEntry,
  type EntryKind,
  type Scaffold,
  type ScaffoldRequest,
} from '../../../src/lib/content/scaffold.ts';
import { benchmarkSchema, familySchema, modelSchema, providerSchema, sourceSchema } from '../../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TODAY = '2026-11-23';
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
  cpSync(join(ROOT, 'content'), join(tmp, 'content'), { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Reading the whole catalog copy is the slow part (seconds on a busy machine): read it once, and
// again only after a test wrote into it.
let known: ReturnType<typeof existingIdsOf> | undefined;
const existing = () => (known ??= existingIdsOf(readContent(join(tmp, 'content'), tmp).entries));

function request(kind: EntryKind, id: string, extra: Partial<ScaffoldRequest> = {}): ScaffoldRequest {
  return { kind, id, existing: existing(), today: TODAY, ...extra };
}

/** Scaffolds into the temporary copy of content/, as npm run new:* does. */
function write(kind: EntryKind, id: string, extra: Partial<ScaffoldRequest> = {}): Scaffold {
  const result = scaffoldEntry(request(kind, id, extra));
  if (!result.ok) throw new Error(result.error);
  mkdirSync(dirname(join(tmp, result.path)), { recursive: true });
  writeFileSync(join(tmp, result.path), result.text);
  known = undefined;
  return result;
}

function problemsIn(paths: string[]) {
  return validateContent(readContent(join(tmp, 'content'), tmp).entries, TODAY).filter((p) => paths.includes(p.file));
}

describe('scaffoldEntry', () => {
  it('writes skeletons for every kind that are schema-valid, and valid once their placeholders are filled', () => {
    const written = [
      write('provider', 'scaffold-lab'),
      write('family', 'scaffold-line', { provider: 'scaffold-lab' }),
      write('benchmark', 'scaffold-bench'),
    ];
    const model = write('model', 'scaffold-lab/scaffold-1.5-mini');
    expect(model.path).toBe('content/models/scaffold-lab/scaffold-1.5-mini.mdx');

    // Until its placeholder source exists the model cites an unknown source, as the next steps say.
    const source = placeholderSourceId('scaffold-lab/scaffold-1.5-mini');
    expect(model.needs).toEqual([{ kind: 'source', id: source }]);
    expect(model.nextSteps[0]).toContain(`npm run new:source -- ${source}`);
    expect(problemsIn([model.path]).map((p) => p.message)).toContain(`unknown source "${source}"`);

    written.push(model, write('source', source));
    // As written, the only problems are the placeholders a contributor must replace: a skeleton
    // cannot be merged unfilled.
    const unfilled = problemsIn(written.map((w) => w.path));
    expect(unfilled.length).toBeGreaterThan(0);
    expect(unfilled.filter((p) => !/placeholder/.test(p.message)), unfilled.map(formatProblem).join('\n')).toEqual([]);
    // Filling them in (as a contributor would) leaves nothing to fix.
    for (const w of written) {
      const file = join(tmp, w.path);
      const text = readFileSync(file, 'utf8')
        .replace(/https:\/\/example\.com\//g, 'https://scaffold-lab.example/')
        .replace(/TODO:? ?/g, 'Filled in ');
      writeFileSync(file, text);
    }
    const problems = problemsIn(written.map((w) => w.path));
    expect(problems, problems.map(formatProblem).join('\n')).toEqual([]);
    expect(readContent(join(tmp, 'content'), tmp).entries.filter((e) => written.some((w) => w.path === e.file))).toHaveLength(5);
  });

  it('puts every field of the schema in the skeleton, optional ones commented out', () => {
    const ex = existing();
    const shapes: [EntryKind, string, Record<string, unknown>][] = [
      ['model', 'openai/shape-check', modelSchema.shape],
      ['provider', 'shape-check', providerSchema.shape],
      ['family', 'shape-check', familySchema.shape],
      ['benchmark', 'shape-check', benchmarkSchema.shape],
      ['source', 'shape-check', sourceSchema.shape],
      ['model', 'openai/shape-check', modelSchema.shape.specs.unwrap().shape],
      ['model', 'openai/shape-check', modelSchema.shape.dates.unwrap().shape],
    ];
    for (const [kind, id, shape] of shapes) {
      const result = scaffoldEntry({ kind, id, existing: { ...ex, providers: new Set([...ex.providers, 'openai']) }, today: TODAY, provider: 'openai' });
      if (!result.ok) throw new Error(result.error);
      for (const key of Object.keys(shape)) expect(result.text, `${kind}: ${key}`).toMatch(new RegExp(`^\\s*(# )?\\s*${key}:`, 'm'));
    }
  });

  it('marks YAML skeletons with their JSON Schema for the editor', () => {
    const result = scaffoldEntry(request('family', 'modeline-check', { provider: [...existing().providers][0] }));
    expect(result.ok && result.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/family.schema.json');
  });

  it('refuses an id that exists', () => {
    const [provider] = [...existing().providers];
    const [model] = [...existing().models];
    const [source] = [...existing().sources];
    for (const [kind, id] of [['provider', provider], ['model', model], ['source', source]] as const) {
      const result = scaffoldEntry(request(kind, id, { provider }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/already exists/);
    }
  });

  it('refuses a model or family whose provider does not exist', () => {
    const model = scaffoldEntry(request('model', 'no-such-lab/some-model'));
    expect(!model.ok && model.error).toMatch(/unknown provider "no-such-lab".*npm run new:provider -- no-such-lab/);
    const family = scaffoldEntry(request('family', 'some-line', { provider: 'no-such-lab' }));
    expect(!family.ok && family.error).toMatch(/unknown provider "no-such-lab"/);
    const withoutProvider = scaffoldEntry(request('family', 'some-line'));
    expect(!withoutProvider.ok && withoutProvider.error).toMatch(/--provider <provider-id>/);
  });

  it('refuses a malformed id', () => {
    const cases: [EntryKind, string][] = [
      ['model', 'gpt-9'],
      ['model', 'OpenAI/GPT-9'],
      ['model', 'openai/'],
      ['model', 'openai/a/b'],
      ['provider', 'Bad_Id'],
      ['source', '../escape'],
      ['benchmark', 'has space'],
      ['family', ''],
    ];
    for (const [kind, id] of cases) {
      const result = scaffoldEntry(request(kind, id, { provider: 'openai' }));
      expect(result.ok, `${kind} "${id}"`).toBe(false);
      expect(!result.ok && result.error).toMatch(/is not a valid .* id/);
    }
  });

  it('guesses a name from the id and names the placeholder source after the model', () => {
    expect(nameFromId('gpt-4.1-mini')).toBe('Gpt 4.1 Mini');
    expect(placeholderSourceId('openai/gpt-4.1-mini')).toBe('openai-gpt-4.1-mini-launch');
  });

  it('lists validate and start among the next steps', () => {
    const result = scaffoldEntry(request('source', 'next-steps-check'));
    expect(result.ok && result.nextSteps.join('\n')).toMatch(/npm run validate[\s\S]*npm start/);
  });
});
