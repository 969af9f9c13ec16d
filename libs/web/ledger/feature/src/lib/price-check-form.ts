import { PriceCheckItemInput, PriceDefectCode } from '@storeops/shared/contracts';
import { parseYuan } from '@storeops/web/shared/util';

/** What the capture form holds for one item: the three prices as typed, in 元. */
export interface PriceItemDraft {
  sku: string;
  name: string;
  shelfYuan: string;
  systemYuan: string;
  tillYuan: string;
  defectCode: PriceDefectCode | '';
}

export type PriceItemField = 'sku' | 'name' | 'shelfYuan' | 'systemYuan' | 'tillYuan';
/** Why a field was refused: the key under `priceChecks.form.` that says so. */
export type PriceItemProblem = 'required' | 'sku' | 'tooLong' | 'price' | 'decimals' | 'negative' | 'tooHigh';

export type PriceItemResult =
  | { ok: true; item: PriceCheckItemInput }
  | { ok: false; problems: Partial<Record<PriceItemField, PriceItemProblem>> };

/** The API's bounds: a SKU of letters, digits and dashes; a price of at most ¥100,000. */
const SKU = /^[0-9A-Za-z-]{1,32}$/;
export const MAX_PRICE_FEN = 10_000_000;

function priceOf(text: string): { fen: number } | { problem: PriceItemProblem } {
  const parsed = parseYuan(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return { problem: 'required' };
    if (parsed.reason === 'decimals') return { problem: 'decimals' };
    return { problem: parsed.reason === 'range' ? 'tooHigh' : 'price' };
  }
  if (parsed.fen < 0) return { problem: 'negative' };
  if (parsed.fen > MAX_PRICE_FEN) return { problem: 'tooHigh' };
  return { fen: parsed.fen };
}

/** One item as the API takes it (prices in 分, converted from the typed 元 digit by digit), or what is wrong. */
export function toPriceItem(draft: PriceItemDraft): PriceItemResult {
  const problems: Partial<Record<PriceItemField, PriceItemProblem>> = {};
  const sku = draft.sku.trim();
  const name = draft.name.trim();
  if (!sku) problems.sku = 'required';
  else if (!SKU.test(sku)) problems.sku = 'sku';
  if (!name) problems.name = 'required';
  else if (name.length > 100) problems.name = 'tooLong';
  const prices: Partial<Record<'shelfYuan' | 'systemYuan' | 'tillYuan', number>> = {};
  for (const field of ['shelfYuan', 'systemYuan', 'tillYuan'] as const) {
    const price = priceOf(draft[field]);
    if ('problem' in price) problems[field] = price.problem;
    else prices[field] = price.fen;
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    item: {
      sku,
      name,
      shelfPriceFen: prices.shelfYuan as number,
      systemPriceFen: prices.systemYuan as number,
      tillPriceFen: prices.tillYuan as number,
      ...(draft.defectCode ? { defectCode: draft.defectCode } : {}),
    },
  };
}

/** A scanned or typed code as the field keeps it: spaces a scanner adds are dropped. */
export function cleanCode(text: string): string {
  return text.replace(/\s+/g, '');
}
