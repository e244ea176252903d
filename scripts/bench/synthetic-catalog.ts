// Writes a synthetic but realistic content/ folder of any size for the build benchmark: model
// files shaped like content/models/openai/gpt-4o-mini.mdx (specs with disagreeing sources,
// several prices, 6–10 results on the real benchmarks, competitors, predecessor chains forming
// families, an article with <Cite> tags), plus the providers, families and sources they refer to.
// Deterministic: the same size and seed always give the same files.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface SyntheticCatalog {
  models: number;
  providers: number;
  families: number;
  sources: number;
  benchmarks: number;
  /** Ids worth measuring: a model in the middle of a family, and that family. */
  sampleModel: string;
  sampleFamily: string;
}

const TODAY = '2026-11-23';
const WORDS = [
  'aster', 'borealis', 'cinder', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen',
  'meridian', 'nimbus', 'onyx', 'pylon', 'quill', 'raven', 'sable', 'tundra', 'umber', 'vesper', 'willow', 'xenon',
  'yarrow', 'zephyr', 'atlas', 'beacon', 'cobalt', 'dune', 'echo', 'flint', 'glade', 'helix', 'indigo', 'jade',
];
const PLATFORMS = [
  { id: 'cloudway', name: 'Cloudway', description: 'A large cloud platform that serves models from many makers through one API.' },
  { id: 'stackhost', name: 'StackHost', description: 'A cloud provider with a managed model catalog and batch inference.' },
  { id: 'routerly', name: 'Routerly', description: 'A router that forwards one API to many model providers and bills per token.' },
];
const FEATURES = ['function-calling', 'structured-output', 'json-mode', 'streaming', 'vision', 'reasoning', 'batch', 'fine-tuning', 'prompt-caching', 'web-search'];
const SETTINGS = ['0-shot CoT', '0-shot', '5-shot', 'pass@1', '3-shot', 'high reasoning effort'];
const TOPICS = [
  'long documents', 'customer support', 'code review', 'data extraction', 'translation', 'tutoring', 'search answers',
  'agent workflows', 'spreadsheet analysis', 'legal research', 'medical notes', 'classification', 'summaries',
];
const VERBS = ['improves', 'extends', 'narrows', 'revisits', 'doubles down on', 'trims', 'rebalances', 'sharpens'];
const NOUNS = [
  'instruction following', 'tool use', 'multilingual coverage', 'reasoning depth', 'latency', 'price per token',
  'context handling', 'refusal behaviour', 'coding accuracy', 'math skills', 'image understanding', 'output length',
];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    some: <T>(list: readonly T[], count: number): T[] => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

interface Plan {
  id: string;
  name: string;
  maker: string;
  makerName: string;
  family: string;
  familyName: string;
  generation: number;
  released: string;
  predecessor?: string;
  successor?: string;
  open: boolean;
  quality: number;
}

function write(file: string, text: string) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

/** Writes `count` models and everything they refer to under `contentDir`. */
export function writeSyntheticCatalog(contentDir: string, count: number, benchmarksFrom: string, seed = 42): SyntheticCatalog {
  const rnd = random(seed + count);
  const benchmarkIds = readdirSync(benchmarksFrom).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  for (const id of benchmarkIds) {
    mkdirSync(join(contentDir, 'benchmarks'), { recursive: true });
    copyFileSync(join(benchmarksFrom, `${id}.yaml`), join(contentDir, 'benchmarks', `${id}.yaml`));
  }

  // Makers: about one per 40 models (a catalog of 1,000 models lists ~25 labs).
  const makerCount = Math.max(4, Math.round(count / 40));
  // Names carry no digits: the validator treats a digit in a summary as a figure needing a source.
  const makers = Array.from({ length: makerCount }, (_, i) => {
    const word = WORDS[i % WORDS.length];
    const cycle = Math.floor(i / WORDS.length);
    const second = cycle === 0 ? '' : WORDS[(cycle - 1) % WORDS.length];
    return { id: second ? `${word}-${second}-labs` : `${word}-labs`, name: `${cap(word)}${second ? ` ${cap(second)}` : ''} Labs` };
  });
  let sources = 0;
  const source = (id: string, data: Record<string, unknown>) => {
    sources++;
    write(join(contentDir, 'sources', `${id}.yaml`), stringify(data));
  };
  for (const m of makers) {
    write(
      join(contentDir, 'providers', `${m.id}.yaml`),
      stringify({ name: m.name, homepage: `https://${m.id}.example/`, description: `${m.name} is a synthetic AI lab generated for the build benchmark.`, roles: ['maker', 'platform'] }),
    );
    source(`${m.id}-pricing`, { publisher: m.name, title: `${m.name} API pricing`, url: `https://${m.id}.example/pricing`, kind: 'maker', retrieved: TODAY });
  }
  for (const p of PLATFORMS) {
    write(join(contentDir, 'providers', `${p.id}.yaml`), stringify({ name: p.name, homepage: `https://${p.id}.example/`, description: p.description, roles: ['platform'] }));
    source(`${p.id}-catalog`, { publisher: p.name, title: `${p.name} model catalog`, url: `https://${p.id}.example/models`, kind: 'platform', retrieved: TODAY });
  }

  // Families of 3–7 generations, each generation the successor of the one before.
  const plans: Plan[] = [];
  const families: { id: string; name: string; maker: string }[] = [];
  while (plans.length < count) {
    const f = families.length;
    const maker = makers[f % makers.length];
    const word = WORDS[(f * 7 + 3) % WORDS.length];
    const third = Math.floor(f / (WORDS.length * WORDS.length));
    const name = `${cap(word)} ${cap(WORDS[Math.floor(f / WORDS.length) % WORDS.length])}${third ? ` ${cap(WORDS[(third - 1) % WORDS.length])}` : ''}`;
    const familyId = `fam-${String(f + 1).padStart(4, '0')}`;
    families.push({ id: familyId, name: `${name} series`, maker: maker.id });
    const size = Math.min(rnd.int(3, 7), count - plans.length);
    let released = addDays('2021-01-15', rnd.int(0, 1400));
    const open = rnd.next() < 0.35;
    for (let g = 0; g < size; g++) {
      const id = `${maker.id}/${familyId}-v${g + 1}`;
      plans.push({
        id,
        name: `${name} ${g + 1}`,
        maker: maker.id,
        makerName: maker.name,
        family: familyId,
        familyName: `${name} series`,
        generation: g + 1,
        released: released > '2026-10-31' ? addDays('2026-10-31', -rnd.int(0, 60)) : released,
        predecessor: g > 0 ? `${maker.id}/${familyId}-v${g}` : undefined,
        successor: g < size - 1 ? `${maker.id}/${familyId}-v${g + 2}` : undefined,
        open,
        quality: 40 + g * 6 + rnd.int(-5, 8),
      });
      released = addDays(released, rnd.int(90, 220));
    }
  }
  // Keep release dates increasing along each chain after clamping to "today".
  for (let i = 1; i < plans.length; i++) {
    const prev = plans[i - 1];
    if (plans[i].predecessor === prev.id && plans[i].released <= prev.released) plans[i].released = addDays(prev.released, 1);
  }
  for (const f of families) {
    const makerName = makers.find((m) => m.id === f.maker)!.name;
    write(join(contentDir, 'families', `${f.id}.yaml`), stringify({ name: f.name, provider: f.maker, description: `${makerName}'s synthetic ${f.name} line, one generation after another.` }));
  }

  // Competitors: models released near the same time by other makers.
  const byDate = [...plans].sort((a, b) => a.released.localeCompare(b.released));
  const position = new Map(byDate.map((p, i) => [p.id, i]));

  for (const p of plans) {
    const slug = p.id.replace('/', '-');
    const launch = `${slug}-launch`;
    const docs = `${slug}-docs`;
    const evals = `${slug}-evals`;
    const press = `${slug}-press`;
    source(launch, { publisher: p.makerName, title: `Introducing ${p.name}`, url: `https://${p.maker}.example/blog/${slug}`, kind: 'maker', published: p.released, retrieved: TODAY, quote: `${p.name} is available today in the API.` });
    source(docs, { publisher: p.makerName, title: `${p.name} — model documentation`, url: `https://${p.maker}.example/docs/models/${slug}`, kind: 'maker', retrieved: TODAY });
    source(evals, { publisher: 'Synthetic Evals', title: `${p.name} independent evaluation`, url: `https://evals.example/models/${slug}`, kind: 'evaluator', published: addDays(p.released, 14) > TODAY ? TODAY : addDays(p.released, 14) });
    source(press, { publisher: 'Tech Daily', title: `${p.makerName} launches ${p.name}`, url: `https://techdaily.example/${p.released.slice(0, 4)}/${slug}`, kind: 'press', published: p.released });

    const platform = rnd.pick(PLATFORMS);
    const context = rnd.pick([8192, 32768, 65536, 128000, 200000, 1000000]);
    const price = round(rnd.pick([0.1, 0.15, 0.25, 0.4, 0.8, 1.25, 2.5, 3, 5, 15]), 2);
    const retired = p.successor && p.released < '2023-06-01' && rnd.next() < 0.5;
    const deprecatedOn = retired ? addDays(p.released, 500) : undefined;
    const i = position.get(p.id)!;
    const near = byDate.slice(Math.max(0, i - 12), i + 12).filter((o) => o.maker !== p.maker);
    const competitors = rnd.some(near, 3).map((o) => o.id);
    const benchmarks = rnd.some(benchmarkIds, rnd.int(6, 10)).map((b, k) => ({
      benchmark: b,
      score: round(Math.min(99, Math.max(1, p.quality + rnd.int(-25, 25) + rnd.next()))),
      setting: rnd.pick(SETTINGS),
      date: p.released,
      selfReported: k % 3 !== 2,
      source: k % 3 === 2 ? evals : launch,
    }));
    const features = Object.fromEntries(
      rnd.some(FEATURES, rnd.int(5, 8)).map((f) => [f, { supported: rnd.next() < 0.8, source: docs }]),
    );
    const topic = rnd.pick(TOPICS);

    const data: Record<string, unknown> = {
      name: p.name,
      provider: p.maker,
      family: p.family,
      ...(p.predecessor ? { predecessor: p.predecessor } : {}),
      ...(p.successor ? { successor: p.successor } : {}),
      summary: `${p.makerName}'s ${ORDINALS[p.generation - 1]}-generation ${p.familyName} model, a ${p.open ? 'open-weights' : 'proprietary'} model tuned for ${topic} that ${rnd.pick(VERBS)} ${rnd.pick(NOUNS)}.`,
      tags: rnd.some(['fast', 'low-cost', 'vision', 'tool-use', 'reasoning', 'long-context', 'multilingual', 'coding'], 4),
      status: [
        { status: 'ga', date: p.released, source: launch },
        ...(retired ? [{ status: 'deprecated', date: deprecatedOn, source: docs }] : []),
      ],
      dates: {
        announced: { date: addDays(p.released, -rnd.int(0, 20)), source: press },
        released: { date: p.released, source: launch },
        ...(retired ? { deprecated: { date: deprecatedOn, source: docs } } : {}),
      },
      specs: {
        architecture: { value: p.open ? 'Decoder-only transformer with grouped-query attention' : 'Transformer; the maker has not published the design', source: docs },
        ...(p.open ? { parametersTotal: { value: rnd.pick([7, 13, 34, 70, 180]) * 1_000_000_000, source: launch } } : {}),
        contextWindow: [
          { value: context, source: docs },
          { value: context === 128000 ? 131072 : context, source: `${platform.id}-catalog`, note: `context length listed by ${platform.name}` },
        ],
        maxOutput: { value: Math.min(context, rnd.pick([4096, 8192, 16384, 32768])), source: docs }, // never above the context window (a validation rule)
        knowledgeCutoff: [{ value: addDays(p.released, -rnd.int(120, 400)).slice(0, 7), source: docs }],
        languages: { value: 'English and about twenty other languages', source: docs },
      },
      license: p.open ? { name: 'Apache 2.0', openWeights: true, url: 'https://www.apache.org/licenses/LICENSE-2.0', source: launch } : { name: 'Proprietary', openWeights: false, source: launch },
      modalities: { input: rnd.next() < 0.5 ? ['text', 'image'] : ['text'], output: ['text'], source: docs },
      features,
      pricing: [
        { platform: p.maker, effective: p.released, input: price, output: round(price * 4, 2), source: launch, note: 'launch price' },
        { platform: p.maker, listed: TODAY, input: price, output: round(price * 4, 2), cachedInput: round(price / 2, 3), source: `${p.maker}-pricing`, note: 'current price list' },
        { platform: platform.id, listed: TODAY, input: round(price * 1.1, 3), output: round(price * 4.4, 3), source: `${platform.id}-catalog` },
      ],
      availability: [
        { platform: p.maker, modelId: `${p.family}-v${p.generation}`, kind: 'alias', source: docs },
        { platform: p.maker, modelId: `${p.family}-v${p.generation}-${p.released}`, kind: 'snapshot', released: p.released, source: docs },
        { platform: platform.id, modelId: `${p.maker}.${p.family}-v${p.generation}`, kind: 'snapshot', released: p.released, source: `${platform.id}-catalog` },
      ],
      benchmarks,
      performance: [
        { metric: 'output-speed', value: rnd.int(20, 250), statistic: 'median', platform: p.maker, method: 'Synthetic Evals measurements of the maker API', measured: addDays(p.released, 14) > TODAY ? TODAY : addDays(p.released, 14), source: evals },
        { metric: 'time-to-first-token', value: round(0.2 + rnd.next() * 2, 2), platform: p.maker, method: 'Synthetic Evals measurements of the maker API', measured: addDays(p.released, 14) > TODAY ? TODAY : addDays(p.released, 14), source: evals },
      ],
      apiParameters: {
        source: docs,
        parameters: [
          { name: 'model', type: 'string', description: 'The model id to call.' },
          { name: 'messages', type: 'array', description: 'The conversation so far.' },
          { name: 'max_tokens', type: 'integer', description: 'Upper bound on the tokens in the reply.' },
          { name: 'temperature', type: 'number', description: 'Sampling temperature; lower is more focused.' },
          { name: 'top_p', type: 'number', description: 'Nucleus sampling threshold.' },
          { name: 'stop', type: 'string or array', description: 'Sequences at which generation stops.' },
          { name: 'tools', type: 'array', description: 'Functions the model may call.' },
          { name: 'stream', type: 'boolean', description: 'Send the reply as server-sent events.' },
        ],
      },
      codeExamples: [
        {
          title: 'Chat request with curl',
          language: 'bash',
          source: docs,
          code: `curl https://api.${p.maker}.example/v1/chat \\\n  -H "Authorization: Bearer $API_KEY" \\\n  -d '{"model": "${p.family}-v${p.generation}", "messages": [{"role": "user", "content": "Hello"}]}'\n`,
        },
        {
          title: 'Python',
          language: 'python',
          source: docs,
          code: `from synthetic_sdk import Client\n\nclient = Client()\nreply = client.chat(model="${p.family}-v${p.generation}", messages=[{"role": "user", "content": "Summarise this thread"}])\nprint(reply.text)\n`,
        },
      ],
      competitors,
      strengths: [
        { text: `Scores ${benchmarks[0].score} on ${benchmarks[0].benchmark} in the maker's tests`, source: benchmarks[0].source },
        `Good at ${topic} out of the box`,
        { text: `Costs $${price} per million input tokens`, source: `${p.maker}-pricing` },
        `Strong ${rnd.pick(NOUNS)} for its size`,
      ],
      limitations: [`Weaker ${rnd.pick(NOUNS)} than larger models`, 'No audio input or output', { text: `Measured at ${rnd.int(20, 250)} tokens per second by an independent evaluator`, source: evals }],
      bestFor: [`High-volume ${topic}`, `Pipelines that need ${rnd.pick(NOUNS)}`, 'Prototyping before moving to a larger model'],
      safety: [{ text: `The maker reports red-teaming by ${rnd.int(10, 80)} external testers`, source: launch }, 'Content filters are on by default in the maker API'],
      faq: [
        { question: `How much does ${p.name} cost?`, answer: `The maker lists $${price} per million input tokens and $${round(price * 4, 2)} per million output tokens.`, sources: [`${p.maker}-pricing`] },
        { question: 'How long a prompt can it take?', answer: `The documentation gives a context window of ${context} tokens.`, sources: [docs] },
        { question: 'Is it open?', answer: p.open ? 'Yes: the weights are published under Apache 2.0.' : 'No: it is only available through APIs.', sources: [launch] },
      ],
    };

    const cite = (id: string) => `<Cite id="${id}" />`;
    const sentence = () => `${p.name} ${rnd.pick(VERBS)} ${rnd.pick(NOUNS)} for ${rnd.pick(TOPICS)}, and the maker says it ${rnd.pick(VERBS)} ${rnd.pick(NOUNS)} compared with earlier releases`;
    const paragraph = (ids: string[]) => ids.map((id) => `${sentence()} ${cite(id)}.`).join(' ') + ` ${cap(rnd.pick(TOPICS))} was named as a main use, with ${rnd.pick(NOUNS)} and ${rnd.pick(NOUNS)} as the headline changes.`;
    const body = [
      '## Overview',
      paragraph([launch, docs]),
      `At launch it cost $${price} per million input tokens ${cite(launch)}, and it is also offered by ${platform.name} ${cite(`${platform.id}-catalog`)}.`,
      '## Background',
      paragraph([press, launch]),
      '## Architecture',
      paragraph([docs]),
      `The documented context window is ${context} tokens ${cite(docs)}.`,
      '## Capabilities and limitations',
      paragraph([launch, evals, evals]),
      paragraph([evals]),
      '## Safety',
      paragraph([launch]),
      '## Version history',
      p.predecessor ? `It followed the previous generation of the ${p.familyName} ${cite(launch)}.` : `It was the first model of the ${p.familyName} ${cite(launch)}.`,
      paragraph([docs]),
    ].join('\n\n');
    write(join(contentDir, 'models', `${p.id}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
  }

  const middle = plans.find((p) => p.predecessor && p.successor) ?? plans[0];
  return {
    models: plans.length,
    providers: makers.length + PLATFORMS.length,
    families: families.length,
    sources,
    benchmarks: benchmarkIds.length,
    sampleModel: middle.id,
    sampleFamily: middle.family,
  };
}
