import { Route } from '@angular/router';
import { lazyTexts } from '@storeops/web/shared/util';
import { OfficeHomePage } from './office-home-page';

export const officeTexts = lazyTexts({
  'zh-CN': () => import('./i18n/office.zh-cn').then((m) => m.OFFICE_ZH_CN),
  en: () => import('./i18n/office.en').then((m) => m.OFFICE_EN),
});

/** /office — the 综合管理 hub; the shell passes `role` as route data. */
export const officeRoutes: Route[] = [{ path: '', resolve: { officeTexts }, component: OfficeHomePage }];
