import { CreateDecompositionRequest, Metric, StoreFormat, StoreStatus, TargetDecompositionResponse } from '@storeops/shared/contracts';
import { TargetChangeEntity } from './entities';
import { director, harness, Harness, ops, refusal, StoreSeed } from './testing/harness.spec.helper';
import { FakeFacts } from './testing/fake-actuals';

const YEAR = 2026;
const flat = (yearTotal: number): number[] =>
  Array.from({ length: 12 }, (_, i) => (i < 11 ? Math.floor(yearTotal / 12) : yearTotal - 11 * Math.floor(yearTotal / 12)));
const rising = (unit: number): number[] => Array.from({ length: 12 }, (_, i) => (i + 1) * unit);

function storeValues(d: TargetDecompositionResponse, h: Harness): Record<string, number> {
  const codeOf = new Map(Object.entries(h.ids).map(([code, id]) => [id, code]));
  return Object.fromEntries(d.stores.map((s) => [codeOf.get(s.storeId), s.value]));
}

function cellValue(d: TargetDecompositionResponse, storeId: number, month: number): number {
  const cell = d.cells.find((c) => c.storeId === storeId && c.month === month);
  if (!cell) throw new Error(`no cell for store ${storeId} month ${month}`);
  return cell.value;
}

function monthsOf(d: TargetDecompositionResponse, storeId: number): number[] {
  return d.cells
    .filter((c) => c.storeId === storeId)
    .sort((a, b) => a.month - b.month)
    .map((c) => c.value);
}

/** Stores sum to the total and each store's months to its year value, exactly. */
function expectReconciled(d: TargetDecompositionResponse): void {
  expect(d.stores.reduce((sum, s) => sum + s.value, 0)).toBe(d.total);
  for (const s of d.stores) {
    const months = monthsOf(d, s.storeId);
    expect(months).toHaveLength(12);
    expect(months.reduce((a, b) => a + b, 0)).toBe(s.value);
  }
  expect(d.cells.reduce((sum, c) => sum + c.value, 0)).toBe(d.total);
}

const THREE: StoreSeed[] = [
  { code: 'SH001', area: 1000 },
  { code: 'SH002', area: 3000 },
  { code: 'SH003', area: 1000 },
];
const THREE_HISTORY: Partial<Record<Metric.Sales, FakeFacts>> = {
  [Metric.Sales]: { months: { [YEAR - 1]: { 1: flat(300_000), 2: flat(200_000), 3: flat(500_000) } } },
};

describe('DecompositionsService: splitting a company total to stores', () => {
  let h: Harness;
  beforeEach(async () => (h = await harness(THREE, THREE_HISTORY)));
  afterEach(() => h.close());

  const create = (over: Partial<CreateDecompositionRequest>) =>
    h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 1_000_000_007, method: 'last_year', ...over });

  it.each([
    // method, total, locks (by code), expected store values, expected basis
    [
      'last_year by last year share; the odd 分 goes to the largest remainder',
      'last_year',
      1_000_000_007,
      {},
      { SH001: 300_000_002, SH002: 200_000_001, SH003: 500_000_004 },
      'last_year',
    ],
    ['area by sales area', 'area', 1_000, {}, { SH001: 200, SH002: 600, SH003: 200 }, 'area'],
    ['equal: the remainder goes to the earlier store', 'equal', 100, {}, { SH001: 34, SH002: 33, SH003: 33 }, 'equal'],
    ['manual without locks splits like last_year', 'manual', 1_000, {}, { SH001: 300, SH002: 200, SH003: 500 }, 'last_year'],
    [
      'manual: a lock keeps its value, the rest goes by last year',
      'manual',
      1_000,
      { SH002: 100 },
      { SH001: 338, SH002: 100, SH003: 562 },
      'last_year',
    ],
    [
      'area with a lock: the rest by area among the unlocked',
      'area',
      1_000,
      { SH001: 500 },
      { SH001: 500, SH002: 375, SH003: 125 },
      'area',
    ],
    ['equal with a lock of 0', 'equal', 1_001, { SH003: 0 }, { SH001: 501, SH002: 500, SH003: 0 }, 'equal'],
  ] as const)('%s', async (_name, method, total, locks, expected, basis) => {
    const d = await create({
      method,
      total,
      locks: Object.entries(locks).map(([code, value]) => ({ storeId: h.ids[code], value })),
    });
    expect(storeValues(d, h)).toEqual(expected);
    for (const s of d.stores) {
      const isLocked = Object.keys(locks).some((code) => h.ids[code] === s.storeId);
      expect([s.locked, s.basis]).toEqual(isLocked ? [true, 'locked'] : [false, basis]);
    }
    expectReconciled(d);
    expect(d.status).toBe('draft');
  });

  it.each([1_000_000_007, 1, 0, 7, 999_999_999_999, 123_456_789_013])(
    'total %d: stores sum to it and months to each store, to the 分',
    async (total) => {
      for (const method of ['last_year', 'area', 'equal'] as const) expectReconciled(await create({ method, total }));
    },
  );

  it.each([
    ['a lock above the total', 'locks[0].value', [{ code: 'SH001', value: 2_000 }]],
    ['an unknown store', 'locks[0].storeId', [{ code: 'NOPE', value: 1 }]],
    [
      'a store locked twice',
      'locks[1].storeId',
      [
        { code: 'SH001', value: 1 },
        { code: 'SH001', value: 2 },
      ],
    ],
    [
      'locks adding up to more than the total',
      'locks',
      [
        { code: 'SH001', value: 600 },
        { code: 'SH002', value: 600 },
      ],
    ],
    [
      'every store locked but not adding up to the total',
      'locks',
      [
        { code: 'SH001', value: 1 },
        { code: 'SH002', value: 1 },
        { code: 'SH003', value: 1 },
      ],
    ],
  ])('refuses %s → 400 naming %s', async (_name, field, locks) => {
    const refused = await refusal(create({ total: 1_000, locks: locks.map((l) => ({ storeId: h.ids[l.code] ?? 9999, value: l.value })) }));
    expect(refused.status).toBe(400);
    expect(refused.details.map((d) => d.field)).toEqual([field]);
  });
});

describe('DecompositionsService: which stores get a target, and new stores', () => {
  it('closed stores and stores opening after the year get none; a store opening within the year does', async () => {
    const h = await harness(
      [
        { code: 'SH001' },
        { code: 'SH002', status: StoreStatus.Closed },
        { code: 'SH003', status: StoreStatus.Preparing, openDate: `${YEAR + 1}-03-18` },
        { code: 'SH004', status: StoreStatus.Preparing, openDate: `${YEAR}-06-01` },
      ],
      {},
    );
    const d = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 1_000, method: 'equal' });
    expect(storeValues(d, h)).toEqual({ SH001: 500, SH004: 500 });
    const locked = await refusal(
      h.decompositions.create(ops, {
        year: YEAR,
        metric: Metric.Sales,
        total: 1_000,
        method: 'equal',
        locks: [{ storeId: h.ids['SH002'], value: 1 }],
      }),
    );
    expect(locked).toMatchObject({ status: 400, details: [{ field: 'locks[0].storeId' }] });
    await h.close();
  });

  it('a new store is weighted by its area × its same-format peers’ last-year actual per m²', async () => {
    const h = await harness(
      [
        { code: 'SH001', area: 1000 },
        { code: 'SH002', area: 3000 },
        { code: 'HM001', area: 10_000, format: StoreFormat.Hypermarket },
        // Opened during last year: its partial year is no share to go by.
        { code: 'SH009', area: 2000, openDate: `${YEAR - 1}-07-01` },
      ],
      { [Metric.Sales]: { months: { [YEAR - 1]: { 1: flat(1_000_000), 2: flat(2_000_000), 3: flat(5_000_000), 4: flat(600_000) } } } },
    );
    const d = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 9_500_000, method: 'last_year' });
    // Supermarket peers: 3 000 000 分 / 4 000 m² = 750 分/m² → SH009 weighs 2 000 × 750 = 1 500 000, not its 600 000.
    expect(storeValues(d, h)).toEqual({ HM001: 5_000_000, SH001: 1_000_000, SH002: 2_000_000, SH009: 1_500_000 });
    expect(d.stores.find((s) => s.storeId === h.ids['SH009'])?.basis).toBe('new_store_area');
    expectReconciled(d);
    await h.close();
  });
});

describe('DecompositionsService: each store year to months', () => {
  it('by the store’s own last-year shape; a store without 12 months by the company shape', async () => {
    const h = await harness([{ code: 'SH001' }, { code: 'SH002' }, { code: 'SH003', openDate: `${YEAR - 1}-07-01` }], {
      [Metric.Sales]: {
        months: {
          [YEAR - 1]: {
            1: rising(10), // 780 a year: 10, 20, … 120
            2: Array.from({ length: 12 }, () => 100),
            3: [0, 0, 0, 0, 0, 0, 50, 50, 50, 50, 50, 50],
          },
        },
      },
    });
    const d = await h.decompositions.create(ops, {
      year: YEAR,
      metric: Metric.Sales,
      total: 2_000,
      method: 'manual',
      locks: [
        { storeId: h.ids['SH001'], value: 780 },
        { storeId: h.ids['SH002'], value: 1_200 },
      ],
    });
    expect(monthsOf(d, h.ids['SH001'])).toEqual(rising(10));
    expect(monthsOf(d, h.ids['SH002'])).toEqual(Array.from({ length: 12 }, () => 100));
    // Company shape: 10+100, 20+100, … 60+100, then 70+100+50 … : SH003 (20) follows it, not its own half year.
    const company = rising(10).map((v, i) => v + 100 + (i >= 6 ? 50 : 0));
    const sum = company.reduce((a, b) => a + b, 0);
    expect(monthsOf(d, h.ids['SH003']).reduce((a, b) => a + b, 0)).toBe(20);
    expect(monthsOf(d, h.ids['SH003'])).toEqual(largestRemainderShape(20, company, sum));
    await h.close();
  });

  it('without any history, by days in month', async () => {
    const h = await harness([{ code: 'SH001' }], {});
    const d = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Transactions, total: 365, method: 'equal' });
    expect(monthsOf(d, h.ids['SH001'])).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    await h.close();
  });
});

/** Hand-rolled largest remainder for the assertion (independent of the contracts implementation). */
function largestRemainderShape(total: number, weights: number[], sum: number): number[] {
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) if (left-- > 0) parts[i]++;
  return parts;
}

describe('DecompositionsService: workflow and edits', () => {
  let h: Harness;
  let draft: TargetDecompositionResponse;
  beforeEach(async () => {
    h = await harness(THREE, THREE_HISTORY);
    draft = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 1_200, method: 'equal' });
  });
  afterEach(() => h.close());

  it('draft → published → approved; the approved one is current', async () => {
    const published = await h.decompositions.publish(ops, draft.id, { version: draft.version });
    expect(published).toMatchObject({ status: 'published', publishedBy: 'ops', current: false, version: draft.version + 1 });
    const approved = await h.decompositions.approve(director, draft.id, { version: published.version });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'director', current: true });
  });

  it.each([
    [
      'publishing twice → 409',
      async () => {
        const p = await h.decompositions.publish(ops, draft.id, { version: draft.version });
        return h.decompositions.publish(ops, draft.id, { version: p.version });
      },
      409,
    ],
    ['approving a draft → 400', () => h.decompositions.approve(director, draft.id, { version: draft.version }), 400],
    ['publishing with a stale version → 409', () => h.decompositions.publish(ops, draft.id, { version: draft.version + 5 }), 409],
    [
      'splitting again after publishing → 409',
      async () => {
        const p = await h.decompositions.publish(ops, draft.id, { version: draft.version });
        return h.decompositions.resplit(ops, draft.id, { version: p.version, locks: [] });
      },
      409,
    ],
    ['an unknown decomposition → 404', () => h.decompositions.publish(ops, 9999, { version: 1 }), 404],
  ])('%s', async (_name, call, status) => {
    expect((await refusal(call())).status).toBe(status);
  });

  it('approving a newer one supersedes the previous: kept, approved, no longer current', async () => {
    const approveIt = async (d: TargetDecompositionResponse) => {
      const p = await h.decompositions.publish(ops, d.id, { version: d.version });
      return h.decompositions.approve(director, d.id, { version: p.version });
    };
    await approveIt(draft);
    const second = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 1_500, method: 'area' });
    await approveIt(second);
    expect(await h.decompositions.get(draft.id)).toMatchObject({ status: 'approved', current: false });
    expect(await h.decompositions.get(second.id)).toMatchObject({ status: 'approved', current: true });
    const list = await h.decompositions.list({ year: YEAR, metric: Metric.Sales });
    expect(list.items.map((d) => [d.id, d.current, d.stores.length, d.cells.length])).toEqual([
      [second.id, true, 0, 0],
      [draft.id, false, 0, 0],
    ]);
  });

  it('a draft edit just changes: the total becomes the new sum, no history', async () => {
    const storeId = h.ids['SH001'];
    const jan = cellValue(draft, storeId, 1);
    const res = await h.decompositions.updateCells(ops, draft.id, {
      cells: [{ storeId, month: 1, value: jan + 50 }],
      reason: '',
      version: draft.version,
    });
    expect(res).toMatchObject({ total: 1_250, previousTotal: 1_200, changedCells: 1, historyRecorded: 0, version: draft.version + 1 });
    expect(res.stores.find((s) => s.storeId === storeId)?.value).toBe(450);
    expectReconciled(res);
    expect(await h.db.manager.count(TargetChangeEntity)).toBe(0);
  });

  it('an edit after approval needs a reason and writes history with it', async () => {
    const p = await h.decompositions.publish(ops, draft.id, { version: draft.version });
    const a = await h.decompositions.approve(director, draft.id, { version: p.version });
    const storeId = h.ids['SH002'];
    const before = cellValue(a, storeId, 3);
    const blank = await refusal(
      h.decompositions.updateCells(ops, draft.id, { cells: [{ storeId, month: 3, value: 1 }], reason: '  ', version: a.version }),
    );
    expect(blank).toMatchObject({ status: 400, details: [{ field: 'reason' }] });
    const stale = await refusal(
      h.decompositions.updateCells(ops, draft.id, { cells: [{ storeId, month: 3, value: 1 }], reason: 'x', version: a.version - 1 }),
    );
    expect(stale.status).toBe(409);

    const res = await h.decompositions.updateCells(ops, draft.id, {
      cells: [
        { storeId, month: 3, value: before + 7 },
        { storeId, month: 4, value: cellValue(a, storeId, 4) },
      ],
      reason: '新开竞品，下调',
      version: a.version,
    });
    expect(res).toMatchObject({ status: 'approved', total: 1_207, changedCells: 1, historyRecorded: 1 });
    expect(await h.decompositions.changes(draft.id)).toEqual([
      expect.objectContaining({ storeId, month: 3, before, after: before + 7, reason: '新开竞品，下调', changedBy: 'ops' }),
    ]);
  });

  it('refuses cells of stores outside the decomposition, naming the cell', async () => {
    const res = await refusal(
      h.decompositions.updateCells(ops, draft.id, { cells: [{ storeId: 9999, month: 1, value: 1 }], reason: '', version: draft.version }),
    );
    expect(res).toMatchObject({ status: 400, details: [{ field: 'cells[0].storeId' }] });
  });

  it('resplit recomputes a draft with new locks, the same method and total', async () => {
    const res = await h.decompositions.resplit(ops, draft.id, { version: draft.version, locks: [{ storeId: h.ids['SH003'], value: 600 }] });
    expect(storeValues(res, h)).toEqual({ SH001: 300, SH002: 300, SH003: 600 });
    expect(res.version).toBe(draft.version + 1);
    expectReconciled(res);
  });

  it('export → import round trip leaves the cells unchanged; a bad cell is reported by line and column and nothing is saved', async () => {
    const money = await h.decompositions.create(ops, { year: YEAR, metric: Metric.Sales, total: 1_000_000_007, method: 'last_year' });
    const sheet = await h.decompositions.exportSheet(money.id);
    const same = await h.decompositions.importSheet(ops, money.id, sheet.content, { reason: 'round trip' });
    expect(same.changedCells).toBe(0);
    expect(same.cells).toEqual(money.cells);

    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    await wb.xlsx.load(sheet.content as unknown as ArrayBuffer);
    wb.worksheets[0].getCell('D3').value = 'abc';
    wb.worksheets[0].getCell('C2').value = 12.345;
    wb.worksheets[0].getCell('E4').value = 1.5;
    const bad = await refusal(h.decompositions.importSheet(ops, money.id, Buffer.from(await wb.xlsx.writeBuffer()), { reason: 'x' }));
    expect(bad.status).toBe(400);
    expect(bad.details.map((d) => [d.line, d.column])).toEqual([
      [2, 'C'],
      [3, 'D'],
    ]);
    expect((await h.decompositions.get(money.id)).cells).toEqual(money.cells);
  });
});
