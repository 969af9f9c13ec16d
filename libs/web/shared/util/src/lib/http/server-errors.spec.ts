import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService } from '../i18n/i18n.service';
import { applyServerErrors, isStaleVersion, writeRefusalText } from './server-errors';

const apiError = (statusCode: number, details: ApiError['details'], message = 'x'): ApiError => ({
  statusCode,
  error: 'E',
  message,
  details,
});

describe('server errors', () => {
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  describe('applyServerErrors', () => {
    const cases: Array<{ name: string; error: unknown; banner: string | null; codeError?: string; contains?: boolean }> = [
      {
        name: 'puts a 400 problem under the field it names and needs no banner',
        error: apiError(400, [{ field: 'code', problem: 'code must look like SH001' }]),
        banner: null,
        codeError: 'code must look like SH001',
      },
      {
        name: 'reports a stale version (409 on version) as the someone-else-changed-it message',
        error: apiError(409, [{ field: 'version', problem: 'is 1, but the record is now at 2' }]),
        banner: '记录已被他人修改，请刷新后重试',
      },
      { name: 'reports a 409 naming nothing as a stale version', error: apiError(409, []), banner: '记录已被他人修改，请刷新后重试' },
      {
        name: 'treats a 409 naming a field (code taken) as a field error, not a version conflict',
        error: apiError(409, [{ field: 'code', problem: 'BJ001 is already used' }]),
        banner: null,
        codeError: 'BJ001 is already used',
      },
      {
        name: 'puts problems for fields the form lacks into the banner',
        error: apiError(400, [{ field: 'extra', problem: 'property extra should not exist' }]),
        banner: 'extra: property extra should not exist',
        contains: true,
      },
      { name: 'says the network failed for status 0', error: apiError(0, []), banner: '无法连接服务器，请检查网络后重试', contains: true },
      { name: 'words a thrown non-API value', error: 'boom', banner: 'boom', contains: true },
    ];

    it.each(cases)('$name', ({ error, banner, codeError, contains }) => {
      const form = new FormGroup({ code: new FormControl('BJ001'), name: new FormControl('x') });
      const text = applyServerErrors(form, error, i18n);
      if (contains) expect(text).toContain(banner);
      else expect(text).toBe(banner);
      expect(form.get('code')?.getError('server') ?? undefined).toBe(codeError);
    });
  });

  it.each([
    [apiError(409, [{ field: 'version', problem: 'stale' }]), true],
    [apiError(409, []), true],
    [apiError(409, [{ field: 'code', problem: 'taken' }]), false],
    [apiError(400, [{ field: 'version', problem: 'missing' }]), false],
    ['not an API error', false],
  ])('isStaleVersion(%j) is %s', (error, expected) => {
    expect(isStaleVersion(error)).toBe(expected);
  });

  it.each([
    [apiError(409, [{ field: 'code', problem: 'taken' }]), '记录已被他人修改，请刷新后重试'],
    [apiError(400, [], 'bad thing'), 'bad thing'],
    ['boom', 'boom'],
  ])('writeRefusalText words %j', (error, expected) => {
    expect(writeRefusalText(error, i18n)).toContain(expected);
  });
});
