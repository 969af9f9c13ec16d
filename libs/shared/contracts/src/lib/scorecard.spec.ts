import { checkWeights, componentScore, compositeScore, contributions, SchemeComponent } from './scorecard';

const scheme: SchemeComponent[] = [
  { key: 'sales_achievement', weight: 40, floor: 0.8, ceiling: 1.1, direction: 'higher' },
  { key: 'inspection_score', weight: 35, floor: 60, ceiling: 100, direction: 'higher' },
  { key: 'shrink_rate', weight: 25, floor: 0.005, ceiling: 0.03, direction: 'lower' },
];

describe('checkWeights', () => {
  it('accepts weights summing to 100', () => expect(checkWeights(scheme)).toEqual([]));
  it.each<[string, SchemeComponent[], RegExp]>([
    ['a sum of 99', [{ ...scheme[0], weight: 39 }, scheme[1], scheme[2]], /sum to 99, not 100/],
    ['a sum of 101', [{ ...scheme[0], weight: 41 }, scheme[1], scheme[2]], /sum to 101/],
    ['a fractional weight', [{ ...scheme[0], weight: 39.5 }, { ...scheme[1], weight: 35.5 }, scheme[2]], /whole number/],
    ['a zero weight', [{ ...scheme[0], weight: 0 }, { ...scheme[1], weight: 75 }, scheme[2]], /above 0/],
    ['a repeated key', [scheme[0], { ...scheme[1], key: 'sales_achievement' }, scheme[2]], /twice/],
    ['floor equal to ceiling', [{ ...scheme[0], floor: 1, ceiling: 1 }, scheme[1], scheme[2]], /must differ/],
  ])('refuses %s', (_, components, problem) => expect(checkWeights(components).join('; ')).toMatch(problem));
});

describe('componentScore', () => {
  it.each<[string, number, Pick<SchemeComponent, 'floor' | 'ceiling' | 'direction'>, number]>([
    ['at the floor', 0.8, scheme[0], 0],
    ['at the ceiling', 1.1, scheme[0], 100],
    ['half way', 0.95, scheme[0], 50],
    ['below the floor clamps to 0', 0.5, scheme[0], 0],
    ['above the ceiling clamps to 100', 1.5, scheme[0], 100],
    ['lower is better: at the good end', 0.005, scheme[2], 100],
    ['lower is better: at the bad end', 0.03, scheme[2], 0],
    ['lower is better: a fifth of the way', 0.01, scheme[2], 80],
    ['two decimals', 2 / 3, { floor: 0, ceiling: 1, direction: 'higher' }, 66.67],
  ])('%s', (_, raw, c, expected) => expect(componentScore(raw, c)).toBe(expected));
});

describe('compositeScore', () => {
  it('is Σ weight × score / 100', () => {
    const r = compositeScore(scheme, { sales_achievement: 0.95, inspection_score: 90, shrink_rate: 0.01 }, 'zero');
    expect(r.components.map((c) => c.score)).toEqual([50, 75, 80]);
    expect(r.composite).toBe((40 * 50 + 35 * 75 + 25 * 80) / 100);
  });

  it('rule "zero": a missing component scores 0 with its weight', () => {
    const r = compositeScore(scheme, { sales_achievement: 0.95, inspection_score: null, shrink_rate: 0.01 }, 'zero');
    expect(r.components[1]).toMatchObject({ raw: null, score: 0, effectiveWeight: 35 });
    expect(r.composite).toBe((40 * 50 + 25 * 80) / 100);
  });

  it('rule "reweight": a missing component is left out and the rest scaled to 100', () => {
    const r = compositeScore(scheme, { sales_achievement: 0.95, shrink_rate: 0.01 }, 'reweight');
    expect(r.components[1]).toMatchObject({ score: null, effectiveWeight: 0 });
    expect(r.composite).toBeCloseTo((40 * 50 + 25 * 80) / 65, 4);
  });

  it('rule "reweight" with nothing present: no composite', () => {
    expect(compositeScore(scheme, {}, 'reweight').composite).toBeNull();
  });
});

describe('contributions', () => {
  it('split the composite change exactly, component by component', () => {
    const prev = compositeScore(scheme, { sales_achievement: 0.91, inspection_score: 83.3, shrink_rate: 0.0123 }, 'zero');
    const curr = compositeScore(scheme, { sales_achievement: 1.02, inspection_score: 79.1, shrink_rate: 0.0111 }, 'zero');
    const { change, parts } = contributions(scheme, prev, curr);
    const units = (x: number) => Math.round(x * 10_000);
    expect(units(change)).toBe(units((curr.composite ?? 0) - (prev.composite ?? 0)));
    expect(parts.reduce((a, p) => a + units(p.contribution), 0)).toBe(units(change));
    expect(parts.map((p) => p.key)).toEqual(['sales_achievement', 'inspection_score', 'shrink_rate']);
    expect(parts[1].contribution).toBeLessThan(0);
  });
});
