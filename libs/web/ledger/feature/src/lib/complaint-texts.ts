import { lazyTexts } from '@storeops/web/shared/util';

/** The complaints texts, kept out of the initial bundle: fetched before a complaints page renders (lazyTexts). */
export const complaintTexts = lazyTexts({
  'zh-CN': () => import('./i18n/complaints.zh-cn').then((m) => m.COMPLAINTS_ZH_CN),
  en: () => import('./i18n/complaints.en').then((m) => m.COMPLAINTS_EN),
});
