// --add-mappings: entries for unmapped records, written into the mapping file for a contributor to
// review and commit. A proposal is only made where the maker is known; the id is <maker>/<kebab id>.
import { isMap, parseDocument, Scalar, YAMLMap } from 'yaml';
import { kebabId, type Mapping } from './mapping.ts';
import type { UpstreamRecord } from './record.ts';

export interface Proposal {
  section: 'models' | 'offerings';
  key: string;
  id: string;
}

/** Proposals for unmapped records, and the records no proposal can be made for. */
export function proposeMappings(unmapped: UpstreamRecord[], mapping: Mapping, isMaker: (provider: string) => boolean): { proposals: Proposal[]; without: UpstreamRecord[] } {
  const proposals = new Map<string, Proposal>();
  const without: UpstreamRecord[] = [];
  for (const r of unmapped) {
    let proposal: Proposal | undefined;
    if (r.upstream === 'models-dev' && r.baseModel) {
      const [folder, ...rest] = r.baseModel.split('/');
      const maker = mapping.providers[folder];
      if (maker && isMaker(maker) && !(r.baseModel in mapping.models)) proposal = { section: 'models', key: r.baseModel, id: `${maker}/${kebabId(rest.join('/'))}` };
    } else {
      const maker = mapping.providers[r.folder];
      const key = r.upstream === 'litellm' ? r.stem : `${r.folder}/${r.stem}`;
      const section = r.upstream === 'models-dev' && r.role === 'offering' ? 'offerings' : 'models';
      if (maker && isMaker(maker)) proposal = { section, key, id: `${maker}/${kebabId(r.modelId)}` };
    }
    if (proposal) proposals.set(`${proposal.section}:${proposal.key}`, proposal);
    else without.push(r);
  }
  return { proposals: [...proposals.values()], without };
}

/** The mapping file with the proposals added at the end of their sections, under a review comment. */
export function addProposals(text: string, proposals: Proposal[], today: string): string {
  const doc = parseDocument(text || '{}\n');
  if (!isMap(doc.contents)) throw new Error('the mapping file is not a map');
  if (doc.contents.flow) doc.contents.flow = false;
  for (const section of ['models', 'offerings'] as const) {
    const mine = proposals.filter((p) => p.section === section);
    if (!mine.length) continue;
    let map = doc.get(section) as YAMLMap | undefined;
    if (!isMap(map)) {
      map = new YAMLMap();
      doc.set(section, map);
    }
    mine.forEach((p, i) => {
      const key = new Scalar(p.key);
      if (i === 0) key.commentBefore = ` proposed by npm run import -- … --add-mappings on ${today}: review each line, then commit`;
      map!.add({ key, value: new Scalar(p.id) } as never);
    });
  }
  return doc.toString({ lineWidth: 0 });
}
