// The /choose/ page: reads the state from the address into the form, ranks the models from
// /api/choose.json with the shared rules in src/lib/choose, draws the shortlist and keeps every
// change in the address (replaceState), so a reload or a shared link shows the same result.
import { readChooseState, writeChooseState, defaultState } from '../lib/choose/state';
import { shortlist } from '../lib/choose/shortlist';
import type { ChooseDocument } from '../lib/choose/types';
import { formatDate } from '../lib/format/format';
import { formToState, knownNames, stateToForm } from './chooser-form';
import { drawHead, drawRow } from './chooser-table';

/** Rows drawn at most; the status line says how many more meet the constraints. */
const SHOWN = 25;

export async function enableChooser(): Promise<void> {
  const app = document.getElementById('choose-app');
  const form = document.querySelector<HTMLFormElement>('#chooser');
  const table = document.querySelector<HTMLTableElement>('#choose-results');
  const status = document.getElementById('choose-status');
  const compare = document.querySelector<HTMLAnchorElement>('#compare-top');
  if (!app || !form || !table || !status || !compare) return;
  const base = app.dataset.base ?? '/';
  const today = app.dataset.today ?? new Date().toISOString().slice(0, 10);
  const known = knownNames(form);
  stateToForm(form, readChooseState(new URLSearchParams(location.search), known));

  let doc: ChooseDocument;
  try {
    const response = await fetch(`${base}api/choose.json`);
    if (!response.ok) throw new Error(String(response.status));
    doc = (await response.json()) as ChooseDocument;
  } catch {
    status.textContent = 'The model data could not be loaded. The catalog table at /models/ lists every model.';
    return;
  }

  const render = () => {
    const state = formToState(form);
    const query = writeChooseState(state).toString();
    history.replaceState(null, '', `?${query}`);
    const list = shortlist(doc, state, today);
    drawHead(table.tHead!.rows[0], list);
    table.tBodies[0].replaceChildren(...list.rows.slice(0, SHOWN).map((row, i) => drawRow(doc, list, row, i + 1, base)));
    const withUnknown = list.rows.filter((r) => r.unknown.length).length;
    const order = state.rank === 'cost' ? 'cheapest first' : list.series.length ? 'highest benchmark index first' : 'cheapest first among equals (no benchmark weighted)';
    status.textContent =
      `${list.rows.length} model${list.rows.length === 1 ? '' : 's'} meet the constraints` +
      (withUnknown ? ` (${withUnknown} with an unknown value, marked)` : '') +
      `; ${list.rows.length > SHOWN ? `showing the first ${SHOWN}, ` : ''}${order}. Prices in effect on ${formatDate(list.date)}.`;
    const top = list.rows.slice(0, 3).map((r) => r.model.id);
    compare.hidden = top.length < 2;
    compare.textContent = `Compare top ${top.length}`;
    compare.href = `${base}compare/?models=${top.join(',')}`;
  };

  let timer: number | undefined;
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(render, 150);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    stateToForm(form, defaultState());
    render();
  });
  // Rank in a task of its own, after the document's parse: two short tasks instead of one long one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  render();
}
