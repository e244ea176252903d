// Skeletons for new content files (npm run new:model and friends). Pure: the caller passes the
// ids that exist and today's date, and writes the returned text itself.
import { modelId as modelIdSchema, slug } from '../../schemas/common.ts';
import { benchmarkText, familyText, modelText, providerText, sourceText } from './scaffold-templates.ts';
import type { CollectionName } from './files.ts';
import type { RawEntry } from './reader.ts';

export const ENTRY_KINDS = ['model', 'provider', 'family', 'benchmark', 'source'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const COLLECTION_OF: Record<EntryKind, CollectionName> = {
  model: 'models',
  provider: 'providers',
  family: 'families',
  benchmark: 'benchmarks',
  source: 'sources',
};

export type ExistingIds = Record<CollectionName, ReadonlySet<string>>;

export interface ScaffoldRequest {
  kind: EntryKind;
  id: string;
  /** Ids already in content/, per collection. */
  existing: ExistingIds;
  /** YYYY-MM-DD, used for the placeholder dates. */
  today: string;
  /** The maker of a family (a model takes its provider from its id). */
  provider?: string;
}

export interface Scaffold {
  ok: true;
  /** Where to write the file, relative to the repository root. */
  path: string;
  text: string;
  /** Entries the skeleton refers to that do not exist yet; it validates once they do. */
  needs: { kind: EntryKind; id: string }[];
  nextSteps: string[];
}

export type ScaffoldResult = Scaffold | { ok: false; error: string };

/** The ids in content/ per collection, from what readContent returned. */
export function existingIdsOf(entries: readonly RawEntry[]): ExistingIds {
  const ids = (c: CollectionName) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  return { models: ids('models'), providers: ids('providers'), families: ids('families'), benchmarks: ids('benchmarks'), sources: ids('sources') };
}

/** A readable first guess at a name from an id: "gpt-4.1-mini" → "Gpt 4.1 Mini". */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** The source a new model's skeleton cites until real sources replace it. */
export function placeholderSourceId(modelId: string): string {
  return `${modelId.replace('/', '-')}-launch`;
}

function idProblem(kind: EntryKind, id: string): string | null {
  const schema = kind === 'model' ? modelIdSchema : slug;
  const result = schema.safeParse(id);
  if (result.success) return null;
  const expected = kind === 'model' ? '"<provider>/<model>", e.g. "openai/gpt-4o-mini"' : 'lower-case kebab-case, e.g. "gpt-mini"';
  return `"${id}" is not a valid ${kind} id: write it as ${expected} (letters a-z, digits, dots and dashes)`;
}

const validateStep = 'Run `npm run validate`: it lists every problem as file: field: what is wrong (fix: …).';

/** The skeleton for a new entry, or why it cannot be made. */
export function scaffoldEntry(request: ScaffoldRequest): ScaffoldResult {
  const { kind, id, existing, today } = request;
  const collection = COLLECTION_OF[kind];
  const badId = idProblem(kind, id);
  if (badId) return { ok: false, error: badId };
  const ext = kind === 'model' ? 'mdx' : 'yaml';
  const path = `content/${collection}/${id}.${ext}`;
  if (existing[collection].has(id)) return { ok: false, error: `${kind} "${id}" already exists (${path}): edit that file instead` };

  const provider = kind === 'model' ? id.split('/')[0] : request.provider;
  if (kind === 'family' && !provider)
    return { ok: false, error: `give the family's maker: npm run new:family -- ${id} --provider <provider-id>` };
  if ((kind === 'model' || kind === 'family') && provider && !existing.providers.has(provider)) {
    const badProvider = idProblem('provider', provider);
    if (badProvider) return { ok: false, error: badProvider };
    return { ok: false, error: `unknown provider "${provider}": add it first with npm run new:provider -- ${provider}, or use an existing id` };
  }

  const fill = 'Fill in ' + path + ': replace every TODO (`grep -n TODO ' + path + '`).';
  switch (kind) {
    case 'model': {
      const source = placeholderSourceId(id);
      const hasSource = existing.sources.has(source);
      return {
        ok: true,
        path,
        text: modelText(id, provider!, source, today),
        needs: hasSource ? [] : [{ kind: 'source', id: source }],
        nextSteps: [
          hasSource
            ? `The skeleton cites the existing source "${source}": check it is the page you took the facts from, or cite another.`
            : `Create the source the skeleton cites: npm run new:source -- ${source} (or replace "${source}" with an existing source id).`,
          fill + ' Uncomment an optional field only when a source gives it.',
          'Add a source for every other page you take a figure from: npm run new:source -- <publisher>-<subject>',
          validateStep,
          `Run \`npm start\` and open /models/${id}/ to see the page.`,
        ],
      };
    }
    case 'provider':
      return {
        ok: true,
        path,
        text: providerText(id),
        needs: [],
        nextSteps: [fill, validateStep, `Run \`npm start\` and open /providers/${id}/.`],
      };
    case 'family':
      return {
        ok: true,
        path,
        text: familyText(id, provider!),
        needs: [],
        nextSteps: [fill, `Put \`family: ${id}\` in the frontmatter of each model of the line.`, validateStep, `Run \`npm start\` and open /families/${id}/.`],
      };
    case 'benchmark':
      return {
        ok: true,
        path,
        text: benchmarkText(id),
        needs: [],
        nextSteps: [fill, `Record results in model files under \`benchmarks:\` as \`- { benchmark: ${id}, score: …, selfReported: …, source: … }\`.`, validateStep, `Run \`npm start\` and open /benchmarks/${id}/.`],
      };
    case 'source':
      return {
        ok: true,
        path,
        text: sourceText(today),
        needs: [],
        nextSteps: [fill, `Cite it as \`source: ${id}\` next to a figure, or <Cite id="${id}" /> in an article.`, validateStep, 'Run `npm start` and look at the pages that cite it.'],
      };
  }
}
