// End to end on the fixture: what an import writes, that it validates, and that a second run
// and every kind of bad input write nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { formatProblem } from '../../../../src/lib/content/problem.ts';
import { splitFrontmatter } from '../../../../src/lib/content/reader.ts';
import { importInto, scratch, snapshot, TODAY } from './helpers.ts';

const frontmatter = (dir: string, id: string) => parse(splitFrontmatter(readFileSync(join(dir, 'content/models', `${id}.mdx`), 'utf8'))!.yaml);
const problems = (dir: string) => loadContent(join(dir, 'content'), dir, TODAY).problems.map(formatProblem);

describe('import from models.dev', () => {
  const dir = scratch();
  const before = snapshot(dir);
  const first = importInto(dir, { upstream: 'models-dev' });
  const rocket3 = frontmatter(dir, 'acme/rocket-3');
  const rocket9 = frontmatter(dir, 'acme/rocket-9');

  it('writes files that validate as written', () => {
    expect(first.exitCode).toBe(0);
    expect(problems(dir)).toEqual([]);
    expect(first.written.sort()).toEqual([
      'content/models/acme/rocket-3.mdx',
      'content/models/acme/rocket-9.mdx',
      'content/sources/models-dev-acme-rocket-3.yaml',
      'content/sources/models-dev-acme-rocket-9.yaml',
      'content/sources/models-dev-provider-acme-rocket-9.yaml',
      'content/sources/models-dev-provider-cloudy-rocket-3-cloud.yaml',
    ]);
  });

  it('creates a mapped model the catalog lacks, every figure citing the upstream record', () => {
    expect(rocket9).toMatchObject({
      name: 'Rocket 9',
      provider: 'acme',
      family: 'rocket',
      status: [{ status: 'ga', date: '2025-01-10', source: 'models-dev-acme-rocket-9' }],
      dates: { released: { date: '2025-01-10', source: 'models-dev-acme-rocket-9' } },
      specs: { contextWindow: { value: 131072 }, maxOutput: { value: 8192 }, knowledgeCutoff: { value: '2024-10' } },
      features: { 'function-calling': { supported: true }, 'structured-output': { supported: true }, reasoning: { supported: true } },
      pricing: [{ platform: 'acme', listed: TODAY, input: 1, output: 4, cachedInput: 0.1, source: 'models-dev-provider-acme-rocket-9' }],
      availability: [{ platform: 'acme', modelId: 'rocket-9', source: 'models-dev-provider-acme-rocket-9' }],
    });
    expect(rocket9.license).toBeUndefined();
    const body = readFileSync(join(dir, 'content/models/acme/rocket-9.mdx'), 'utf8');
    expect(body).toMatch(/started from open data/);
    expect(body).toMatch(/marks the weights as open but names no licence/);
    const article = body.split('---\n')[2];
    expect(article).not.toMatch(/^(import|export) |<[a-z]|[{}]/m);
    const source = parse(readFileSync(join(dir, 'content/sources/models-dev-acme-rocket-9.yaml'), 'utf8'));
    expect(source).toMatchObject({ kind: 'aggregator', retrieved: TODAY, url: expect.stringMatching(/^https:\/\/github\.com\/anomalyco\/models\.dev\/blob\/[0-9a-f]{40}\/models\/acme\/rocket-9\.toml$/) });
    expect(source.quote).toContain('limit.context = 131072');
  });

  it('adds nothing where upstream agrees', () => {
    expect(rocket3.specs.maxOutput).toEqual({ value: 16384, source: 'acme-rocket-3' });
    expect(rocket3.dates.released).toEqual({ date: '2024-07-18', source: 'acme-rocket-3' });
    expect(rocket3.pricing.filter((p: { platform: string }) => p.platform === 'acme')).toHaveLength(1);
  });

  it('adds a differing value as a second observation beside ours', () => {
    expect(rocket3.specs.knowledgeCutoff).toEqual([
      { value: '2024-06', source: 'acme-rocket-3' },
      { value: '2024-05', source: 'models-dev-acme-rocket-3' },
    ]);
  });

  it('reports a K × 1,000 rounding of our exact count instead of adding it', () => {
    expect(rocket3.specs.contextWindow).toEqual({ value: 262144, source: 'acme-rocket-3' });
    expect(first.output.join('\n')).toMatch(/known roundings[^\n]*: 1\n.*contextWindow: rounding; ours 262144 \(acme-rocket-3\); theirs 256000/);
  });

  it('fills missing fields, each with its source, and keeps the file\'s formatting and comments', () => {
    expect(rocket3.features['function-calling']).toEqual({ supported: true, source: 'models-dev-acme-rocket-3' });
    expect(rocket3.modalities).toEqual({ input: ['text', 'image'], output: ['text'], source: 'models-dev-acme-rocket-3' });
    expect(rocket3.pricing.at(-1)).toEqual({ platform: 'cloudy', listed: TODAY, input: 0.2, output: 0.8, source: 'models-dev-provider-cloudy-rocket-3-cloud' });
    expect(rocket3.availability.at(-1)).toMatchObject({ platform: 'cloudy', modelId: 'rocket-3-cloud', contextWindow: 128000 });
    const text = readFileSync(join(dir, 'content/models/acme/rocket-3.mdx'), 'utf8');
    const old = before['content/models/acme/rocket-3.mdx'];
    expect(text).toContain('  # the maker\'s exact count\n  contextWindow: { value: 262144, source: acme-rocket-3 }\n');
    expect(text).toContain('    - { value: 2024-06, source: acme-rocket-3 }   # as the card says\n');
    expect(text.split('---\n')[2]).toBe(old.split('---\n')[2]);
    for (const line of old.split('\n').filter((l) => !l.includes('knowledgeCutoff'))) expect(text).toContain(line);
  });

  it('reports an unmapped record and merges nothing from it', () => {
    expect(first.output.join('\n')).toMatch(/unmapped records[^\n]*: 1\n    \? providers\/cloudy\/models\/mystery-1\.toml/);
    const content = Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('content/'));
    expect(JSON.stringify(content)).not.toMatch(/mystery/i);
  });

  it('changes nothing when run again on the same input', () => {
    const after = snapshot(dir);
    const again = importInto(dir, { upstream: 'models-dev', today: '2026-12-02' });
    expect(again.written).toEqual([]);
    expect(snapshot(dir)).toEqual(after);
  });
});

describe('options', () => {
  it('--dry-run prints the plan and writes nothing', () => {
    const dir = scratch();
    const before = snapshot(dir);
    const result = importInto(dir, { upstream: 'models-dev', dryRun: true });
    expect(result.output.join('\n')).toMatch(/files to create: 5 \(1 models, 4 sources\)/);
    expect(snapshot(dir)).toEqual(before);
  });
  it('--corroborate adds an agreeing upstream value as a second observation', () => {
    const dir = scratch();
    importInto(dir, { upstream: 'models-dev', corroborate: true });
    expect(frontmatter(dir, 'acme/rocket-3').specs.maxOutput).toEqual([
      { value: 16384, source: 'acme-rocket-3' },
      { value: 16384, source: 'models-dev-acme-rocket-3' },
    ]);
    expect(problems(dir)).toEqual([]);
  });
  it('--add-mappings writes proposals for unmapped records into the mapping file', () => {
    const dir = scratch();
    rmSync(join(dir, 'content/providers/cloudy.yaml'));
    writeFileSync(join(dir, 'content/providers/cloudy.yaml'), 'name: Cloudy\nhomepage: https://cloudy.test/\ndescription: A fictional maker and host.\nroles: [maker, platform]\n');
    const result = importInto(dir, { upstream: 'models-dev', addMappings: true });
    expect(result.written).toEqual(['data/upstream/models-dev.yaml']);
    const text = readFileSync(join(dir, 'data/upstream/models-dev.yaml'), 'utf8');
    expect(text).toContain('# Fixture mapping for the import tests.');
    expect(parse(text).offerings).toEqual({ 'cloudy/rocket-3-cloud': 'acme/rocket-3', 'cloudy/mystery-1': 'cloudy/mystery-1' });
    expect(text).toMatch(/# proposed by npm run import .* review each line/);
  });
  it('litellm: a missing cached-input price is filled with a new dated entry from LiteLLM', () => {
    const dir = scratch();
    const result = importInto(dir, { upstream: 'litellm' });
    expect(result.exitCode).toBe(0);
    expect(frontmatter(dir, 'acme/rocket-3').pricing.at(-1)).toEqual({ platform: 'acme', listed: TODAY, input: 0.15, output: 0.6, cachedInput: 0.075, source: 'litellm-rocket-3' });
    expect(problems(dir)).toEqual([]);
    expect(importInto(dir, { upstream: 'litellm' }).written).toEqual([]);
  });
});

describe('bad input names the record and writes nothing', () => {
  const cases: [string, (dir: string) => void, RegExp, 'models-dev' | 'litellm'][] = [
    ['a missing path', (dir) => rmSync(join(dir, 'models-dev'), { recursive: true }), /models-dev: \(file\): no such file or folder/, 'models-dev'],
    ['malformed TOML', (dir) => writeFileSync(join(dir, 'models-dev/models/acme/rocket-9.toml'), 'name = "Rocket 9\n'), /models\/acme\/rocket-9\.toml: line 1, column \d+: malformed TOML/, 'models-dev'],
    ['an unknown field', (dir) => writeFileSync(join(dir, 'models-dev/models/acme/rocket-3.toml'), readFileSync(join(dir, 'models-dev/models/acme/rocket-3.toml'), 'utf8').replace('knowledge =', 'knowledge_cutoff =')), /models\/acme\/rocket-3\.toml: knowledge_cutoff: unknown field "knowledge_cutoff"/, 'models-dev'],
    ['a negative price', (dir) => writeFileSync(join(dir, 'models-dev/providers/acme/models/rocket-9.toml'), 'base_model = "acme/rocket-9"\n[cost]\ninput = -1\noutput = 4\n'), /providers\/acme\/models\/rocket-9\.toml: cost\.input: negative price -1/, 'models-dev'],
    ['a non-integer token count', (dir) => writeFileSync(join(dir, 'models-dev/models/acme/rocket-3.toml'), readFileSync(join(dir, 'models-dev/models/acme/rocket-3.toml'), 'utf8').replace('context = 256_000', 'context = 256000.5')), /models\/acme\/rocket-3\.toml: limit\.context: 256000\.5 is not a whole number of tokens/, 'models-dev'],
    ['malformed JSON', (dir) => writeFileSync(join(dir, 'litellm.json'), '{ "rocket-3": '), /model_prices_and_context_window\.json: \(file\): malformed JSON/, 'litellm'],
    ['an unknown LiteLLM field', (dir) => writeFileSync(join(dir, 'litellm.json'), JSON.stringify({ 'rocket-3': { litellm_provider: 'acme', mode: 'chat', max_output_tokenz: 1 } })), /rocket-3\.max_output_tokenz: unknown field "max_output_tokenz"/, 'litellm'],
    ['a negative LiteLLM price', (dir) => writeFileSync(join(dir, 'litellm.json'), JSON.stringify({ 'rocket-3': { litellm_provider: 'acme', mode: 'chat', input_cost_per_token: -1e-7, output_cost_per_token: 1e-6 } })), /rocket-3\.input_cost_per_token: negative price/, 'litellm'],
    ['a fractional LiteLLM token count', (dir) => writeFileSync(join(dir, 'litellm.json'), JSON.stringify({ 'rocket-3': { litellm_provider: 'acme', mode: 'chat', max_output_tokens: 8192.5 } })), /rocket-3\.max_output_tokens: 8192\.5 is not a whole number of tokens/, 'litellm'],
  ];
  for (const [name, breakIt, message, upstream] of cases)
    it(name, () => {
      const dir = scratch();
      breakIt(dir);
      const before = snapshot(dir);
      const result = importInto(dir, { upstream });
      expect(result.exitCode).toBe(1);
      expect(result.output[0]).toMatch(/nothing was written/);
      expect(result.output.join('\n')).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
    });
});
