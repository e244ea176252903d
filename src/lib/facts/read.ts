// Turning stored figures into fact values: every observation with its source and whether that
// source is primary, or "not disclosed" when a source says so, or unknown.
import type { Model } from '../catalog/catalog.ts';
import { observationsOf } from '../catalog/catalog.ts';
import type { ModelData } from '../../schemas/index.ts';
import type { FactContext } from './define.ts';
import { known, UNKNOWN, type FactValue, type Observed } from './values.ts';

type Figure<T> = { value: T; source: string; note?: string } | { value: T; source: string; note?: string }[] | undefined;
type Disclosable = keyof NonNullable<ModelData['notDisclosed']>;

export function observed<T>(value: T, source: string, ctx: FactContext, note?: string): Observed<T> {
  return { value, source, note, verified: ctx.verified(source) };
}

/** A spec figure, or "not disclosed" when the model's file says a source reports it unpublished. */
export function fromFigure<T>(model: Model, figure: Figure<T>, ctx: FactContext, disclosable?: Disclosable): FactValue<T> {
  const list = observationsOf(figure);
  if (list.length > 0) return known(list.map((o) => observed(o.value, o.source, ctx, o.note)));
  const undisclosed = disclosable ? model.data.notDisclosed?.[disclosable] : undefined;
  return undisclosed ? { state: 'undisclosed', source: undisclosed.source, note: undisclosed.note } : UNKNOWN;
}

/** One sourced value, or unknown. */
export function single<T>(value: T | undefined, source: string | undefined, ctx: FactContext, note?: string): FactValue<T> {
  return value === undefined || source === undefined ? UNKNOWN : known([observed(value, source, ctx, note)]);
}
