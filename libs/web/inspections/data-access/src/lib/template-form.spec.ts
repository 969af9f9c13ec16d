import {
  emptyTemplateForm,
  formFromTemplate,
  move,
  toCreateTemplateRequest,
  toTemplateRequest,
  validateTemplateForm,
} from './template-form';
import { importProblems, toFamilies } from './templates.store';
import { template } from './test-factories';

describe('template form', () => {
  const valid = () => formFromTemplate(template());

  it('accepts a loaded template as is', () => {
    expect(validateTemplateForm(valid(), false)).toEqual({});
  });

  it('wants item points to be whole numbers from 1 to 100', () => {
    const form = valid();
    form.sections[0].items[0].maxPoints = 0;
    form.sections[0].items[1].maxPoints = 2.5;
    form.sections[1].items[0].maxPoints = NaN;
    expect(validateTemplateForm(form, false)).toEqual({
      'sections.0.items.0.maxPoints': 'insp.tpl.err.points',
      'sections.0.items.1.maxPoints': 'insp.tpl.err.points',
      'sections.1.items.0.maxPoints': 'insp.tpl.err.points',
    });
  });

  it('wants star thresholds from high to low, each 0–100', () => {
    const form = valid();
    form.starThresholds = [90, 95, 80, 101];
    expect(validateTemplateForm(form, false)).toEqual({
      'starThresholds.1': 'insp.tpl.err.descending',
      'starThresholds.3': 'insp.tpl.err.percent',
    });
    form.starThresholds = [90, 90, 80, 80];
    expect(validateTemplateForm(form, false)).toEqual({});
  });

  it('names empty titles, due days out of range, an empty section and, for a new template, a bad code', () => {
    const form = emptyTemplateForm();
    form.code = 'fr std';
    form.sections.push({ title: '温度', items: [] });
    form.sections[0].items[0].dueDays = 91;
    expect(validateTemplateForm(form, true)).toEqual({
      code: 'insp.tpl.err.code',
      name: 'insp.tpl.err.required',
      'sections.0.title': 'insp.tpl.err.required',
      'sections.0.items.0.title': 'insp.tpl.err.required',
      'sections.0.items.0.dueDays': 'insp.tpl.err.dueDays',
      'sections.1.items': 'insp.tpl.err.noItems',
    });
    expect(validateTemplateForm({ ...form, code: 'FR-STD' }, false)['code']).toBeUndefined();
  });

  it('builds the PUT body: trimmed, numbers, no item ids, no code', () => {
    const form = valid();
    form.name = '  生鲜营运标准 2  ';
    form.sections[1].title = ' 温度记录 ';
    form.sections[1].items[0].title = ' 冷柜温度 ';
    const body = toTemplateRequest(form);
    expect(body).toEqual({
      name: '生鲜营运标准 2',
      categoryId: 1,
      criticalCap: 59,
      starThresholds: [95, 90, 80, 70],
      active: true,
      // The sign-off the template asks for (issue 12): on unless switched off.
      requireSignature: true,
      requireDutyPerson: true,
      sections: [
        {
          title: '陈列',
          items: [
            { title: 'item 1', kind: 'pass_fail', maxPoints: 10, allowNa: true, critical: false, photoOnFail: false, dueDays: 3 },
            { title: 'item 2', kind: 'pass_fail', maxPoints: 10, allowNa: false, critical: true, photoOnFail: true, dueDays: 3 },
          ],
        },
        {
          title: '温度记录',
          items: [{ title: '冷柜温度', kind: 'scale', maxPoints: 5, allowNa: true, critical: false, photoOnFail: false, dueDays: 3 }],
        },
      ],
    });
    expect('code' in body).toBe(false);
    expect(toCreateTemplateRequest({ ...form, code: ' fr-new ' }).code).toBe('FR-NEW');
  });

  it('moves an element up and down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('groups versions into families with the latest first, families by name (pinyin order)', () => {
    const families = toFamilies([
      template({ id: 1, version: 1 }),
      template({ id: 2, version: 3 }),
      template({ id: 3, version: 2 }),
      template({ id: 9, code: 'GEN', name: '门店通用标准', version: 1 }),
    ]);
    expect(families.map((f) => [f.code, f.latest.id, f.versions.map((v) => v.version), f.itemCount])).toEqual([
      ['GEN', 9, [1], 3],
      ['FR-STD', 2, [3, 2, 1], 3],
    ]);
  });

  it('turns an import 400 into line/column problems', () => {
    expect(
      importProblems({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid file',
        details: [
          { line: 4, column: 'D', problem: 'must be 1–100' },
          { line: 7, problem: 'title missing' },
        ],
      }),
    ).toEqual([
      { line: 4, column: 'D', problem: 'must be 1–100' },
      { line: 7, column: null, problem: 'title missing' },
    ]);
    expect(importProblems({ statusCode: 400, error: 'Bad Request', message: 'Not an xlsx file', details: [] })).toEqual([
      { line: null, column: null, problem: 'Not an xlsx file' },
    ]);
  });
});
