import { lazyTexts } from '@storeops/web/shared/util';

/** The meetings texts, kept out of the initial bundle: fetched before a meetings page renders (lazyTexts). */
export const meetingTexts = lazyTexts({
  'zh-CN': () => import('./i18n/meetings.zh-cn').then((m) => m.MEETINGS_ZH_CN),
  en: () => import('./i18n/meetings.en').then((m) => m.MEETINGS_EN),
});
