import type { Page } from '@playwright/test';

export const visibleRows = (page: Page) => page.locator('#catalog-table tbody tr:not([hidden])');

export type RowData = { id: string; v: Record<string, unknown>; s: Record<string, number | string>; cells: Record<string, { text: string; note?: string }> };

/** Every model's row data (known values and sort keys) from the document the page's script reads. */
export async function catalogData(page: Page): Promise<{ order: string[]; columns: { id: string; optional: boolean }[]; rows: Record<string, Omit<RowData, 'id'>> }> {
  return (await page.request.get('/api/catalog.json')).json();
}

/** The row data of the rows in view, in order. */
export async function visibleData(page: Page): Promise<RowData[]> {
  const { rows } = await catalogData(page);
  const ids = await page.locator('#catalog-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!));
  return ids.map((id) => ({ id, ...rows[id] }));
}

export const openFilters = async (page: Page) => {
  const panel = page.locator('#filters-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText(/^Filters/).click();
};

export const bound = (page: Page, group: RegExp, side: 'at least' | 'at most') => page.getByRole('group', { name: group }).getByLabel(side);
