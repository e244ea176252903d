// Which sources make a figure "verified": the maker's own pages, a paper, a named independent
// evaluator, or the platform that serves the model (for what it serves and charges). Press,
// community pages and aggregators (models.dev, LiteLLM, benchmark aggregator sites) leave a
// figure "unverified" until a primary source backs it.
import type { SourceKind } from '../../schemas/enums.ts';

type Kind = SourceKind;

export const PRIMARY_KINDS = ['maker', 'paper', 'evaluator', 'platform'] as const satisfies readonly Kind[];

export function isPrimaryKind(kind: Kind | undefined): boolean {
  return (PRIMARY_KINDS as readonly string[]).includes(kind ?? '');
}
