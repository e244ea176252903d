import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, type RawEntry } from '../../../src/lib/content/reader.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { holdsFigure } from '../../../src/lib/content/rules/figures-in-text.ts';
import { sourceRefs } from '../../../src/lib/content/rules/references.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { buildAttackSet, GENERATED } from './attack-set.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const TODAY = '2024-12-31';

/** The valid fixture catalog with one broken fixture's files laid over it. */
function merged(rule: string): RawEntry[] {
  return mergedWithFileProblems(rule).entries;
}

function mergedWithFileProblems(rule: string): { entries: RawEntry[]; problems: Problem[] } {
  const base = readContent(join(FIXTURES, 'valid'), FIXTURES).entries;
  const extra = readContent(join(FIXTURES, 'broken', rule), FIXTURES);
  const key = (e: RawEntry) => `${e.collection}:${e.id}:${e.file.split('.').pop()}`;
  const replaced = new Set(extra.entries.map(key));
  return { entries: [...base.filter((e) => !replaced.has(key(e))), ...extra.entries], problems: extra.problems };
}

function problemsOf(rule: string): Problem[] {
  const { entries, problems } = mergedWithFileProblems(rule);
  return [...problems, ...validateContent(entries, TODAY)];
}

/** Each broken fixture and what the validator must say about it: file, field, message, fix. */
const EXPECTED: Record<string, [file: RegExp, field: RegExp, message: RegExp, fix: RegExp]> = {
  'unknown-field': [/rocket-3\.mdx$/, /^specs$/, /unknown field "contextWindw"/, /rename "contextWindw" to "contextWindow"/],
  'wrong-type': [/rocket-3\.mdx$/, /^benchmarks\[0\]\.score$/, /expected number, got "eighty"/, /plain number/],
  'missing-required': [/rocket-3\.mdx$/, /^summary$/, /required but missing/, /add "summary:"/],
  'broken-provider-reference': [/families\/comet\.yaml$/, /^provider$/, /unknown provider "acme-ai"/, /content\/providers/],
  'broken-model-reference': [/rocket-3\.mdx$/, /^predecessor$/, /unknown model "acme\/rocket-0"/, /did you mean "acme\/rocket-1"/],
  'unknown-benchmark': [/rocket-3\.mdx$/, /^benchmarks\[0\]\.benchmark$/, /unknown benchmark "quizz"/, /did you mean "quiz"/],
  'figure-without-source': [/rocket-3\.mdx$/, /^specs\.maxOutput\.source$/, /required but missing/, /add "source:"/],
  'unknown-source': [/rocket-3\.mdx$/, /^pricing\[0\]\.source$/, /unknown source "acme-lunch"/, /did you mean "acme-launch"/],
  'score-out-of-range': [/rocket-3\.mdx$/, /^benchmarks\[0\]\.score$/, /180 is outside Quiz's scale 0–100/, /0–100 scale/],
  'price-not-positive': [/rocket-3\.mdx$/, /^pricing\[0\]\.input$/, /-1 must be greater than 0/, /positive number/],
  'context-not-positive': [/rocket-3\.mdx$/, /^specs\.contextWindow\.value$/, /0 must be greater than 0/, /positive number/],
  'release-before-announcement': [/rocket-3\.mdx$/, /^dates\.released$/, /released 2024-06-01 is before announced 2024-06-10/, /cannot come before/],
  'unresolved-citation': [/rocket-3\.mdx$/, /^line 10$/, /citation "acme-rocket-9" does not resolve/, /did you mean "acme-rocket-1"/],
  // Attacks: content that would run code, inject markup or load a resource from elsewhere.
  'article-import': [/rocket-3\.mdx$/, /^line 10$/, /import and export are not allowed/, /Markdown with <Cite/],
  'article-export': [/rocket-3\.mdx$/, /^line 10$/, /import and export are not allowed/, /remove the line/],
  'article-file-import': [/rocket-3\.mdx$/, /^line 10$/, /import and export are not allowed/, /remove the line/],
  'article-expression': [/rocket-3\.mdx$/, /^line 10$/, /\{…\} expression is not allowed/, /\\\{/],
  'html-script': [/rocket-3\.mdx$/, /^line 12$/, /<script> is not allowed/, /write Markdown instead/],
  'html-img-onerror': [/rocket-3\.mdx$/, /^line 12$/, /<img> is not allowed/, /write Markdown instead/],
  'html-iframe': [/rocket-3\.mdx$/, /^line 12$/, /<iframe> is not allowed/, /write Markdown instead/],
  'html-meta-refresh': [/rocket-3\.mdx$/, /^line 12$/, /<meta> is not allowed/, /write Markdown instead/],
  'javascript-link': [/rocket-3\.mdx$/, /^line 10$/, /link "javascript:alert\(1\)" is not an http\(s\) or site address/, /https:\/\//],
  'external-image': [/rocket-3\.mdx$/, /^line 12$/, /images are not allowed/, /no requests to other hosts/],
  'javascript-homepage': [/providers\/acme\.yaml$/, /^homepage$/, /"javascript:alert\(1\)" must be a full http/, /https:\/\//],
  'javascript-license-url': [/rocket-3\.mdx$/, /^license\.url$/, /must be a full http/, /https:\/\//],
  'javascript-benchmark-paper': [/benchmarks\/quiz\.yaml$/, /^paper$/, /must be a full http/, /https:\/\//],
  'underscore-file': [/models\/acme\/_rocket-3\.mdx$/, /^\(file\)$/, /names starting with "\." or "_" are not allowed/, /rename it/],
  'control-character': [/sources\/acme-bell\.yaml$/, /^title$/, /invisible control character \(U\+0007\)/, /delete the character/],
  'bidi-override': [/rocket-3\.mdx$/, /^summary$/, /invisible control character \(U\+202E\)/, /delete the character/],
  // Plausibility and consistency.
  'score-fraction': [/rocket-3\.mdx$/, /^benchmarks\[0\]\.score$/, /0\.82 looks like a fraction/, /0\.82 → 82/],
  'context-too-small': [/rocket-3\.mdx$/, /^specs\.contextWindow\.value$/, /context window of 128 tokens is implausible/, /exact number of tokens/],
  'context-too-large': [/rocket-3\.mdx$/, /^specs\.contextWindow\.value$/, /context window of 128000000000 tokens is implausible/, /exact number of tokens/],
  'cached-above-input': [/rocket-3\.mdx$/, /^pricing\[0\]\.cachedInput$/, /cached input \(\$1\.25\) costs more than input/, /discount/],
  'batch-above-input': [/rocket-3\.mdx$/, /^pricing\[0\]\.batchInput$/, /batch input \(\$2\) costs more than input/, /discount/],
  'max-output-above-context': [/rocket-3\.mdx$/, /^specs\.maxOutput\.value$/, /max output 16384 is larger than the context window \(8192\)/, /cannot exceed/],
  'active-above-total': [/rocket-3\.mdx$/, /^specs\.parametersActive\.value$/, /70000000000 active parameters is more than the 7000000000 total/, /part of the total/],
  'family-other-maker': [/rocket-3\.mdx$/, /^family$/, /family "orbital" belongs to orbit, not acme/, /new:family/],
  'platform-as-maker': [/cloudy\/cloud-1\.mdx$/, /^provider$/, /"cloudy" is a platform, not a maker/, /availability or pricing/],
  'predecessor-cycle': [/rocket-3\.mdx$/, /^predecessor$/, /form a loop: acme\/rocket-3\S* → acme\/rocket-5\S* → acme\/rocket-4\S* → acme\/rocket-3/, /correct one of the links/],
  'lineage-disagreement': [/rocket-1\.mdx$/, /^successor$/, /acme\/rocket-1 and acme\/rocket-3\S* disagree on their order/, /correct predecessor\/successor in one of the two files/],
  'successor-before-predecessor': [/rocket-3\.mdx$/, /^predecessor$/, /acme\/rocket-3\S* \(released 2024-01-15\) comes before its predecessor acme\/rocket-2/, /check both release dates/],
  'duplicate-id': [/sources\/Acme-launch\.yaml$/, /^\(id\)$/, /duplicate id "Acme-launch"/, /rename or remove/],
  'text-figure-without-source': [/rocket-3\.mdx$/, /^strengths\[0\]$/, /holds a figure but no source/, /\{ text: "…", source: <source-id> \}/],
  'impossible-date': [/rocket-3\.mdx$/, /^status\[0\]\.date$/, /"2024-13-01" must be a date/, /YYYY-MM-DD/],
  'bad-enum': [/rocket-3\.mdx$/, /^status\[0\]\.status$/, /"available" is not an allowed value/, /use one of: preview, ga, deprecated, retired/],
  'yaml-syntax': [/rocket-3\.mdx$/, /^line \d+$/, /YAML syntax error/, /indentation/],
  'retired-without-date': [/rocket-3\.mdx$/, /^dates\.retired$/, /status is retired but no retirement date/, /add dates\.retired/],
  'summary-figure-without-source': [/rocket-3\.mdx$/, /^summarySources$/, /summary states a figure/, /add summarySources/],
  'placeholder-left': [/sources\/acme-notes\.yaml$/, /^title$/, /still holds a placeholder/, /real value/],
  'source-without-date': [/sources\/acme-blog\.yaml$/, /^published$/, /give the date it was published or retrieved/, /.+/],
};

describe('validateContent', () => {
  it('accepts the valid fixture catalog', () => {
    const read = readContent(join(FIXTURES, 'valid'), FIXTURES);
    expect([...read.problems, ...validateContent(read.entries, TODAY)]).toEqual([]);
  });

  it('has an expectation for every broken fixture folder', () => {
    expect(readdirSync(join(FIXTURES, 'broken')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [rule, [file, field, message, fix]] of Object.entries(EXPECTED)) {
    it(`reports ${rule} with file, field and fix`, () => {
      const problems = problemsOf(rule);
      expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
      const [p] = problems;
      expect(p.file).toMatch(file);
      expect(p.field).toMatch(field);
      expect(p.message).toMatch(message);
      expect(p.fix).toMatch(fix);
    });
  }

  it('reports every broken fixture and every generated attack in one run, not only the first', () => {
    const root = buildAttackSet(Object.keys(EXPECTED));
    const { problems } = loadContent(join(root, 'content'), root, TODAY);
    for (const [rule, [file, field, message]] of Object.entries({ ...EXPECTED, ...GENERATED })) {
      // In the combined set each fixture's model file is renamed after its fixture.
      const renamed = new RegExp(file.source.replace('rocket-3\\.mdx', `rocket-3-${rule}\\.mdx`));
      expect(
        problems.some((p) => renamed.test(p.file) && field.test(p.field) && message.test(p.message)),
        `${rule}\n${problems.map(formatProblem).join('\n')}`,
      ).toBe(true);
    }
  });

  it('formats a problem as file: field: message (fix: …)', () => {
    expect(formatProblem({ file: 'a.mdx', field: 'specs', message: 'bad', fix: 'do this' })).toBe('a.mdx: specs: bad (fix: do this)');
  });

  it('flags a future release and a future price', () => {
    const entries = merged('broken-model-reference').filter((e) => !e.file.includes('rocket-3'));
    const rocket = entries.find((e) => e.id === 'acme/rocket-2')!;
    const data = rocket.data as { dates: { released: { date: string } }; pricing: { effective: string }[] };
    data.dates.released.date = '2025-06-01';
    data.pricing[0].effective = '2025-06-01';
    const fields = validateContent(entries, TODAY).map((p) => p.field);
    expect(fields).toContain('dates.released');
    expect(fields).toContain('pricing[0].effective');
  });
});

describe('sourceRefs', () => {
  it('finds every source id with the field it sits in', () => {
    expect(sourceRefs({ specs: { contextWindow: [{ value: 1, source: 'a' }] }, faq: [{ sources: ['b'] }] })).toEqual([
      { field: 'specs.contextWindow[0].source', id: 'a' },
      { field: 'faq[0].sources[0]', id: 'b' },
    ]);
  });
});

describe('holdsFigure', () => {
  it('sees numbers, units and years as figures', () => {
    expect(holdsFigure('Scores 87.2% on HumanEval', [])).toBe(true);
    expect(holdsFigure('A 128K context window', [])).toBe(true);
    expect(holdsFigure('Released in 2024', [])).toBe(true);
    expect(holdsFigure('About 8B parameters', [])).toBe(true);
  });
  it('ignores model names and name-like tokens', () => {
    expect(holdsFigure('Reads images, unlike GPT-3.5 Turbo and o3-mini', [])).toBe(false);
    expect(holdsFigure('Cheaper than Claude 3 Haiku', ['Claude 3 Haiku'])).toBe(false);
    expect(holdsFigure('Cheaper than Claude 3 Haiku', [])).toBe(true);
    expect(holdsFigure('Successor of DeepSeek-V3', [])).toBe(false);
  });
});
