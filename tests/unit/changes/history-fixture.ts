// A change history as the reader returns it, for view and feed tests.
import type { ChangeEntry, ChangeHistory } from '../../../src/lib/changes/history.ts';

export function entry(over: Partial<ChangeEntry>): ChangeEntry {
  return {
    model: 'acme/rocket-1', hash: 'a'.repeat(40), shortHash: 'aaaaaaa', date: '2026-02-03T11:00:00+00:00', subject: 'Edit',
    field: 'specs.contextWindow', kind: 'changed', old: '16,000', new: '32,000', sources: ['acme-rocket-1'], ...over,
  };
}

/** Newest first: two changes in a February commit, one in January to a model since removed. */
export const HISTORY: ChangeHistory = {
  available: true,
  commits: 2,
  truncated: false,
  entries: [
    entry({}),
    entry({ model: 'acme/rocket-2', field: 'benchmarks.quiz · 5-shot', kind: 'added', old: undefined, new: '70', sources: ['acme-launch'] }),
    entry({ hash: 'b'.repeat(40), shortHash: 'bbbbbbb', date: '2026-01-31T23:30:00-05:00', model: 'acme/gone', field: 'model', kind: 'removed', old: 'Gone <b>', new: undefined, sources: [], subject: 'Drop <gone> & co' }),
  ],
};
