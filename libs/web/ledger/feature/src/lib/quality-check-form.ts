import { QualityAction, QualityFindingInput, QualityFindingKind } from '@storeops/shared/contracts';
import { parseCount } from '@storeops/web/shared/util';

/** One finding as the capture form holds it: numbers as typed. */
export interface QualityFindingDraft {
  kind: QualityFindingKind;
  product: string;
  batch: string;
  quantity: string;
  action: QualityAction;
  temperature: string;
  limitMin: string;
  limitMax: string;
  supplierId: number | null;
}

export type QualityFindingField = 'product' | 'batch' | 'quantity' | 'temperature' | 'limitMin' | 'limitMax';
export type QualityFindingProblem = 'required' | 'tooLong' | 'count' | 'temperature' | 'limits';

export type QualityFindingResult =
  | { ok: true; finding: QualityFindingInput }
  | { ok: false; problems: Partial<Record<QualityFindingField, QualityFindingProblem>> };

/** A reading in ℃ with at most one decimal, -60 to 60 (the API's bounds); the minus sign may be the full-width one. */
const TEMPERATURE = /^-?\d{1,2}(?:\.\d)?$/;

/** A typed temperature: null when empty, NaN when it is no reading. */
export function parseTemperature(text: string): number | null {
  const cleaned = text.trim().replace(/^[－−]/, '-');
  if (!cleaned) return null;
  if (!TEMPERATURE.test(cleaned)) return Number.NaN;
  const value = Number(cleaned);
  return value >= -60 && value <= 60 ? value : Number.NaN;
}

/** A finding as the API takes it, or what is wrong; a cold-chain finding needs its reading. */
export function toQualityFinding(draft: QualityFindingDraft): QualityFindingResult {
  const problems: Partial<Record<QualityFindingField, QualityFindingProblem>> = {};
  const product = draft.product.trim();
  const batch = draft.batch.trim();
  if (!product) problems.product = 'required';
  else if (product.length > 100) problems.product = 'tooLong';
  if (batch.length > 50) problems.batch = 'tooLong';
  const quantity = parseCount(draft.quantity);
  if (!draft.quantity.trim()) problems.quantity = 'required';
  else if (quantity === null || quantity > 1_000_000) problems.quantity = 'count';
  const cold = draft.kind === 'cold_chain';
  const readings = { temperature: null as number | null, limitMin: null as number | null, limitMax: null as number | null };
  if (cold) {
    for (const field of ['temperature', 'limitMin', 'limitMax'] as const) {
      const value = parseTemperature(draft[field]);
      if (value !== null && Number.isNaN(value)) problems[field] = 'temperature';
      else readings[field] = value;
    }
    if (readings.temperature === null && !problems.temperature) problems.temperature = 'required';
    if (readings.limitMin !== null && readings.limitMax !== null && readings.limitMin > readings.limitMax) problems.limitMax = 'limits';
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    finding: {
      kind: draft.kind,
      product,
      quantity: quantity as number,
      action: draft.action,
      ...(batch ? { batch } : {}),
      ...(cold && readings.temperature !== null ? { temperatureC: readings.temperature } : {}),
      ...(cold && readings.limitMin !== null ? { limitMinC: readings.limitMin } : {}),
      ...(cold && readings.limitMax !== null ? { limitMaxC: readings.limitMax } : {}),
      ...(draft.supplierId !== null ? { supplierId: draft.supplierId } : {}),
    },
  };
}

export function emptyFinding(): QualityFindingDraft {
  return {
    kind: 'expired',
    product: '',
    batch: '',
    quantity: '1',
    action: 'remove',
    temperature: '',
    limitMin: '',
    limitMax: '',
    supplierId: null,
  };
}
