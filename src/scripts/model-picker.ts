// An accessible search-as-you-type combobox over /api/models-index.json (fetched on first use):
// matches name, maker and API ids; arrow keys move, Enter picks, Escape closes. Enter typed before
// the index has arrived picks the first match once it has (a fast typist must not lose the pick).
import type { IndexEntry } from '../lib/outputs/models-index';

export interface Picker {
  index: () => Promise<IndexEntry[]>;
}

/** Ranks entries for a query: name starts > a word starts > maker or alias contains. */
export function matchModels(entries: IndexEntry[], query: string, exclude: string[], limit = 8): IndexEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const score = (e: IndexEntry) => {
    const name = e.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    if (name.split(/[\s-]+/).some((w) => w.startsWith(q)) || name.includes(q)) return 1;
    if (e.aliases.some((a) => a.toLowerCase().includes(q)) || e.id.includes(q)) return 2;
    if (e.maker.toLowerCase().startsWith(q)) return 3;
    return -1;
  };
  return entries
    .filter((e) => !exclude.includes(e.id))
    .map((e) => [score(e), e] as const)
    .filter(([s]) => s >= 0)
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
    .slice(0, limit)
    .map(([, e]) => e);
}

export function enableModelPicker(input: HTMLInputElement, list: HTMLUListElement, options: { index: () => Promise<IndexEntry[]>; chosen: () => string[]; onPick: (entry: IndexEntry) => void }): void {
  let matches: IndexEntry[] = [];
  let active = -1;
  let rendering: Promise<void> = Promise.resolve();
  let latest = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `model-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (entry: IndexEntry) => {
    options.onPick(entry);
    input.value = '';
    close();
  };
  const render = async () => {
    const mine = ++latest;
    const found = matchModels(await options.index(), input.value, options.chosen());
    if (mine !== latest) return; // a later keystroke's render owns the list
    matches = found;
    list.replaceChildren(
      ...matches.map((e, i) => {
        const li = document.createElement('li');
        li.id = `model-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('strong');
        name.textContent = e.name;
        const meta = document.createElement('span');
        meta.textContent = ` ${e.maker} · ${e.context} context · ${e.price}`;
        li.append(name, meta);
        li.addEventListener('mousedown', (ev) => ev.preventDefault());
        li.addEventListener('click', () => pick(e));
        return li;
      }),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    highlight(matches.length ? 0 : -1);
  };
  input.addEventListener('input', () => {
    rendering = render();
  });
  input.addEventListener('focus', () => void options.index());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && matches.length) highlight((active + 1) % matches.length);
    else if (e.key === 'ArrowUp' && matches.length) highlight((active - 1 + matches.length) % matches.length);
    else if (e.key === 'Enter' && input.value.trim()) {
      const typed = input.value;
      void rendering.then(() => {
        if (input.value === typed && active >= 0) pick(matches[active]);
      });
    }
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  });
}
