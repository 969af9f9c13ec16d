import { Route } from '@angular/router';
import { supplierIssueTexts } from './supplier-issue-shared';

/** /suppliers/… — the shell passes `role` as route data (an input of each page). */
export const suppliersRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./suppliers-home-page').then((m) => m.SuppliersHomePage) },
  { path: 'contracts', loadComponent: () => import('./contract-list-page').then((m) => m.ContractListPage) },
  { path: 'contracts/new', loadComponent: () => import('./contract-editor-page').then((m) => m.ContractEditorPage) },
  { path: 'contracts/:id/edit', loadComponent: () => import('./contract-editor-page').then((m) => m.ContractEditorPage) },
  { path: 'contracts/:id', loadComponent: () => import('./contract-detail-page').then((m) => m.ContractDetailPage) },
  { path: 'directory', loadComponent: () => import('./supplier-list-page').then((m) => m.SupplierListPage) },
  {
    // The supplier's page lists its 供应商问题 too: their texts are fetched with it.
    path: 'directory/:id',
    resolve: { supplierIssueTexts },
    loadComponent: () => import('./supplier-detail-page').then((m) => m.SupplierDetailPage),
  },
  { path: 'licences', loadComponent: () => import('./licences-page').then((m) => m.LicencesPage) },
  { path: 'ranking', loadComponent: () => import('./ranking-page').then((m) => m.SupplierRankingPage) },
];
