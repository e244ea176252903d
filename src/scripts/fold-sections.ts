// On a phone, a model page's long sections fold to their headings so the page reads as a menu;
// a heading button (aria-expanded) opens each. Links to a section (the menu, #anchors) open it.
// Without JavaScript, or on a wider screen, every section stays open.
export function foldSections(selector: string, query = '(max-width: 40rem)'): void {
  if (!matchMedia(query).matches) return;
  const sections = [...document.querySelectorAll<HTMLElement>(selector)].filter((s) => s.querySelector(':scope > h2'));
  const open = (section: HTMLElement, state: boolean) => {
    section.classList.toggle('folded', !state);
    section.querySelector(':scope > h2 button')?.setAttribute('aria-expanded', String(state));
  };
  for (const section of sections) {
    const h2 = section.querySelector<HTMLElement>(':scope > h2')!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fold-toggle';
    button.append(...h2.childNodes);
    h2.append(button);
    button.addEventListener('click', () => open(section, section.classList.contains('folded')));
    open(section, false);
  }
  const reveal = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const section = target?.closest<HTMLElement>('.folded');
    if (section) open(section, true);
  };
  window.addEventListener('hashchange', reveal);
  reveal();
}
