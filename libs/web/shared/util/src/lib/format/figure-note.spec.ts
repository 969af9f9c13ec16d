import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { figureNote, unknownReasonText } from './figure-note';

describe('figureNote (what an unknown or partly known figure says)', () => {
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('names what a ratio lacked in the words of its metric', () => {
    expect(unknownReasonText(i18n, 'inputs_unknown', 'margin_rate')).toBe('缺少成本数据');
    expect(unknownReasonText(i18n, 'inputs_unknown', 'basket')).toBe('缺少来客数数据');
    expect(unknownReasonText(i18n, 'no_facts', 'sales')).toBe('无数据');
    expect(unknownReasonText(i18n, 'zero_base', 'margin_rate')).toBe('分母为零');
  });

  it('says how many store-days lacked the inputs of an unknown figure', () => {
    const note = figureNote(
      i18n,
      { value: null, unknownReason: 'inputs_unknown', coverage: { days: 31, missingDays: 31 } },
      'gross_margin',
    );
    expect(note).toBe('缺少成本数据（31 个店日）');
  });

  it('says a known figure is over part of the store-days only when some lacked its inputs', () => {
    expect(figureNote(i18n, { value: 0.21, unknownReason: null, coverage: { days: 31, missingDays: 0 } }, 'margin_rate')).toBeNull();
    expect(figureNote(i18n, { value: 0.21, unknownReason: null, coverage: { days: 31, missingDays: 5 } }, 'margin_rate')).toBe(
      '5 个店日缺少成本数据，按其余 26 个店日计算',
    );
  });

  it('treats a null figure without a reason as having no data, never as 0', () => {
    expect(figureNote(i18n, { value: null }, 'sales')).toBe('无数据');
  });
});
