import { checkResults, ResultInput, scoreInspection, ScoringTemplate, starsFor, TemplateItem } from './inspection';

const item = (id: number, over: Partial<TemplateItem> = {}): TemplateItem => ({
  id,
  title: `项目${id}`,
  kind: 'pass_fail',
  maxPoints: 10,
  allowNa: true,
  critical: false,
  photoOnFail: false,
  dueDays: 3,
  ...over,
});

const template = (items: TemplateItem[], over: Partial<ScoringTemplate> = {}): ScoringTemplate => ({
  criticalCap: 59,
  starThresholds: [95, 90, 80, 70],
  sections: [{ items }],
  ...over,
});

const pass = (itemId: number): ResultInput => ({ itemId, result: 'pass' });
const fail = (itemId: number): ResultInput => ({ itemId, result: 'fail', photoIds: [1] });
const na = (itemId: number): ResultInput => ({ itemId, result: 'na' });
const points = (itemId: number, p: number): ResultInput => ({ itemId, result: 'score', points: p });

describe('scoreInspection', () => {
  it.each<[string, TemplateItem[], ResultInput[], number | null, number | null]>([
    ['all passed', [item(1), item(2)], [pass(1), pass(2)], 100, 5],
    ['one of two failed', [item(1), item(2)], [pass(1), fail(2)], 50, 1],
    ['N/A items leave the denominator', [item(1), item(2), item(3)], [pass(1), fail(2), na(3)], 50, 1],
    ['all N/A → no score, no stars', [item(1), item(2)], [na(1), na(2)], null, null],
    ['weights by max points', [item(1, { maxPoints: 30 }), item(2, { maxPoints: 10 })], [pass(1), fail(2)], 75, 2],
    ['scale items earn their points', [item(1, { kind: 'scale', maxPoints: 5 }), item(2)], [points(1, 4), pass(2)], 93.3, 4],
    ['rounding: 2/3 → 66.7', [item(1, { maxPoints: 2 }), item(2, { maxPoints: 1 })], [pass(1), fail(2)], 66.7, 1],
    ['rounding half up at .x5: 12.25 → 12.3 (49/400)', [item(1, { kind: 'scale', maxPoints: 400 })], [points(1, 49)], 12.3, 1],
    ['rounding half up at .x5: 99.95 → 100.0 (3998/4000)', [item(1, { kind: 'scale', maxPoints: 4000 })], [points(1, 3998)], 100, 5],
    ['rounding just below .x5 stays down: 89.94 (8994/10000)', [item(1, { kind: 'scale', maxPoints: 10000 })], [points(1, 8994)], 89.9, 3],
    [
      'a failed critical item caps the score at 59',
      [item(1, { critical: true }), ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => item(i))],
      [fail(1), ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map(pass)],
      59,
      1,
    ],
    ['a failed critical item below the cap keeps its lower score', [item(1, { critical: true }), item(2)], [fail(1), fail(2)], 0, 1],
    ['a passed critical item does not cap', [item(1, { critical: true }), item(2)], [pass(1), pass(2)], 100, 5],
    ['a custom cap', [item(1, { critical: true }), item(2, { maxPoints: 90 })], [fail(1), pass(2)], 40, 1],
  ])('%s', (name, items, results, score, stars) => {
    const outcome = scoreInspection(template(items, name === 'a custom cap' ? { criticalCap: 40 } : {}), results);
    expect(outcome.score).toBe(score);
    expect(outcome.stars).toBe(stars);
  });

  it('lists the failed items, a low scale score included, and flags a critical failure', () => {
    const t = template([item(1), item(2, { kind: 'scale', maxPoints: 5 }), item(3, { kind: 'scale', maxPoints: 5, critical: true })]);
    const outcome = scoreInspection(t, [fail(1), points(2, 3), points(3, 2)]);
    expect(outcome.failedItemIds).toEqual([1, 3]);
    expect(outcome.criticalFailed).toBe(true);
  });
});

describe('starsFor', () => {
  it.each<[number, number]>([
    [100, 5],
    [95, 5],
    [94.9, 4],
    [90, 4],
    [89.9, 3],
    [80, 3],
    [79.9, 2],
    [70, 2],
    [69.9, 1],
    [0, 1],
  ])('%d → %d stars', (score, stars) => expect(starsFor(score)).toBe(stars));

  it('follows a template’s own thresholds', () => expect(starsFor(85, [90, 85, 75, 60])).toBe(4));
});

describe('checkResults', () => {
  const t = template([item(1, { photoOnFail: true }), item(2, { allowNa: false }), item(3, { kind: 'scale', maxPoints: 5 })]);

  it('accepts a complete, valid set', () => {
    expect(checkResults(t, [fail(1), pass(2), points(3, 5)])).toEqual([]);
  });

  it.each<[string, ResultInput[], string]>([
    ['a failure without its required photo', [{ itemId: 1, result: 'fail' }, pass(2), points(3, 5)], 'needs a photo'],
    ['N/A where not allowed', [pass(1), na(2), points(3, 5)], 'cannot be N/A'],
    ['points out of range', [pass(1), pass(2), points(3, 6)], 'whole points from 0 to 5'],
    ['a missing item', [pass(1), pass(2)], 'has no result'],
    ['an unknown item', [pass(1), pass(2), points(3, 1), pass(99)], 'not in this template'],
    ['pass/fail on a scale item', [pass(1), pass(2), pass(3)], 'not pass/fail'],
  ])('names %s', (_, results, problem) => {
    expect(
      checkResults(t, results)
        .map((p) => p.problem)
        .join(' | '),
    ).toContain(problem);
  });
});
