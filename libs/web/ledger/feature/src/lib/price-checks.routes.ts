import { Route } from '@angular/router';
import { priceCheckTexts, qualityCheckTexts } from './check-texts';

/** /price-checks/… — the shell passes `role` and `myStoreId` as route data; the texts are fetched first. */
export const priceChecksRoutes: Route[] = [
  {
    path: '',
    resolve: { priceCheckTexts },
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./price-check-list-page').then((m) => m.PriceCheckListPage) },
      { path: 'new', loadComponent: () => import('./price-check-capture-page').then((m) => m.PriceCheckCapturePage) },
      { path: 'price-changes', loadComponent: () => import('./price-changes-page').then((m) => m.PriceChangesPage) },
      { path: ':id', loadComponent: () => import('./price-check-detail-page').then((m) => m.PriceCheckDetailPage) },
    ],
  },
];

/** /quality-checks/… — likewise. */
export const qualityChecksRoutes: Route[] = [
  {
    path: '',
    resolve: { qualityCheckTexts },
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./quality-check-list-page').then((m) => m.QualityCheckListPage) },
      { path: 'new', loadComponent: () => import('./quality-check-capture-page').then((m) => m.QualityCheckCapturePage) },
      { path: ':id', loadComponent: () => import('./quality-check-detail-page').then((m) => m.QualityCheckDetailPage) },
    ],
  },
];
