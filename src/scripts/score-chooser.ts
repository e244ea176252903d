// Shows one score-against-price chart at a time, chosen from a list and kept in the URL
// (?benchmark=gpqa|Diamond). Without JavaScript every chart's table is shown in turn.
export function enableScoreChooser(): void {
  const form = document.querySelector<HTMLFormElement>('#score-chooser');
  const select = document.querySelector<HTMLSelectElement>('#score-benchmark');
  const charts = [...document.querySelectorAll<HTMLElement>('[data-score-chart]')];
  if (!form || !select || charts.length === 0) return;
  const show = (key: string) => {
    charts.forEach((c) => (c.hidden = c.dataset.scoreChart !== key));
    select.value = key;
  };
  const wanted = new URLSearchParams(location.search).get('benchmark');
  show(charts.some((c) => c.dataset.scoreChart === wanted) ? wanted! : charts[0].dataset.scoreChart!);
  // Until now the page's CSS showed only the first chart (src/pages/charts.astro); from here on
  // the hidden attributes decide.
  form.closest('section')?.setAttribute('data-chooser', 'ready');
  select.addEventListener('change', () => {
    show(select.value);
    const url = new URL(location.href);
    url.searchParams.set('benchmark', select.value);
    history.replaceState(null, '', url.toString().replace(/%7C/g, '|'));
  });
}
