import { Route } from '@angular/router';
import { complaintTexts } from './complaint-texts';
import { ComplaintQueuePage } from './complaint-queue-page';

/**
 * /complaints/… — the shell passes `role` and `myStoreId` as route data (inputs of each page); the complaints texts
 * are fetched first. The queue, the landing page, comes with the table (it shares its chunks with the other pages,
 * so the route table does not split the app's shared code into one more chunk).
 */
export const complaintsRoutes: Route[] = [
  {
    path: '',
    resolve: { complaintTexts },
    children: [
      { path: '', pathMatch: 'full', component: ComplaintQueuePage },
      { path: 'new', loadComponent: () => import('./complaint-intake-page').then((m) => m.ComplaintIntakePage) },
      { path: 'reports', loadComponent: () => import('./complaint-reports-page').then((m) => m.ComplaintReportsPage) },
      { path: ':id', loadComponent: () => import('./complaint-detail-page').then((m) => m.ComplaintDetailPage) },
    ],
  },
];
