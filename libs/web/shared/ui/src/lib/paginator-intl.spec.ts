import { TestBed } from '@angular/core/testing';
import { I18nService } from '@storeops/web/shared/util';
import { LocalizedPaginatorIntl } from './paginator-intl';

describe('LocalizedPaginatorIntl', () => {
  beforeEach(() => localStorage.clear());

  it('labels the paginator in Chinese', () => {
    const intl = TestBed.runInInjectionContext(() => new LocalizedPaginatorIntl());
    TestBed.tick();
    expect(intl.itemsPerPageLabel).toBe('每页条数');
    expect(intl.getRangeLabel(1, 20, 45)).toBe('第 21–40 条，共 45 条');
    expect(intl.getRangeLabel(0, 20, 0)).toBe('第 0–0 条，共 0 条');
  });

  it('follows a switch to English', async () => {
    const intl = TestBed.runInInjectionContext(() => new LocalizedPaginatorIntl());
    await TestBed.inject(I18nService).use('en');
    TestBed.tick();
    expect(intl.itemsPerPageLabel).toBe('Items per page');
    expect(intl.getRangeLabel(0, 20, 45)).toBe('1–20 of 45');
  });
});
