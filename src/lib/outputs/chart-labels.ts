// How chart axis labels fit a narrow screen: long names wrap onto two lines at word boundaries and
// are cut with an ellipsis past that; the full name stays in the tooltip title and the table.
// Pure functions, shared by the chart loader and its tests.

/** Characters a label line may take, given the chart's width in px (the label axis gets ~38 %). */
export function labelBudget(chartWidth: number): number {
  return Math.max(10, Math.min(40, Math.floor((chartWidth * 0.38) / 6.5)));
}

/** Splits a label into at most `lines` lines of at most `max` characters, ellipsis when cut. */
export function fitLabel(label: string, max: number, lines = 2): string | string[] {
  if (label.length <= max) return label;
  const out: string[] = [];
  let rest = label.trim();
  while (rest && out.length < lines) {
    if (rest.length <= max) {
      out.push(rest);
      rest = '';
      break;
    }
    // Break after the last space or hyphen that fits; mid-word only when there is none.
    const space = rest.lastIndexOf(' ', max);
    const hyphen = rest.lastIndexOf('-', max - 1) + 1;
    const cut = space > max / 2 ? space : Math.max(space, hyphen);
    const end = cut > max / 3 ? cut : max;
    out.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) {
    const last = out[out.length - 1];
    out[out.length - 1] = `${last.slice(0, max - 1).trimEnd()}…`;
  }
  return out.length === 1 ? out[0] : out;
}

/** Round tick steps so a phone-width axis still shows about `target` labelled ticks. */
export function tickStep(min: number, max: number, target: number): number {
  const raw = (max - min) / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw);
}

/** A value label on a bar: "82.5%", "12"; one decimal at most so labels stay short. */
export function valueLabel(value: number, unit: string): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text}${unit}`;
}

/**
 * An axis number as en-US writes it ("1,000,000", "0.125"; three decimals at most), without
 * Intl: Chart.js formats every tick several times while it fits an axis, and toLocaleString
 * costs a new formatter per call.
 */
export function axisNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
