/**
 * Price checks 进售价检查 and quality checks 商品质量检查 (DESIGN.md §7): the office samples items in a store and
 * compares the shelf tag, the system (POS) price and the price charged at the till; quality findings record what was
 * wrong with the goods and what was done about it. Money in 分.
 */

/** The fixed list of what can be wrong with an item's price (一货一签, 计价单位 on the tag …). */
export type PriceDefectCode =
  | 'price_mismatch'
  | 'missing_tag'
  | 'unclear_tag'
  | 'handmade_tag'
  | 'missing_unit'
  | 'multiple_tags'
  | 'promo_mismatch'
  | 'other';

export const PRICE_DEFECT_CODES: readonly PriceDefectCode[] = [
  'price_mismatch',
  'missing_tag',
  'unclear_tag',
  'handmade_tag',
  'missing_unit',
  'multiple_tags',
  'promo_mismatch',
  'other',
];

/** The defect codes' names as the office knows them (also the web's labels). */
export const PRICE_DEFECT_NAMES: Readonly<Record<PriceDefectCode, string>> = {
  price_mismatch: '标价与结算不符',
  missing_tag: '缺少价签',
  unclear_tag: '模糊标价',
  handmade_tag: '自制标价',
  missing_unit: '计价单位缺失',
  multiple_tags: '一货多签',
  promo_mismatch: '促销标识不符',
  other: '其他',
};

/** One sampled item as checked: the three prices (分) and what was seen on the tag. */
export interface PriceCheckItemInput {
  sku: string;
  name: string;
  shelfPriceFen: number;
  systemPriceFen: number;
  tillPriceFen: number;
  defectCode?: PriceDefectCode;
  /** 计价单位 as the tag shows it (件, 500g, kg …). */
  unitOnTag?: string;
  /** The promotion sign matches the price (absent: no promotion). */
  promotionSignOk?: boolean;
  /** A photo of what was wrong (POST /api/photos). */
  photoId?: number;
}

/** `POST /api/price-checks`. */
export interface CreatePriceCheckRequest {
  storeId: number;
  checkedAt: string;
  items: PriceCheckItemInput[];
  note?: string;
}

/** What the arithmetic yields for a list of items. */
export interface PriceCheckTally {
  checked: number;
  correct: number;
  /** The till charges more than the tag: the customer pays too much. */
  overcharges: number;
  /** The till charges less than the tag. */
  undercharges: number;
  /** correct / checked as a percentage, rounded to 2 decimals (97.5); null when nothing was checked. */
  accuracy: number | null;
}

/** An item is correct when the tag, the system and the till agree and nothing else was wrong with it. */
export function isItemCorrect(
  item: Pick<PriceCheckItemInput, 'shelfPriceFen' | 'systemPriceFen' | 'tillPriceFen' | 'defectCode'>,
): boolean {
  return item.shelfPriceFen === item.systemPriceFen && item.systemPriceFen === item.tillPriceFen && !item.defectCode;
}

/** The sign of the till against the tag: 1 overcharge, -1 undercharge, 0 the same. */
export function chargeDirection(item: Pick<PriceCheckItemInput, 'shelfPriceFen' | 'tillPriceFen'>): -1 | 0 | 1 {
  return item.tillPriceFen > item.shelfPriceFen ? 1 : item.tillPriceFen < item.shelfPriceFen ? -1 : 0;
}

/** A ratio as a percentage with 2 decimals, from the exact counts (97 of 100 → 97; 2 of 3 → 66.67). */
export function accuracyPercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10_000) / whole) / 100;
}

export function tallyPriceCheck(
  items: ReadonlyArray<Pick<PriceCheckItemInput, 'shelfPriceFen' | 'systemPriceFen' | 'tillPriceFen' | 'defectCode'>>,
): PriceCheckTally {
  let correct = 0;
  let overcharges = 0;
  let undercharges = 0;
  for (const item of items) {
    if (isItemCorrect(item)) correct++;
    const direction = chargeDirection(item);
    if (direction > 0) overcharges++;
    else if (direction < 0) undercharges++;
  }
  return { checked: items.length, correct, overcharges, undercharges, accuracy: accuracyPercent(correct, items.length) };
}

/**
 * The office's settings: the accuracy below which (in %) a store is checked again, within `recheckDays`; the days the
 * store has to fix a finding (its corrective action's due day).
 */
export interface PriceCheckSettings {
  accuracyThreshold: number;
  recheckDays: number;
  actionDays: number;
  version: number;
}

export const DEFAULT_PRICE_CHECK_SETTINGS: Readonly<Omit<PriceCheckSettings, 'version'>> = {
  accuracyThreshold: 98,
  recheckDays: 30,
  actionDays: 7,
};

export interface PriceCheckSettingsRequest {
  accuracyThreshold: number;
  recheckDays: number;
  actionDays: number;
  version?: number;
}

/**
 * Whether a check's result calls for a re-check and a corrective action: accuracy below the threshold, or any
 * overcharge whatever the accuracy.
 */
export function needsRecheck(tally: Pick<PriceCheckTally, 'accuracy' | 'overcharges'>, threshold: number): boolean {
  return tally.overcharges > 0 || (tally.accuracy !== null && tally.accuracy < threshold);
}

/** `POST /api/price-checks` answers with the figures and what it opened. */
export interface CreatePriceCheckResponse {
  id: number;
  accuracy: number;
  overcharges: number;
  undercharges: number;
  recheckDueAt: string | null;
  correctiveActionIds: number[];
}

export interface PriceCheckItemResponse
  extends Required<Pick<PriceCheckItemInput, 'sku' | 'name' | 'shelfPriceFen' | 'systemPriceFen' | 'tillPriceFen'>> {
  id: number;
  defectCode: PriceDefectCode | null;
  unitOnTag: string | null;
  promotionSignOk: boolean | null;
  photoId: number | null;
  correct: boolean;
  /** 1 overcharge, -1 undercharge, 0 the same. */
  direction: -1 | 0 | 1;
}

export interface CorrectiveActionLink {
  id: number;
  title: string;
  status: string;
  dueAt: string;
}

export interface PriceCheckListItem {
  id: number;
  storeId: number;
  storeCode: string;
  storeName: string;
  checkedAt: string;
  checkedBy: string;
  checked: number;
  correct: number;
  accuracy: number;
  overcharges: number;
  undercharges: number;
  /** The re-check this check opened (null: none), and when a later check of the store closed it. */
  recheckDueAt: string | null;
  recheckDoneAt: string | null;
  /** The open re-check this check closed (it was the re-check of that one). */
  recheckOfId: number | null;
}

export interface PriceCheckResponse extends PriceCheckListItem {
  note: string | null;
  items: PriceCheckItemResponse[];
  correctiveActions: CorrectiveActionLink[];
}

/** `GET /api/price-checks`: days inclusive (YYYY-MM-DD, China time). */
export interface PriceCheckQuery {
  storeId?: number;
  from?: string;
  to?: string;
}

export interface PriceDefectResponse {
  code: PriceDefectCode;
  name: string;
}

/** Sampling: N items for one store, at random or weighted toward items whose price changed lately. */
export type PriceSampleMode = 'random' | 'risk';
export const PRICE_SAMPLE_MODES: readonly PriceSampleMode[] = ['random', 'risk'];
/** A price changed within this many days counts as a risk. */
export const PRICE_RISK_DAYS = 14;

export interface PriceSampleRequest {
  storeId: number;
  count: number;
  mode: PriceSampleMode;
}

export interface PriceSampleItem {
  sku: string;
  name: string;
  /** The price the system should charge now, when known (the latest price change), in 分. */
  expectedPriceFen: number | null;
  /** The price changed within PRICE_RISK_DAYS. */
  recentChange: boolean;
  changedOn: string | null;
}

export interface PriceSampleResponse {
  mode: PriceSampleMode;
  /** How many items were there to choose from (imported price changes and items checked before). */
  pool: number;
  items: PriceSampleItem[];
}

/** The result of `POST /api/price-changes/import`. */
export interface PriceChangeImportResponse {
  rows: number;
  inserted: number;
  /** Rows already imported before (the same SKU, store and day): left as they were. */
  unchanged: number;
  updated: number;
}

export interface PriceChangeResponse {
  id: number;
  sku: string;
  name: string;
  /** Null: every store (全部). */
  storeId: number | null;
  storeCode: string | null;
  oldPriceFen: number;
  newPriceFen: number;
  effectiveOn: string;
}

// ---- quality checks 商品质量检查

export type QualityFindingKind = 'expired' | 'near_expiry' | 'damaged_package' | 'missing_cn_label' | 'cold_chain' | 'other';
export const QUALITY_FINDING_KINDS: readonly QualityFindingKind[] = [
  'expired',
  'near_expiry',
  'damaged_package',
  'missing_cn_label',
  'cold_chain',
  'other',
];
export const QUALITY_FINDING_NAMES: Readonly<Record<QualityFindingKind, string>> = {
  expired: '过期',
  near_expiry: '临期',
  damaged_package: '包装破损',
  missing_cn_label: '无中文标签',
  cold_chain: '冷链温度',
  other: '其他',
};

/** What was done with the goods: 下架, 退供, 报损, 折价. */
export type QualityAction = 'remove' | 'return_to_supplier' | 'write_off' | 'discount';
export const QUALITY_ACTIONS: readonly QualityAction[] = ['remove', 'return_to_supplier', 'write_off', 'discount'];
export const QUALITY_ACTION_NAMES: Readonly<Record<QualityAction, string>> = {
  remove: '下架',
  return_to_supplier: '退供',
  write_off: '报损',
  discount: '折价',
};

export interface QualityFindingInput {
  kind: QualityFindingKind;
  product: string;
  batch?: string;
  quantity: number;
  action: QualityAction;
  /** A cold-chain reading (°C, one decimal) and the limits it must keep. */
  temperatureC?: number;
  limitMinC?: number;
  limitMaxC?: number;
  supplierId?: number;
  note?: string;
}

export interface CreateQualityCheckRequest {
  storeId: number;
  checkedAt: string;
  findings: QualityFindingInput[];
  note?: string;
}

/** A cold-chain reading outside its limits (either bound may be absent). */
export function isOutOfLimits(f: Pick<QualityFindingInput, 'temperatureC' | 'limitMinC' | 'limitMaxC'>): boolean {
  if (f.temperatureC === undefined || f.temperatureC === null) return false;
  if (f.limitMinC !== undefined && f.limitMinC !== null && f.temperatureC < f.limitMinC) return true;
  if (f.limitMaxC !== undefined && f.limitMaxC !== null && f.temperatureC > f.limitMaxC) return true;
  return false;
}

/**
 * Whether a finding is one the store must fix: every kind is, except a cold-chain reading within its limits (a
 * reading taken and found good is recorded, not a finding).
 */
export function isQualityFinding(f: Pick<QualityFindingInput, 'kind' | 'temperatureC' | 'limitMinC' | 'limitMaxC'>): boolean {
  return f.kind !== 'cold_chain' || isOutOfLimits(f);
}

export interface QualityFindingResponse {
  id: number;
  kind: QualityFindingKind;
  product: string;
  batch: string | null;
  quantity: number;
  action: QualityAction;
  temperatureC: number | null;
  limitMinC: number | null;
  limitMaxC: number | null;
  outOfLimits: boolean;
  /** A finding the store must fix (a corrective action was opened). */
  finding: boolean;
  supplierId: number | null;
  supplierName: string | null;
  /** The supplier issue raised from it, when the suppliers domain took it. */
  supplierIssueId: number | null;
  correctiveActionId: number | null;
  note: string | null;
}

export interface QualityCheckListItem {
  id: number;
  storeId: number;
  storeCode: string;
  storeName: string;
  checkedAt: string;
  checkedBy: string;
  findings: number;
  /** Findings the store must fix. */
  openedActions: number;
}

export interface QualityCheckResponse extends Omit<QualityCheckListItem, 'findings'> {
  note: string | null;
  findings: QualityFindingResponse[];
  correctiveActions: CorrectiveActionLink[];
}

export interface CreateQualityCheckResponse {
  id: number;
  findings: number;
  correctiveActionIds: number[];
  /** The supplier issues 供应商问题 raised for findings that name a supplier. */
  supplierIssueIds: number[];
}

export type QualityCheckQuery = PriceCheckQuery;
