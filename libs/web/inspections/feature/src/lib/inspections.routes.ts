import { Route } from '@angular/router';

/** /inspections/… — the shell passes `role`, `myStoreId` and `categoryIds` as route data (inputs). */
export const inspectionsRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./inspections-home-page').then((m) => m.InspectionsHomePage) },
  { path: 'new', loadComponent: () => import('./capture-start-page').then((m) => m.CaptureStartPage) },
  { path: 'drafts/:key', loadComponent: () => import('./capture-page').then((m) => m.CapturePage) },
  { path: 'templates', loadComponent: () => import('./templates-page').then((m) => m.TemplatesPage) },
  /** `new` or an id: one route, so saving a new template (or a new version) keeps the page and its message. */
  { path: 'templates/:id', loadComponent: () => import('./template-editor-page').then((m) => m.TemplateEditorPage) },
  { path: 'plans', loadComponent: () => import('./plans-page').then((m) => m.PlansPage) },
  { path: 'actions', loadComponent: () => import('./corrective-actions-page').then((m) => m.CorrectiveActionsPage) },
  { path: ':id', loadComponent: () => import('./inspection-report-page').then((m) => m.InspectionReportPage) },
];
