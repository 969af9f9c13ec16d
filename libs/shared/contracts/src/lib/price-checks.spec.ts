import {
  accuracyPercent,
  chargeDirection,
  isItemCorrect,
  isOutOfLimits,
  isQualityFinding,
  needsRecheck,
  PriceCheckItemInput,
  tallyPriceCheck,
} from './price-checks';

type Prices = Pick<PriceCheckItemInput, 'shelfPriceFen' | 'systemPriceFen' | 'tillPriceFen' | 'defectCode'>;
const item = (shelf: number, system: number, till: number, defectCode?: PriceCheckItemInput['defectCode']): Prices => ({
  shelfPriceFen: shelf,
  systemPriceFen: system,
  tillPriceFen: till,
  ...(defectCode ? { defectCode } : {}),
});
const good = (n: number): Prices[] => Array.from({ length: n }, () => item(1290, 1290, 1290));

describe('price check arithmetic', () => {
  it.each<[string, Prices, boolean, -1 | 0 | 1]>([
    ['tag, system and till agree: correct', item(990, 990, 990), true, 0],
    ['the till charges more than the tag: overcharge, wrong', item(990, 1090, 1090), false, 1],
    ['the till charges less than the tag: undercharge, wrong', item(1090, 990, 990), false, -1],
    ['tag and till agree but the system differs: wrong, neither over nor under', item(990, 1090, 990), false, 0],
    ['all prices agree but the tag is handmade: wrong', item(990, 990, 990, 'handmade_tag'), false, 0],
    ['all prices agree, unit missing on the tag: wrong', item(500, 500, 500, 'missing_unit'), false, 0],
    ['one fen more at the till is an overcharge', item(100, 100, 101), false, 1],
  ])('%s', (_name, it, correct, direction) => {
    expect(isItemCorrect(it)).toBe(correct);
    expect(chargeDirection(it)).toBe(direction);
  });

  it.each<[string, Prices[], { checked: number; correct: number; overcharges: number; undercharges: number; accuracy: number | null }]>([
    ['100 of 100 correct: 100 %', good(100), { checked: 100, correct: 100, overcharges: 0, undercharges: 0, accuracy: 100 }],
    [
      '97 of 100 correct: exactly 97 %',
      [...good(97), item(990, 990, 1090), item(990, 990, 890), item(990, 990, 990, 'unclear_tag')],
      { checked: 100, correct: 97, overcharges: 1, undercharges: 1, accuracy: 97 },
    ],
    [
      '2 of 3 correct: 66.67 % (2 decimals)',
      [...good(2), item(1, 1, 2)],
      { checked: 3, correct: 2, overcharges: 1, undercharges: 0, accuracy: 66.67 },
    ],
    ['49 of 50 correct: 98 %', [...good(49), item(5, 5, 4)], { checked: 50, correct: 49, overcharges: 0, undercharges: 1, accuracy: 98 }],
    ['nothing checked: no accuracy', [], { checked: 0, correct: 0, overcharges: 0, undercharges: 0, accuracy: null }],
    ['a single wrong item: 0 %', [item(100, 200, 100)], { checked: 1, correct: 0, overcharges: 0, undercharges: 0, accuracy: 0 }],
  ])('%s', (_name, items, expected) => {
    expect(tallyPriceCheck(items)).toEqual(expected);
  });

  it.each<[string, number, number, number | null]>([
    ['exact ratio', 97, 100, 97],
    ['rounds half up at 2 decimals (1/8 = 12.5)', 1, 8, 12.5],
    ['repeating decimals round (1/3)', 1, 3, 33.33],
    ['zero whole: null, never NaN', 0, 0, null],
  ])('accuracyPercent: %s', (_name, part, whole, expected) => {
    expect(accuracyPercent(part, whole)).toBe(expected);
  });

  it.each<[string, { accuracy: number | null; overcharges: number }, number, boolean]>([
    ['97 % below 98: re-check', { accuracy: 97, overcharges: 0 }, 98, true],
    ['100 %: none', { accuracy: 100, overcharges: 0 }, 98, false],
    ['exactly at the threshold: none', { accuracy: 98, overcharges: 0 }, 98, false],
    ['99 % with one overcharge: re-check whatever the accuracy', { accuracy: 99, overcharges: 1 }, 98, true],
    ['95 % with a lowered threshold of 90: none', { accuracy: 95, overcharges: 0 }, 90, false],
  ])('needsRecheck: %s', (_name, tally, threshold, expected) => {
    expect(needsRecheck(tally, threshold)).toBe(expected);
  });
});

describe('quality findings', () => {
  it.each<[string, { kind: 'cold_chain' | 'expired'; temperatureC?: number; limitMinC?: number; limitMaxC?: number }, boolean, boolean]>([
    ['chilled 6 °C above a 0–4 °C limit: out, a finding', { kind: 'cold_chain', temperatureC: 6, limitMinC: 0, limitMaxC: 4 }, true, true],
    ['frozen -12 °C above a -18 max: out', { kind: 'cold_chain', temperatureC: -12, limitMaxC: -18 }, true, true],
    ['at the limit 4 °C: within, no finding', { kind: 'cold_chain', temperatureC: 4, limitMinC: 0, limitMaxC: 4 }, false, false],
    ['below the minimum: out', { kind: 'cold_chain', temperatureC: -1.5, limitMinC: 0 }, true, true],
    ['a cold-chain line without a reading: not a finding', { kind: 'cold_chain' }, false, false],
    ['expired goods are always a finding', { kind: 'expired' }, false, true],
  ])('%s', (_name, f, out, finding) => {
    expect(isOutOfLimits(f)).toBe(out);
    expect(isQualityFinding(f)).toBe(finding);
  });
});
