import { TestBed } from '@angular/core/testing';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService } from '@storeops/web/shared/util';
import { contactsFromRows, creditCodeHint, describeError, expireNoteDate, formatBytes, personLabel, previousMonth } from './shared';

describe('suppliers shared helpers', () => {
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('says a credit-code problem in Chinese, naming the expected check character', () => {
    expect(creditCodeHint('911100000UN5UAD250', i18n)).toBeNull();
    expect(creditCodeHint('911100000UN5UAD251', i18n)).toBe('校验码为 1，应为 0，请核对');
    expect(creditCodeHint('91110000', i18n)).toContain('18 位');
    expect(creditCodeHint('91AB0000OUN5UAD250'.replace('O', '0'), i18n)).toContain('行政区划代码');
  });

  it('takes the previous month in local time, across the new year', () => {
    expect(previousMonth(new Date(2026, 10, 27))).toBe('2026-10');
    expect(previousMonth(new Date(2026, 0, 1, 0, 30))).toBe('2025-12');
  });

  it('recognises the system expiry note', () => {
    expect(expireNoteDate('end date 2026-11-02 passed')).toBe('2026-11-02');
    expect(expireNoteDate('账期不符')).toBeNull();
    expect(expireNoteDate(null)).toBeNull();
  });

  it('says a refused file in the interface language and keeps other API messages', () => {
    const error = (statusCode: number): ApiError => ({
      statusCode,
      error: 'x',
      message: 'Only PDF, JPEG and PNG files are accepted',
      details: [],
    });
    expect(describeError(error(415), i18n)).toBe('仅支持 PDF、JPEG 或 PNG 文件');
    expect(describeError(error(413), i18n)).toBe('文件超过 10 MB');
    expect(describeError({ ...error(400), details: [{ field: 'note', problem: 'required' }] })).toBe(
      'Only PDF, JPEG and PNG files are accepted；note: required',
    );
    // A coded detail is the server's own sentence in the interface's language: shown as it is.
    const coded = {
      field: 'validTo',
      code: 'licence.before_valid_from',
      params: { value: '2027-01-10' },
      problem: '有效期至不能早于 2027-01-10',
    };
    expect(describeError({ ...error(400), message: '请求内容有误，请检查标出的项', details: [coded] })).toBe(
      '请求内容有误，请检查标出的项；有效期至不能早于 2027-01-10',
    );
  });

  it('shows bytes below 1 KB, then KB and MB with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(60)).toBe('60 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });

  it('names a person as name (login), or only the login when no other name is known', () => {
    expect(personLabel('采购 王磊', 'buyer')).toBe('采购 王磊 (buyer)');
    expect(personLabel('buyer', 'buyer')).toBe('buyer');
    expect(personLabel(null, 'buyer')).toBe('buyer');
    expect(personLabel(null, null)).toBe('');
  });

  it('turns contact rows into contacts: trimmed, blank rows dropped, an empty role left out', () => {
    expect(
      contactsFromRows([
        { name: ' 张三 ', phone: ' 13800000000 ', role: '' },
        { name: '', phone: '', role: ' ' },
        { name: '李四', phone: '021-1234', role: ' 销售经理 ' },
      ]),
    ).toEqual([
      { name: '张三', phone: '13800000000' },
      { name: '李四', phone: '021-1234', role: '销售经理' },
    ]);
  });
});
