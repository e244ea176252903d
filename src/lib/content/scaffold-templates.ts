// The text of each skeleton `npm run new:*` writes: every optional field present but commented
// out, each with a one-line explanation, so a contributor fills in only what a source gives.
import { BENCHMARK_CATEGORIES } from '../../schemas/benchmark.ts';
import { z } from 'astro/zod';
import { CODE_LANGUAGES, FEATURES, MODALITIES, modelSchema, PERFORMANCE_METRICS, STATUSES } from '../../schemas/model.ts';
import { SOURCE_KINDS } from '../../schemas/source.ts';
import { nameFromId, type EntryKind } from './scaffold.ts';

/** Lines of the templates mark the start of their comment with a tab; comments line up at one column. */
const COMMENT_COLUMN = 36;
function aligned(text: string): string {
  return text.replace(/^(.*?)\t/gm, (_, code: string) => (code.length > COMMENT_COLUMN - 2 ? `${code}  ` : code.padEnd(COMMENT_COLUMN)));
}

/**
 * One commented line per spec field, read from the schema (its description and first example),
 * so a fact added to the schema appears in new files without touching this template.
 */
function specLines(source: string): string {
  const specs = modelSchema.shape.specs.unwrap();
  return Object.entries(specs.shape)
    .map(([key, field]) => {
      const meta = z.globalRegistry.get(field) ?? {};
      const example = (meta.examples as unknown[] | undefined)?.[0] ?? 'TODO';
      const value = typeof example === 'string' ? example : JSON.stringify(example);
      return `#   ${key}: { value: ${value}, source: ${source} }${meta.description ? `\t# ${meta.description}` : ''}`;
    })
    .join('\n');
}

const schemaLine = (kind: EntryKind) => `# yaml-language-server: $schema=../../schemas/${kind}.schema.json`;

export function modelText(id: string, provider: string, source: string, today: string): string {
  const name = nameFromId(id.split('/')[1]);
  const S = source;
  return aligned(`---
# New model. Replace each TODO with what a source says. Uncomment an optional field only when a
# source gives it: unknown stays unknown. Every figure sits next to \`source: <source-id>\`.
# Fields: CONTRIBUTING.md and src/schemas/model.ts.
name: ${name}\t# TODO: the name as the maker writes it, e.g. "GPT-4o mini"
provider: ${provider}\t# the maker: a content/providers/ id, the same as the folder
summary: 'TODO: one or two sentences on what ${name} is, who made it and what it is for.'
# summarySources: [${S}]\t# required once the summary states a figure (a number or a date)
status:\t# status history, oldest first; add an entry on each change, never overwrite
  - { status: ga, date: ${today}, source: ${S} }\t# TODO: ${STATUSES.join(' | ')}, dated as the source says
# family: <family-id>\t# the model line it belongs to: a content/families/ id
# predecessor: <provider>/<model>\t# the model it follows (may be in another family)
# successor: <provider>/<model>\t# the model that followed it
# baseModel: <provider>/<model>\t# the model it was fine-tuned or distilled from, when sourced
# tags: [fast, low-cost, vision]\t# free labels shown on the page and used by filters
# dates:\t# dates of its life, each with a source
#   announced: { date: YYYY-MM-DD, source: ${S} }
#   released: { date: YYYY-MM-DD, source: ${S} }
#   updated: { date: YYYY-MM-DD, source: ${S} }
#   deprecated: { date: YYYY-MM-DD, source: ${S} }\t# when the deprecation was announced
#   retired: { date: YYYY-MM-DD, source: ${S} }\t# when it stops (or stopped) serving
# specs:\t# each figure { value, source, note? }, or a list of them when sources disagree
${specLines(S)}
# notDisclosed:\t# facts a source says the maker does not publish (shown as "not disclosed"; a fact left out is "unknown")
#   parametersTotal: { source: ${S} }
# license: { name: Apache 2.0, openWeights: true, url: https://…, source: ${S} }\t# the licence and whether weights are public
# modalities: { input: [text, image], output: [text], source: ${S} }\t# ${MODALITIES.join(' | ')}
# features:\t# what it supports, each with a source; keys: ${FEATURES.join(', ')}
#   function-calling: { supported: true, source: ${S} }
# pricing:\t# USD per 1M tokens; one entry per platform and price change, with effective or listed date
#   - { platform: ${provider}, effective: YYYY-MM-DD, input: 0.15, output: 0.60, cachedInput: 0.075, source: ${S} }
# availability:\t# the model id to call on each platform
#   - { platform: ${provider}, modelId: ${id.split('/')[1]}, kind: alias, source: ${S} }\t# alias | snapshot (give released for a snapshot); contextWindow / maxOutput when this platform's limit differs from the model's
# benchmarks:\t# scores on the benchmark's own scale; selfReported: true when the maker published them, false when someone else measured them, unknown when the source does not say
#   - { benchmark: mmlu, score: 82.0, setting: 5-shot, date: YYYY-MM-DD, selfReported: true, source: ${S} }
# performance:\t# measured speed, always with method and date; metric: ${PERFORMANCE_METRICS.join(' | ')}
#   - { metric: output-speed, value: 100, statistic: median, platform: ${provider}, method: how it was measured, measured: YYYY-MM-DD, source: ${S} }
# apiParameters:\t# request parameters of its API, from one documentation page
#   source: ${S}
#   parameters:
#     - { name: temperature, type: number, description: what it does }
# codeExamples:\t# language: ${CODE_LANGUAGES.join(' | ')}
#   - { title: Chat with curl, language: bash, code: "curl …", source: ${S} }
# competitors: [<provider>/<model>]\t# models it is compared with
# strengths: [Reads images]\t# plain text, or { text, source } when it holds a figure
# limitations: []\t# same form as strengths
# bestFor: []\t# same form as strengths
# safety: []\t# responsible-AI notes, same form as strengths
# faq:\t# sources are required when the answer holds a figure
#   - { question: …, answer: …, sources: [${S}] }
---

## Overview

TODO: in your own words, what ${name} is and who made it, with a citation right after each claim <Cite id="${S}" />. Add the sections you can source (Specifications, Capabilities, Pricing and availability, Version history); an article is plain Markdown plus citations like the one above.
`);
}

export function providerText(id: string): string {
  return aligned(`${schemaLine('provider')}
# New provider: a maker of models or a platform that serves them. Replace each TODO.
name: ${nameFromId(id)}\t# TODO: the name as the company writes it
homepage: https://example.com/\t# TODO: the company's home page
description: 'TODO: who they are and what they make or serve, in a sentence.'
roles: [maker]\t# maker: trains models; platform: serves other makers' models through an API
`);
}

export function familyText(id: string, provider: string): string {
  return aligned(`${schemaLine('family')}
# New model family: a line of models, e.g. GPT mini. Replace each TODO.
name: ${nameFromId(id)}\t# TODO: the name of the line
provider: ${provider}\t# its maker: a content/providers/ id
description: 'TODO: what the models of this line have in common and what they are for.'
`);
}

export function benchmarkText(id: string): string {
  return aligned(`${schemaLine('benchmark')}
# New benchmark. Replace each TODO; give a homepage, a paper, or both.
name: ${nameFromId(id)}\t# TODO: the short name, e.g. MMLU
category: general-knowledge\t# ${BENCHMARK_CATEGORIES.join(' | ')}
description: 'TODO: what it measures, in plain words, in a sentence or two.'
metric: accuracy\t# TODO: e.g. accuracy, pass@1, F1
scale: { min: 0, max: 100 }\t# the range scores are given in
homepage: https://example.com/\t# TODO: the benchmark's page or repository
# fullName: the full name\t# when the short name is an abbreviation
# paper: https://arxiv.org/abs/…\t# the paper that introduced it
# unit: '%'\t# % (default) or points
# higherIsBetter: true\t# false when a lower score is better (default true)
`);
}

export function sourceText(today: string): string {
  return aligned(`${schemaLine('source')}
# New source: one page a figure was taken from. Replace each TODO; never invent a URL.
publisher: TODO publisher\t# who published the page, e.g. OpenAI
title: TODO the page's title
url: https://example.com/\t# TODO: the page's full https:// address
kind: maker\t# ${SOURCE_KINDS.join(' | ')}
retrieved: ${today}\t# the day you read the page
# published: YYYY-MM-DD\t# the date the page was published, when it shows one
# quote: the passage that carries the figure\t# copied exactly, short
`);
}

