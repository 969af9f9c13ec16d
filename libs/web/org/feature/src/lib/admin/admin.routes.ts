import { Routes } from '@angular/router';
import { AdminPage } from './admin-page';

/** 系统管理: mounted under /admin by the app (behind the admin area guard). */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'stores' },
      { path: 'stores', loadComponent: () => import('./stores/store-list-page').then((m) => m.StoreListPage) },
      { path: 'regions', loadComponent: () => import('./regions/regions-page').then((m) => m.RegionsPage) },
      { path: 'categories', loadComponent: () => import('./categories/categories-page').then((m) => m.CategoriesPage) },
      { path: 'users', loadComponent: () => import('./users/users-page').then((m) => m.UsersPage) },
    ],
  },
];
