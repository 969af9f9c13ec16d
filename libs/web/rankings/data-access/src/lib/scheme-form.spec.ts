import {
  changeComponentKind,
  defaultDraft,
  newComponent,
  nextComponentKey,
  schemeProblems,
  toSchemeComponents,
  weightSum,
} from './scheme-form';

describe('scheme form', () => {
  it('starts from five components weighing exactly 100 with each kind’s defaults', () => {
    const draft = defaultDraft();
    expect(weightSum(draft.components)).toBe(100);
    expect(draft.components.find((c) => c.kind === 'shrink_vs_target')).toMatchObject({
      direction: 'lower',
      floor: 80,
      ceiling: 150,
      targetRate: 1.2,
    });
    expect(schemeProblems({ ...draft, name: '2026 门店考评' })).toEqual([]);
  });

  it('refuses weights that do not sum to 100, naming the sum', () => {
    const draft = { ...defaultDraft(), name: 'x' };
    draft.components[0] = { ...draft.components[0], weight: 25 };
    expect(schemeProblems(draft)).toEqual([{ kind: 'weightSum', sum: 95 }]);
  });

  it('gives a second component of the same kind its own key', () => {
    expect(nextComponentKey('inspection_score', ['inspection_score', 'inspection_score_2'])).toBe('inspection_score_3');
    expect(newComponent('inspection_score', ['inspection_score']).key).toBe('inspection_score_2');
  });

  it('changing a row’s kind resets its defaults but keeps the weight', () => {
    const row = newComponent('sales_achievement', [], 40);
    expect(changeComponentKind(row, 'shrink_vs_target', ['sales_achievement'])).toMatchObject({
      key: 'shrink_vs_target',
      weight: 40,
      direction: 'lower',
    });
  });

  it('sends parameters only for the kinds that take them', () => {
    const draft = defaultDraft();
    draft.components[2] = { ...draft.components[2], categoryIds: [3, 5] };
    draft.components[0] = { ...draft.components[0], categoryIds: [9] };
    const sent = toSchemeComponents(draft);
    expect(sent[0]).not.toHaveProperty('categoryIds');
    expect(sent[2].categoryIds).toEqual([3, 5]);
    expect(sent[4].targetRate).toBe(1.2);
  });
});
