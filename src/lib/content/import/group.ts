// Upstream records gathered per model of ours: the records that describe the model itself, and
// the hosts' listings (each with our provider id of the host). Shared by import and drift.
import { resolveRecord, type Mapping } from './mapping.ts';
import type { Finding, Offering } from './plan-existing.ts';
import { InputErrors, type InputError, type UpstreamRecord } from './record.ts';

export interface RecordGroup {
  /** Records of the model itself; without one, the maker's own listing stands in. */
  model: UpstreamRecord[];
  offerings: Offering[];
}

export interface Grouped {
  groups: Map<string, RecordGroup>;
  unmapped: UpstreamRecord[];
  ignored: number;
  /** Records with problems that no mapping uses: not fatal. */
  broken: number;
  findings: Finding[];
}

/**
 * Groups records by our model id. A mapping that contradicts the record's folder is an error; so
 * is a broken record that would be used (mapped) or that was asked for (`strict`, e.g. --provider).
 * Broken records nobody uses are counted, not fatal.
 */
export function groupRecords(records: UpstreamRecord[], mapping: Mapping, providerIds: ReadonlySet<string>, strict = false): Grouped {
  const errors: InputError[] = [];
  const groups = new Map<string, RecordGroup>();
  const unmapped: UpstreamRecord[] = [];
  const findings: Finding[] = [];
  let ignored = 0;
  let broken = 0;
  for (const record of records) {
    const { id, via } = resolveRecord(mapping, record);
    if (record.problems?.length) {
      if (strict || typeof id === 'string') errors.push(...record.problems);
      else broken++;
      continue;
    }
    if (id === null) {
      ignored++;
      continue;
    }
    if (id === undefined) {
      unmapped.push(record);
      continue;
    }
    const maker = id.split('/')[0];
    const folderProvider = mapping.providers[record.folder];
    if (record.role === 'model' && folderProvider && folderProvider !== maker)
      errors.push({ file: mapping.file, field: via, message: `maps ${record.file} to ${id}, but the folder "${record.folder}" is our provider "${folderProvider}"` });
    const group = groups.get(id) ?? { model: [], offerings: [] };
    groups.set(id, group);
    if (record.role === 'model') group.model.push(record);
    else if (!folderProvider || !providerIds.has(folderProvider))
      findings.push({ model: id, field: 'host', outcome: 'skipped', theirs: `"${record.folder}" is not mapped to one of our providers`, record: record.file });
    else group.offerings.push({ record, platform: folderProvider });
  }
  if (errors.length) throw new InputErrors(errors);
  for (const [id, group] of groups) if (!group.model.length) group.model = group.offerings.filter((o) => o.platform === id.split('/')[0]).map((o) => o.record);
  return { groups: new Map([...groups].sort(([a], [b]) => a.localeCompare(b))), unmapped, ignored, broken, findings };
}
