import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService } from '../i18n/i18n.service';
import { applyServerErrors } from './server-errors';

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

describe('applyServerErrors: what no field shows', () => {
  it('says a network failure, and words anything that is not an API error', () => {
    localStorage.clear();
    const i18n = TestBed.inject(I18nService);
    const form = new FormGroup({ code: new FormControl('') });
    expect(applyServerErrors(form, apiError(0, []), i18n)).toBe(i18n.t('common.networkError'));
    expect(applyServerErrors(form, 'boom', i18n)).toBe(i18n.t('common.error', { message: 'boom' }));
    expect(applyServerErrors(form, apiError(409, []), i18n)).toBe(i18n.t('common.conflict'));
  });
});
