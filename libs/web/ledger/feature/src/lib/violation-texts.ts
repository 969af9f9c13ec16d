import { lazyTexts } from '@storeops/web/shared/util';

/** The violations texts, kept out of the initial bundle: fetched before a violations page renders (lazyTexts). */
export const violationTexts = lazyTexts({
  'zh-CN': () => import('./i18n/violations.zh-cn').then((m) => m.VIOLATIONS_ZH_CN),
  en: () => import('./i18n/violations.en').then((m) => m.VIOLATIONS_EN),
});
