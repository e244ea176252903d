// One source file per upstream record: its id, its public URL and its text. An existing source
// with the same URL is reused; a file is written only for a source something cites.
import { scalar } from './emit.ts';
import type { UpstreamRecord } from './record.ts';

export interface ExistingSource {
  id: string;
  url: string;
}

const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/-+/g, '-').replace(/^[-.]+|[-.]+$/g, '');

/** The id a record's source gets when no existing source has its URL. */
export function baseSourceId(record: UpstreamRecord): string {
  if (record.upstream === 'litellm') return slugify(`litellm-${record.stem}`);
  if (record.url.endsWith('/api.json')) return 'models-dev-api-json';
  return slugify(record.role === 'model' ? `models-dev-${record.folder}-${record.stem}` : `models-dev-provider-${record.folder}-${record.stem}`);
}

export interface NewSource {
  id: string;
  path: string;
  text: string;
}

export class SourceRegistry {
  private readonly byUrl = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Map<string, string>();
  private readonly planned = new Map<string, UpstreamRecord>();

  private readonly retrieved: string;
  private readonly commit: string;

  constructor(existing: ExistingSource[], retrieved: string, commit: string) {
    this.retrieved = retrieved;
    this.commit = commit;
    for (const s of existing) {
      if (!this.byUrl.has(s.url)) this.byUrl.set(s.url, s.id);
      this.taken.set(s.id, s.url);
    }
  }

  /** The id to cite for a record: an existing source with its URL, else a new id (suffixed with the commit if the plain id is taken). */
  idFor(record: UpstreamRecord): string {
    // One LiteLLM file holds every key, so its records share a URL: each key is its own source.
    const key = record.upstream === 'litellm' ? `${record.url}#${record.stem}` : record.url;
    const known = this.byKey.get(key) ?? (record.upstream === 'litellm' ? undefined : this.byUrl.get(record.url));
    if (known) return known;
    let id = baseSourceId(record);
    if (this.taken.has(id) && !(record.upstream === 'litellm' && this.taken.get(id) === record.url && !this.planned.has(id))) id = `${id}-${this.commit.slice(0, 7)}`;
    if (this.taken.has(id) && this.taken.get(id) !== record.url) throw new Error(`source id ${id} is already used by another URL`);
    this.byKey.set(key, id);
    if (!this.taken.has(id)) {
      this.taken.set(id, record.url);
      this.planned.set(id, record);
    }
    return id;
  }

  /** Whether the id names a source that is not on disk yet. */
  isNew(id: string): boolean {
    return this.planned.has(id);
  }

  /** Files for the new sources among `cited`. */
  files(cited: Set<string>, publisherOf: (r: UpstreamRecord) => string): NewSource[] {
    return [...this.planned]
      .filter(([id]) => cited.has(id))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, r]) => ({ id, path: `content/sources/${id}.yaml`, text: sourceText(r, publisherOf(r), this.retrieved) }));
  }
}

export function sourceText(record: UpstreamRecord, publisher: string, retrieved: string): string {
  const title = record.upstream === 'litellm' ? `${record.file.split('#')[0]}: "${record.stem}"` : record.file.replace(/^.*#/, 'api.json: ');
  const lines = [
    '# yaml-language-server: $schema=../../schemas/source.schema.json',
    `publisher: ${scalar(publisher)}`,
    `title: ${scalar(title)}`,
    `url: ${record.url}`,
    'kind: aggregator',
    `retrieved: ${retrieved}`,
  ];
  if (record.quote) lines.push(`quote: ${scalar(record.quote.length > 600 ? `${record.quote.slice(0, 597)}...` : record.quote)}`);
  return lines.join('\n') + '\n';
}
