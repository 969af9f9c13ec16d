import { Route } from '@angular/router';
import { supplierIssueTexts } from './supplier-issue-shared';

/** /supplier-issues/… — the shell passes `role` and `myStoreId` as route data; the issue texts are fetched first. */
export const supplierIssuesRoutes: Route[] = [
  {
    path: '',
    resolve: { supplierIssueTexts },
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./supplier-issue-list-page').then((m) => m.SupplierIssueListPage) },
      { path: 'new', loadComponent: () => import('./supplier-issue-raise-page').then((m) => m.SupplierIssueRaisePage) },
      { path: ':id', loadComponent: () => import('./supplier-issue-detail-page').then((m) => m.SupplierIssueDetailPage) },
    ],
  },
];
