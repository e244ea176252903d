import type { Page } from '@playwright/test';

export const visibleRows = (page: Page) => page.locator('#catalog-table tbody tr:not([hidden])');

/** The page's own row data (known values and sort keys) for the rows in view, in order. */
export async function visibleData(page: Page): Promise<{ id: string; v: Record<string, unknown>; s: Record<string, number | string> }[]> {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('catalog-data')!.textContent!) as Record<string, { v: Record<string, unknown>; s: Record<string, number | string> }>;
    return [...document.querySelectorAll<HTMLTableRowElement>('#catalog-table tbody tr:not([hidden])')].map((tr) => ({ id: tr.dataset.id!, ...data[tr.dataset.id!] }));
  });
}

export const openFilters = async (page: Page) => {
  const panel = page.locator('#filters-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText(/^Filters/).click();
};

export const bound = (page: Page, group: RegExp, side: 'at least' | 'at most') => page.getByRole('group', { name: group }).getByLabel(side);
