import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { NavArea } from '@storeops/shared/contracts';
import { AuthStore, areaGuard, landingPathFor, signedInGuard, signedOutGuard } from '@storeops/web/auth/data-access';

const shell = () => import('@storeops/web/shell/feature');

export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    title: '登录 · 门店营运 KPI 看板',
    loadComponent: () => import('@storeops/web/auth/feature').then((m) => m.LoginPage),
  },
  {
    path: '',
    canMatch: [signedInGuard],
    loadComponent: () => shell().then((m) => m.ShellLayout),
    children: [
      // The signed-in guard above has loaded the user, so the landing page is known here.
      { path: '', pathMatch: 'full', redirectTo: () => landingPathFor(inject(AuthStore).user()?.role) },
      {
        path: NavArea.Dashboard,
        canActivate: [areaGuard(NavArea.Dashboard)],
        loadComponent: () => shell().then((m) => m.DashboardPage),
      },
      {
        path: NavArea.Targets,
        canActivate: [areaGuard(NavArea.Targets)],
        loadComponent: () => shell().then((m) => m.TargetsPage),
      },
      {
        path: NavArea.Inspections,
        canActivate: [areaGuard(NavArea.Inspections)],
        data: { area: 'inspections' },
        loadComponent: () => shell().then((m) => m.AreaPage),
      },
      {
        path: NavArea.Rankings,
        canActivate: [areaGuard(NavArea.Rankings)],
        data: { area: 'rankings' },
        loadComponent: () => shell().then((m) => m.AreaPage),
      },
      {
        path: NavArea.Suppliers,
        canActivate: [areaGuard(NavArea.Suppliers)],
        data: { area: 'suppliers' },
        loadComponent: () => shell().then((m) => m.AreaPage),
      },
      {
        path: NavArea.Admin,
        canActivate: [areaGuard(NavArea.Admin)],
        loadChildren: () => import('@storeops/web/org/feature').then((m) => m.adminRoutes),
      },
      {
        // Open to every signed-in user: the API answers 403 for a store outside the caller's reach.
        path: 'stores/:id',
        loadComponent: () => import('@storeops/web/org/feature').then((m) => m.StoreDetailPage),
      },
      { path: 'forbidden', loadComponent: () => shell().then((m) => m.ForbiddenPage) },
      { path: '**', loadComponent: () => shell().then((m) => m.NotFoundPage) },
    ],
  },
  { path: '**', redirectTo: '' },
];
