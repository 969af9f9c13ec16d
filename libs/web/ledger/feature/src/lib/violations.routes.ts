import { Route } from '@angular/router';
import { violationTexts } from './violation-texts';

/**
 * /violations/… 违纪 — the shell passes `role` and `myStoreId` as route data (inputs of each page); the violations
 * texts are fetched first. Every page is its own chunk: none of it belongs in the initial bundle.
 */
export const violationsRoutes: Route[] = [
  {
    path: '',
    resolve: { violationTexts },
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./violation-list-page').then((m) => m.ViolationListPage) },
      { path: 'new', loadComponent: () => import('./violation-new-page').then((m) => m.ViolationNewPage) },
      { path: 'rules', loadComponent: () => import('./violation-rules-page').then((m) => m.ViolationRulesPage) },
      { path: ':id', loadComponent: () => import('./violation-detail-page').then((m) => m.ViolationDetailPage) },
    ],
  },
];
