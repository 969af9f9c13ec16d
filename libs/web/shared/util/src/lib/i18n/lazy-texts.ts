import { EnvironmentInjector, effect, inject } from '@angular/core';
import { ResolveFn } from '@angular/router';
import { I18nService, Language, Texts } from './i18n.service';

/** Where a domain's dictionary chunks come from, per language: `() => import('./i18n/x.zh-cn').then((m) => m.X)`. */
export type TextLoaders = Readonly<Record<Language, () => Promise<Texts>>>;

/**
 * A route resolver that adds a lazily loaded domain's texts before its pages render — Chinese always (the fallback of
 * every language), English too when the interface speaks it or is switched to it later. Each language's chunk is
 * fetched once per resolver (again after a failure). One per domain: `export const xTexts = lazyTexts({ … })`.
 */
export function lazyTexts(loaders: TextLoaders): ResolveFn<boolean> {
  const loads = new Map<Language, Promise<void>>();
  let following = false;
  const load = (i18n: I18nService, language: Language): Promise<void> => {
    let pending = loads.get(language);
    if (!pending) {
      pending = loaders[language]().then(
        (texts) => i18n.addTexts(language, texts),
        () => void loads.delete(language),
      );
      loads.set(language, pending);
    }
    return pending;
  };
  return () => {
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
}
