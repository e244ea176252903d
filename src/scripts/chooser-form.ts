// Moves the chooser's state between the address and its form. Each control's name is its address
// parameter; the rules for reading and writing the address live in src/lib/choose/state.ts.
import { dateNumber } from '../lib/facts/define';
import { DEFAULT_LOAD, defaultState, type ChooseState } from '../lib/choose/state';

type Control = HTMLInputElement | HTMLSelectElement;
const isoOf = (n: number) => String(n).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
const LOAD: Record<string, 'requests' | 'inputTokens' | 'outputTokens'> = { requests: 'requests', in: 'inputTokens', out: 'outputTokens' };

/** Which names are yes/no facts and which are choices, as readState needs to know (constraint controls only). */
export function knownNames(form: HTMLFormElement) {
  const controls = [...form.querySelectorAll<Control>('[data-constraints] input, [data-constraints] select')].filter((c) => !/^(unknown|min|max)\./.test(c.name));
  const flags = new Set(controls.filter((c) => (c instanceof HTMLSelectElement ? [...c.options].some((o) => o.value === 'yes') : c.value === 'yes')).map((c) => c.name));
  const choices = new Set(controls.map((c) => c.name).filter((n) => !flags.has(n)));
  return { flag: (id: string) => flags.has(id), choice: (id: string) => choices.has(id) };
}

export function stateToForm(form: HTMLFormElement, s: ChooseState): void {
  for (const el of form.querySelectorAll<Control>('input, select')) {
    const bound = /^(min|max)\.(.+)$/.exec(el.name);
    const weight = /^w\.(.+)$/.exec(el.name);
    const unknown = /^unknown\.(.+)$/.exec(el.name);
    if (bound) {
      const v = s.constraints.bounds[bound[2]]?.[bound[1] as 'min' | 'max'];
      el.value = v === undefined ? '' : el.type === 'date' ? isoOf(v) : String(v / Number(el.dataset.scale ?? 1));
    } else if (weight) el.value = s.weights[weight[1]] ? String(s.weights[weight[1]]) : '';
    else if (unknown && el instanceof HTMLInputElement) el.checked = !s.excludeUnknown.includes(unknown[1]);
    else if (LOAD[el.name]) el.value = String(s.load[LOAD[el.name]]);
    else if (el.name === 'cached') el.value = String(Math.round(s.load.cachedShare * 1000) / 10);
    else if (el.name === 'date') el.value = s.date ?? '';
    else if (el.name === 'rank') el.value = s.rank;
    else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      el.checked = el.name === 'batch' ? s.load.batch : el.value === 'yes' ? s.constraints.flags[el.name] === true : (s.constraints.choices[el.name] ?? []).includes(el.value);
    } else if (el instanceof HTMLSelectElement) {
      el.value = el.name in s.constraints.flags ? (s.constraints.flags[el.name] ? 'yes' : 'no') : (s.constraints.choices[el.name]?.[0] ?? '');
    }
  }
}

export function formToState(form: HTMLFormElement): ChooseState {
  const s = defaultState();
  s.constraints.choices = {};
  const number = (el: Control) => (el.value.trim() === '' ? undefined : Number(el.value));
  for (const el of form.querySelectorAll<Control>('input, select')) {
    const bound = /^(min|max)\.(.+)$/.exec(el.name);
    const weight = /^w\.(.+)$/.exec(el.name);
    const unknown = /^unknown\.(.+)$/.exec(el.name);
    const n = number(el);
    if (bound) {
      const v = el.type === 'date' ? (el.value ? dateNumber(el.value) : undefined) : n === undefined ? undefined : n * Number(el.dataset.scale ?? 1);
      if (v !== undefined && Number.isFinite(v) && v >= 0) s.constraints.bounds[bound[2]] = { ...s.constraints.bounds[bound[2]], [bound[1]]: v };
    } else if (weight) {
      if (n !== undefined && n > 0) s.weights[weight[1]] = n;
    } else if (unknown && el instanceof HTMLInputElement) {
      if (!el.checked) s.excludeUnknown.push(unknown[1]);
    } else if (LOAD[el.name]) s.load[LOAD[el.name]] = n !== undefined && n >= 0 ? n : DEFAULT_LOAD[LOAD[el.name]];
    else if (el.name === 'cached') s.load.cachedShare = n !== undefined && n >= 0 ? Math.min(100, n) / 100 : 0;
    else if (el.name === 'date') s.date = el.value || undefined;
    else if (el.name === 'rank') s.rank = el.value === 'cost' ? 'cost' : 'index';
    else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.name === 'batch') s.load.batch = el.checked;
      else if (!el.checked) continue;
      else if (el.value === 'yes') s.constraints.flags[el.name] = true;
      else s.constraints.choices[el.name] = [...(s.constraints.choices[el.name] ?? []), el.value];
    } else if (el instanceof HTMLSelectElement && el.value) {
      if (el.value === 'yes' || el.value === 'no') s.constraints.flags[el.name] = el.value === 'yes';
      else s.constraints.choices[el.name] = [el.value];
    }
  }
  return s;
}
