// A model's facts as plain data: what the JSON API publishes for each fact (state, compact text,
// number for sorting and "best" marks, every observation with its source and verification) and
// what the compare builder in the browser reads. Pair pages build their tables from the same
// records, so both show the same figures in the same words.
import type { Catalog, Model } from '../catalog/catalog.ts';
import type { FactDef } from './define.ts';
import { compactText, MISSING_LABEL, showFact, type SourceLink } from './display.ts';
import { factsOf } from './model-facts.ts';
import { FACT_IDS, FACTS, type FactId } from './registry.ts';
import { primaryValue, type FactValue } from './values.ts';

export interface ApiObservation {
  value: unknown;
  text: string;
  source: string;
  publisher: string;
  url: string;
  verified: boolean;
  note?: string;
}

export type ApiFact =
  | { state: 'known'; text: string; numeric?: number; verified: boolean; agreement: 'single' | 'agree' | 'differ'; observations: ApiObservation[] }
  | { state: 'undisclosed'; text: string; source: string; publisher: string; url: string; note?: string }
  | { state: 'unknown'; text: string };

export type ApiFacts = Record<FactId, ApiFact>;

export function apiFact<T>(def: FactDef<T>, value: FactValue<T>, link: SourceLink): ApiFact {
  const resolve = (id: string) => link(id) ?? { publisher: id, url: '' };
  if (value.state === 'unknown') return { state: 'unknown', text: MISSING_LABEL.unknown };
  if (value.state === 'undisclosed') return { state: 'undisclosed', text: MISSING_LABEL.undisclosed, source: value.source, ...resolve(value.source), note: value.note };
  const shown = showFact(def, value, { style: 'compact' });
  const first = primaryValue(value);
  return {
    state: 'known',
    text: shown.state === 'known' && shown.agreement === 'differ' ? `${compactText(shown)} (sources differ)` : compactText(shown),
    numeric: first !== undefined && def.numeric ? def.numeric(first) : undefined,
    verified: value.observations.some((o) => o.verified),
    agreement: shown.state === 'known' ? shown.agreement : 'single',
    observations: value.observations.map((o) => ({ value: o.value, text: def.format.compact(o.value), source: o.source, ...resolve(o.source), verified: o.verified, note: o.note })),
  };
}

export function sourceLinkOf(catalog: Catalog): SourceLink {
  return (id) => {
    const s = catalog.source.get(id);
    return s ? { publisher: s.data.publisher, url: s.data.url } : undefined;
  };
}

export function apiFactsOf(model: Model, catalog: Catalog, today: string): ApiFacts {
  const facts = factsOf(model, catalog, today);
  const link = sourceLinkOf(catalog);
  return Object.fromEntries(FACT_IDS.map((id) => [id, apiFact(FACTS[id] as FactDef<unknown>, facts[id] as FactValue<unknown>, link)])) as ApiFacts;
}
