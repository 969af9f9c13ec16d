import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { I18nService } from './i18n.service';
import { lazyTexts, TextLoaders } from './lazy-texts';

function resolve(resolver: ReturnType<typeof lazyTexts>): Promise<boolean> {
  return runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
    resolver({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  ) as Promise<boolean>;
}

describe('lazyTexts', () => {
  beforeEach(() => localStorage.clear());

  it('adds the Chinese texts before the page renders and fetches each chunk once', async () => {
    const loaders = { 'zh-CN': jest.fn(async () => ({ 'x.title': '价格检查' })), en: jest.fn(async () => ({ 'x.title': 'Price checks' })) };
    const resolver = lazyTexts(loaders as TextLoaders);
    await expect(resolve(resolver)).resolves.toBe(true);
    await resolve(resolver);
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('x.title')).toBe('价格检查');
    expect(loaders['zh-CN']).toHaveBeenCalledTimes(1);
    expect(loaders.en).not.toHaveBeenCalled();
  });

  it('adds English too when the interface speaks it, and fetches again after a failed load', async () => {
    localStorage.setItem('storeops.lang', 'en');
    let fail = true;
    const loaders: TextLoaders = {
      'zh-CN': async () => ({ 'y.title': '违纪' }),
      en: jest.fn(async () => {
        if (fail) throw new Error('offline');
        return { 'y.title': 'Violations' };
      }),
    };
    const resolver = lazyTexts(loaders);
    const i18n = TestBed.inject(I18nService);
    await i18n.loaded();
    await resolve(resolver);
    expect(i18n.t('y.title')).toBe('违纪'); // the Chinese fallback while English failed
    fail = false;
    await resolve(resolver);
    expect(i18n.t('y.title')).toBe('Violations');
    expect(loaders.en).toHaveBeenCalledTimes(2);
  });
});
