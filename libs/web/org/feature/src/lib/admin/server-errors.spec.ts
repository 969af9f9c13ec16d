import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService } from '@storeops/web/shared/util';
import { applyServerErrors, storeProblemText } from './server-errors';

const apiError = (statusCode: number, details: ApiError['details'], message = 'x'): ApiError => ({
  statusCode,
  error: 'E',
  message,
  details,
});

describe('applyServerErrors', () => {
  let form: FormGroup;
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    form = new FormGroup({ code: new FormControl('BJ001'), name: new FormControl('x') });
  });

  it('puts a 400 problem under the field it names and needs no banner', () => {
    const banner = applyServerErrors(form, apiError(400, [{ field: 'code', problem: 'code must look like SH001' }]), i18n);
    expect(form.get('code')?.getError('server')).toBe('code must look like SH001');
    expect(banner).toBeNull();
  });

  it('reports a stale version (409 on version) as the someone-else-changed-it message', () => {
    const banner = applyServerErrors(form, apiError(409, [{ field: 'version', problem: 'is 1, but the record is now at 2' }]), i18n);
    expect(banner).toBe('记录已被他人修改，请刷新后重试');
  });

  it('treats a 409 naming a field (code taken) as a field error, not a version conflict', () => {
    const banner = applyServerErrors(form, apiError(409, [{ field: 'code', problem: 'BJ001 is already used' }]), i18n);
    expect(form.get('code')?.getError('server')).toBe('BJ001 is already used');
    expect(banner).toBeNull();
  });

  it('puts problems for fields the form lacks into the banner', () => {
    const banner = applyServerErrors(form, apiError(400, [{ field: 'extra', problem: 'property extra should not exist' }]), i18n);
    expect(banner).toContain('extra: property extra should not exist');
  });
});

describe('storeProblemText', () => {
  it('words the API’s external-code conflicts in Chinese, naming the code and the store that has it', () => {
    localStorage.clear();
    const i18n = TestBed.inject(I18nService);
    expect(storeProblemText('9001 is already used by store SH002', i18n)).toBe('外部编码 9001 已被门店 SH002 使用');
    expect(storeProblemText('pos-1 is listed twice', i18n)).toBe('外部编码 pos-1 重复');
    expect(storeProblemText('something else', i18n)).toBe('something else');
    // The same clash on the store's own code says so.
    expect(storeProblemText('WH1234 is already used by store WH1234', i18n, 'code')).toBe('编码 WH1234 已被门店 WH1234 使用');
  });
});
