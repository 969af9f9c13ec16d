import { EnvironmentInjector, effect, inject } from '@angular/core';
import { ResolveFn } from '@angular/router';
import { I18nService, Language, Texts } from '@storeops/web/shared/util';

/** Each language's dictionary is its own chunk, fetched once (again after a failure). */
const loads = new Map<Language, Promise<void>>();
let following = false;

function load(i18n: I18nService, language: Language): Promise<void> {
  let pending = loads.get(language);
  if (!pending) {
    const texts: Promise<Texts> =
      language === 'en'
        ? import('./i18n/complaints.en').then((m) => m.COMPLAINTS_EN)
        : import('./i18n/complaints.zh-cn').then((m) => m.COMPLAINTS_ZH_CN);
    pending = texts.then(
      (t) => i18n.addTexts(language, t),
      () => void loads.delete(language),
    );
    loads.set(language, pending);
  }
  return pending;
}

/**
 * The complaints texts, kept out of the initial bundle: fetched before a complaints page renders — Chinese always (the
 * fallback of every language), English too when the interface speaks it or is switched to it later.
 */
export const complaintTexts: ResolveFn<boolean> = () => {
  const i18n = inject(I18nService);
  if (!following) {
    following = true;
    effect(
      () => {
        if (i18n.language() === 'en') void load(i18n, 'en');
      },
      { injector: inject(EnvironmentInjector) },
    );
  }
  return Promise.all([load(i18n, 'zh-CN'), i18n.language() === 'en' ? load(i18n, 'en') : null]).then(() => true);
};
