// What every validation rule receives, and the small helpers they share.
import type { ModelData } from '../../../schemas/index.ts';
import { closest } from '../error-map.ts';
import type { CollectionName } from '../files.ts';
import type { Parsed, ParsedContent } from '../parse.ts';
import type { Problem } from '../problem.ts';
import type { RawEntry } from '../reader.ts';
import type { NameIndex } from './figures-in-text.ts';

export interface RuleContext {
  entries: RawEntry[];
  content: ParsedContent;
  /** YYYY-MM-DD: what counts as the future. */
  today: string;
  names: NameIndex;
}

export type Rule = (ctx: RuleContext) => Problem[];

/** Models to check: valid ones and, for cross-file rules, the valid parts of broken ones. */
export function models(ctx: RuleContext): [string, Parsed<ModelData>][] {
  return [...ctx.content.models];
}

export function known(ctx: RuleContext, collection: CollectionName, id: string): boolean {
  return ctx.content.ids[collection].has(id);
}

/** "did you mean …?" when a close id exists, else how to create the missing file. */
export function suggest(ctx: RuleContext, collection: CollectionName, ref: string, except?: string): string {
  const guess = closest(ref, [...ctx.content.ids[collection]].filter((k) => k !== except));
  return guess ? `did you mean "${guess}"?` : `create content/${collection}/${ref}${collection === 'models' ? '.mdx' : '.yaml'} or correct the id`;
}

/** A problem collector for one file. */
export function collector(file: string, into: Problem[]) {
  return (field: string, message: string, fix: string) => into.push({ file, field, message, fix });
}
