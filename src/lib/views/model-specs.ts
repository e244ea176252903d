// Turns a model's stored facts into labelled rows for the specification table.
import type { Model, Observation } from '../catalog/catalog.ts';
import { observationsOf } from '../catalog/catalog.ts';
import { formatDate, formatInteger, formatParameters, MODALITY_LABEL } from '../format/format.ts';

export interface ShownValue {
  text: string;
  source: string;
  note?: string;
}

export interface SpecRow {
  label: string;
  values: ShownValue[];
}

/** Whether several sources give one figure the same value ("agree") or not ("differ"). */
export function agreement(values: ShownValue[]): 'single' | 'agree' | 'differ' {
  if (values.length < 2) return 'single';
  return new Set(values.map((v) => v.text)).size === 1 ? 'agree' : 'differ';
}

function show<T>(figure: Observation<T> | Observation<T>[] | undefined, format: (v: T) => string): ShownValue[] {
  return observationsOf(figure).map((o) => ({ text: format(o.value), source: o.source, note: o.note }));
}

export function specRows(model: Model): SpecRow[] {
  const s = model.data.specs;
  const tokens = (n: number) => `${formatInteger(n)} tokens`;
  const rows: SpecRow[] = [
    { label: 'Parameters (total)', values: show(s.parametersTotal, formatParameters) },
    { label: 'Context window', values: show(s.contextWindow, tokens) },
    { label: 'Max output', values: show(s.maxOutput, tokens) },
    { label: 'Knowledge cutoff', values: show(s.knowledgeCutoff, (d) => formatDate(d, 'long')) },
  ];
  if (s.parametersActive) rows.splice(1, 0, { label: 'Parameters (active per token)', values: show(s.parametersActive, formatParameters) });
  rows.push({ label: 'Architecture', values: show(s.architecture, String) });
  rows.push({ label: 'Training tokens', values: show(s.trainingTokens, (n) => `${formatParameters(n)} tokens`) });
  if (s.trainingData) rows.push({ label: 'Training data', values: show(s.trainingData, String) });
  const license = model.data.license;
  rows.push({
    label: 'License',
    values: license ? [{ text: `${license.name} (${license.openWeights ? 'open weights' : 'weights not released'})`, source: license.source }] : [],
  });
  const modalities = model.data.modalities;
  rows.push({
    label: 'Input',
    values: modalities ? [{ text: modalities.input.map((m) => MODALITY_LABEL[m]).join(', '), source: modalities.source, note: modalities.note }] : [],
  });
  rows.push({
    label: 'Output',
    values: modalities ? [{ text: modalities.output.map((m) => MODALITY_LABEL[m]).join(', '), source: modalities.source }] : [],
  });
  if (s.languages) rows.push({ label: 'Languages', values: show(s.languages, String) });
  rows.push({ label: 'Tokenizer', values: show(s.tokenizer, String) });
  return rows;
}
