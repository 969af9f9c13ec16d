import { Route } from '@angular/router';
import { meetingTexts } from './meeting-texts';

/**
 * /meetings/… — the shell passes `role` and `myUserId` as route data (inputs of each page); the meetings texts are
 * fetched first. Every page is its own chunk: none of them is on the way to another area.
 */
export const meetingsRoutes: Route[] = [
  {
    path: '',
    resolve: { meetingTexts },
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./meetings-page').then((m) => m.MeetingsPage) },
      { path: 'new', loadComponent: () => import('./meeting-new-page').then((m) => m.MeetingNewPage) },
      { path: ':id', loadComponent: () => import('./meeting-detail-page').then((m) => m.MeetingDetailPage) },
    ],
  },
];
