import { Route } from '@angular/router';

/** /suppliers/… — the shell passes `role` as route data (an input of each page). */
export const suppliersRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./suppliers-home-page').then((m) => m.SuppliersHomePage) },
  { path: 'contracts', loadComponent: () => import('./contract-list-page').then((m) => m.ContractListPage) },
  { path: 'contracts/new', loadComponent: () => import('./contract-editor-page').then((m) => m.ContractEditorPage) },
  { path: 'contracts/:id/edit', loadComponent: () => import('./contract-editor-page').then((m) => m.ContractEditorPage) },
  { path: 'contracts/:id', loadComponent: () => import('./contract-detail-page').then((m) => m.ContractDetailPage) },
  { path: 'directory', loadComponent: () => import('./supplier-list-page').then((m) => m.SupplierListPage) },
  { path: 'directory/:id', loadComponent: () => import('./supplier-detail-page').then((m) => m.SupplierDetailPage) },
  { path: 'licences', loadComponent: () => import('./licences-page').then((m) => m.LicencesPage) },
  { path: 'ranking', loadComponent: () => import('./ranking-page').then((m) => m.SupplierRankingPage) },
];
