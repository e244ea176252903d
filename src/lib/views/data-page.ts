// The /data/ page: where the data comes from, what "verified" means, how much of it is verified
// (per maker), and the latest comparison with the open datasets (data/drift-summary.json, written
// by `npm run drift`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/catalog.ts';
import { coverageTotals, makerCoverage } from '../catalog/coverage.ts';
import { PRIMARY_KINDS } from '../facts/verification.ts';
import { SOURCE_KIND_LABEL } from '../format/labels.ts';
import { SOURCE_KINDS } from '../../schemas/enums.ts';

export interface DriftSummary {
  date: string;
  upstreams: { upstream: string; commit: string; records: number; modelsCompared: number }[];
  fields: Record<string, Record<string, Record<'agree' | 'rounding' | 'differ' | 'missing-ours' | 'missing-theirs', number>>>;
  differences: { upstream: string; model: string; field: string; ours: string; theirs: string }[];
  differencesTotal: number;
}

export function readDriftSummary(root = process.cwd()): DriftSummary | undefined {
  try {
    return JSON.parse(readFileSync(join(root, 'data', 'drift-summary.json'), 'utf8')) as DriftSummary;
  } catch {
    return undefined;
  }
}

export function dataPageData(catalog: Catalog, today: string, drift = readDriftSummary()) {
  const makers = makerCoverage(catalog, today);
  const totals = coverageTotals(makers);
  const sourcesByKind = SOURCE_KINDS.map((kind) => ({ kind, label: SOURCE_KIND_LABEL[kind], primary: (PRIMARY_KINDS as readonly string[]).includes(kind), count: [...catalog.source.values()].filter((s) => s.data.kind === kind).length }));
  return { makers, totals, sourcesByKind, drift, sources: catalog.source.size };
}
