import { ERROR_MESSAGES, errorText } from './index';
import { INSPECTIONS_ERRORS } from './inspections';
import { SUPPLIERS_ERRORS } from './suppliers';

/** Parameters every message of the catalogue may name, so a function message is worded with something in each slot. */
const SAMPLE = {
  id: 7,
  field: 'signedAt',
  status: 'draft',
  action: 'approve',
  allowed: 'submit',
  roles: 'buyer',
  role: 'director',
  result: 'breached',
  from: 'active',
  to: 'onboarding',
  next: 'eliminated',
  expected: 'closed',
  reason: 'store',
  editable: 'draft,returned',
  detail: 'x',
};

describe('the error catalogue', () => {
  const codes = Object.keys(ERROR_MESSAGES);

  it.each(codes)('%s has a Chinese and an English text that are not empty', (code) => {
    const zh = errorText(code, SAMPLE, 'zh-CN');
    const en = errorText(code, SAMPLE, 'en');
    expect(zh?.trim()).toBeTruthy();
    expect(en?.trim()).toBeTruthy();
    // A Chinese text is not English left untranslated: it has more than ASCII letters.
    expect(zh).not.toMatch(/^[\x20-\x7e]*$/);
  });

  it('holds every inspections and suppliers code, and none of those speaks Chinese in English', () => {
    for (const code of [...Object.keys(INSPECTIONS_ERRORS), ...Object.keys(SUPPLIERS_ERRORS)]) {
      expect(ERROR_MESSAGES[code]).toBeDefined();
      expect(errorText(code, SAMPLE, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
      expect(errorText(code, SAMPLE, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('words statuses, actions and lists in the language asked for', () => {
    const refusal = { status: 'draft', action: 'approve', allowed: 'submit' };
    expect(errorText('contract.wrong_state', refusal, 'zh-CN')).toBe('草稿状态的合同不能审核通过');
    expect(errorText('contract.allowed_from', refusal, 'zh-CN')).toBe('可进行：提交审核');
    expect(errorText('contract.wrong_state', refusal, 'en')).toBe('A draft contract does not allow approve; allowed: submit');
    expect(errorText('contract.allowed_from', { ...refusal, allowed: '' }, 'zh-CN')).toBe('可进行：无');
    expect(errorText('inspection.plan_mismatch', { planId: 3, reason: 'category', categoryId: '' }, 'zh-CN')).toBe('计划 3 属于通用标准');
    expect(errorText('inspection.plan_mismatch', { planId: 3, reason: 'store', storeId: 9 }, 'en')).toBe('plan 3 does not cover store 9');
    expect(errorText('contract.sign_field_required', { field: 'signatory' }, 'zh-CN')).toBe('登记签订须填写签订人');
  });
});
