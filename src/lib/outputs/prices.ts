// /api/prices.json: every dated price of every model, with its platform, the date it took effect
// (or was seen listed), every price field and its source, so anyone can answer "what did X cost
// on D" with the same rule the site uses (the newest entry per platform dated on or before D).
import type { Catalog } from '../catalog/catalog.ts';
import { priceDate } from '../catalog/catalog.ts';

export interface PriceRecord {
  model: string;
  maker: string;
  platform: string;
  platformName: string;
  /** The date the price took effect, when the source says so. */
  effective?: string;
  /** The date it was seen listed, when its start date is unknown. */
  listed?: string;
  input: number;
  output: number;
  cachedInput?: number;
  batchInput?: number;
  batchOutput?: number;
  note?: string;
  source: { id: string; publisher: string; url?: string };
}

export interface PricesDocument {
  generated: string;
  unit: 'USD per 1M tokens';
  rule: string;
  prices: PriceRecord[];
}

export function pricesDocument(catalog: Catalog, today: string): PricesDocument {
  const prices = catalog.models.flatMap((m) =>
    [...m.data.pricing]
      .sort((a, b) => a.platform.localeCompare(b.platform) || priceDate(a).localeCompare(priceDate(b)))
      .map((p): PriceRecord => {
        const source = catalog.source.get(p.source);
        return {
          model: m.id,
          maker: m.data.provider,
          platform: p.platform,
          platformName: catalog.provider.get(p.platform)?.data.name ?? p.platform,
          effective: p.effective,
          listed: p.listed,
          input: p.input,
          output: p.output,
          cachedInput: p.cachedInput,
          batchInput: p.batchInput,
          batchOutput: p.batchOutput,
          note: p.note,
          source: { id: p.source, publisher: source?.data.publisher ?? p.source, url: source?.data.url },
        };
      }),
  );
  return {
    generated: today,
    unit: 'USD per 1M tokens',
    rule: 'The price of a model on a platform on a date is its entry with the latest effective (else listed) date on or before that date.',
    prices,
  };
}
