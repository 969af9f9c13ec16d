import { TestBed } from '@angular/core/testing';
import { I18nService } from '@storeops/web/shared/util';
import { storeProblemText } from './server-errors';

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
