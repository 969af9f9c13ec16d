import { EnvironmentInjector, inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, GuardResult, RedirectCommand, ResolveFn, Route, Router } from '@angular/router';
import { NavArea, Role, TARGETS_TAB_ACCESS, TargetsTab } from '@storeops/shared/contracts';
import { AuthStore, areaGuard, landingPathFor, signedInGuard, signedOutGuard } from '@storeops/web/auth/data-access';

const shell = () => import('@storeops/web/shell/feature');
const kpi = () => import('@storeops/web/kpi/feature');
const targets = () => import('@storeops/web/targets/feature');
const inspections = () => import('@storeops/web/inspections/feature');
const rankings = () => import('@storeops/web/rankings/feature');

/** The pages of 经营指标 learn the caller's role and own store from these (they may not depend on auth). */
const currentRole: ResolveFn<Role | null> = () => inject(AuthStore).user()?.role ?? null;
const currentStoreId: ResolveFn<number | null> = () => inject(AuthStore).user()?.storeId ?? null;
/** 营运会议 offers 完成 on an action to its owner: the page learns who is signed in from this. */
const currentUserId: ResolveFn<number | null> = () => inject(AuthStore).user()?.id ?? null;

/** No network: the browser says so, or the sign-in check could not reach the server (some browsers keep onLine true). */
const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const offline = (auth: AuthStore) => browserOffline() || auth.unreachable();

/** Set when the page started without a network and without a known user. */
let startedOffline = false;

/** Back online after an offline start: a full load lets the sign-in check run again (AuthStore caches its answer). */
function reloadIfBackOnline(url: string): boolean {
  // The browser's own word here: the failed sign-in check that marked the start offline is not repeated.
  if (!startedOffline || browserOffline() || typeof window === 'undefined') return false;
  window.location.assign(url);
  return true;
}

/**
 * Signed in — or offline on an inspections page: the session cannot be checked without a network, and a
 * specialist reloading a draft in a cellar must still see it (the draft is on the device; the sync sends the
 * session cookie once the network returns, and a 401 then leads to the login page as usual).
 */
/** Drafts waiting on this device are sent from any page, not only the capture pages; loaded lazily. */
function startDraftSync(injector: EnvironmentInjector): void {
  void import('@storeops/web/inspections/data-access').then((m) => injector.get(m.DraftSync).start()).catch(() => undefined);
}

const signedInOrOfflineCapture: CanMatchFn = async (route, segments) => {
  const target = inject(Router).currentNavigation()?.extractedUrl.toString() ?? '/';
  const injector = inject(EnvironmentInjector);
  const auth = inject(AuthStore);
  const result = await (signedInGuard(route, segments) as Promise<GuardResult>);
  if (result === true) {
    startDraftSync(injector);
    return true;
  }
  if (offline(auth) && target.startsWith(`/${NavArea.Inspections}`)) {
    startedOffline = true;
    startDraftSync(injector);
    return true;
  }
  return reloadIfBackOnline(target) ? false : result;
};

const inspectionsAreaGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthStore);
  const result = await (areaGuard(NavArea.Inspections)(route, state) as Promise<GuardResult>);
  if (result === true || auth.user()) return result;
  if (offline(auth)) return true;
  return reloadIfBackOnline(state.url) ? false : result;
};

/** A 经营指标 sub-page for the roles TARGETS_TAB_ACCESS allows; others see the 403 page in place. */
function targetsTabGuard(tab: TargetsTab): CanActivateFn {
  return () => {
    const role = inject(AuthStore).user()?.role;
    if (role && TARGETS_TAB_ACCESS[tab].includes(role)) return true;
    return new RedirectCommand(inject(Router).parseUrl('/forbidden'), { skipLocationChange: true });
  };
}

/** /targets is 我的指标 for a store manager; everyone else starts at 门店进度. */
const targetsHomeGuard: CanActivateFn = () => {
  const role = inject(AuthStore).user()?.role;
  return role === Role.StoreManager ? true : inject(Router).parseUrl('/targets/progress');
};

export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    title: '登录 · 门店营运 KPI 看板',
    loadComponent: () => import('@storeops/web/auth/feature').then((m) => m.LoginPage),
  },
  {
    path: '',
    canMatch: [signedInOrOfflineCapture],
    loadComponent: () => shell().then((m) => m.ShellLayout),
    children: [
      // The signed-in guard above has loaded the user, so the landing page is known here.
      { path: '', pathMatch: 'full', redirectTo: () => landingPathFor(inject(AuthStore).user()?.role) },
      {
        path: NavArea.Dashboard,
        canActivate: [areaGuard(NavArea.Dashboard)],
        loadComponent: () => rankings().then((m) => m.DashboardPage),
      },
      {
        path: NavArea.Targets,
        canActivate: [areaGuard(NavArea.Targets)],
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadComponent: () => shell().then((m) => m.TargetsPage),
        children: [
          { path: '', pathMatch: 'full', canActivate: [targetsHomeGuard], loadComponent: () => kpi().then((m) => m.MyTargetsPage) },
          {
            path: 'progress',
            canActivate: [targetsTabGuard(TargetsTab.Progress)],
            loadComponent: () => kpi().then((m) => m.BehindPacePage),
          },
          {
            path: 'store/:id',
            canActivate: [targetsTabGuard(TargetsTab.Progress)],
            loadComponent: () => kpi().then((m) => m.MyTargetsPage),
          },
          {
            path: 'decompositions',
            canActivate: [targetsTabGuard(TargetsTab.Decompositions)],
            loadComponent: () => targets().then((m) => m.DecompositionListPage),
          },
          {
            path: 'decompositions/:id',
            canActivate: [targetsTabGuard(TargetsTab.Decompositions)],
            loadComponent: () => targets().then((m) => m.DecompositionGridPage),
          },
          { path: 'imports', canActivate: [targetsTabGuard(TargetsTab.Imports)], loadComponent: () => kpi().then((m) => m.ImportPage) },
        ],
      },
      {
        path: NavArea.Inspections,
        canActivate: [inspectionsAreaGuard],
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => inspections().then((m) => m.inspectionsRoutes),
      },
      {
        path: NavArea.Rankings,
        canActivate: [areaGuard(NavArea.Rankings)],
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadComponent: () => rankings().then((m) => m.RankingsAreaPage),
        children: [
          { path: '', pathMatch: 'full', loadComponent: () => rankings().then((m) => m.StoreRankingPage) },
          { path: 'inspections', loadComponent: () => inspections().then((m) => m.InspectionRankingPage) },
          { path: 'schemes', loadComponent: () => rankings().then((m) => m.SchemesPage) },
        ],
      },
      {
        path: NavArea.Suppliers,
        canActivate: [areaGuard(NavArea.Suppliers)],
        resolve: { role: currentRole },
        loadChildren: () => import('@storeops/web/suppliers/feature').then((m) => m.suppliersRoutes),
      },
      {
        // 综合管理: the hub of the office's ledger pages (a 店长's 本店督查); the tiles follow the role, the API decides.
        path: 'office',
        resolve: { role: currentRole },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.officeRoutes),
      },
      {
        // 顾客投诉: the office and the 店长 handle complaints, the director, the 营运部长 and the admin read them; the
        // nav offers it to those, and the API answers 403 to anyone else (and narrows a 店长 to their store).
        path: 'complaints',
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.complaintsRoutes),
      },
      {
        // 营运会议: the meeting managers hold and read all meetings; anyone else the meetings they attended and the
        // actions they own (the API decides, the pages offer by role). Reached from the 综合管理 hub.
        path: 'meetings',
        resolve: { role: currentRole, myUserId: currentUserId },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.meetingsRoutes),
      },
      {
        // 违纪: the office records and decides, the heads read, a 店长 reads and appeals their store's; the API answers
        // 403 to anyone else (and narrows a 店长 to their store). Reached from the 综合管理 hub.
        path: 'violations',
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.violationsRoutes),
      },
      {
        // 进售价检查 / 商品质量检查: the office records them; a 店长 reads their store's, the others read; the API decides.
        path: 'price-checks',
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.priceChecksRoutes),
      },
      {
        path: 'quality-checks',
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => import('@storeops/web/ledger/feature').then((m) => m.qualityChecksRoutes),
      },
      {
        // 供应商问题: the office and the buyers raise and chase them; the director and a 店长 (their store's) read.
        path: 'supplier-issues',
        resolve: { role: currentRole, myStoreId: currentStoreId },
        loadChildren: () => import('@storeops/web/suppliers/feature').then((m) => m.supplierIssuesRoutes),
      },
      {
        path: NavArea.Admin,
        canActivate: [areaGuard(NavArea.Admin)],
        loadChildren: () => import('@storeops/web/org/feature').then((m) => m.adminRoutes),
      },
      {
        // 工作日历: every role reads the calendar its deadlines count in; the page offers changes by role, the API decides.
        path: 'alerts/calendar',
        resolve: { role: currentRole },
        loadComponent: () => import('@storeops/web/alerts/feature').then((m) => m.WorkCalendarPage),
      },
      {
        // 提醒中心: every role has one; the API narrows what each sees (kinds by role, a 店长's to their store).
        path: 'alerts',
        resolve: { role: currentRole },
        loadComponent: () => import('@storeops/web/alerts/feature').then((m) => m.AlertsPage),
      },
      {
        // 门店档案, like the store page open to every signed-in user (the API answers 403 outside the caller's reach).
        path: 'stores/:id/profile',
        resolve: { role: currentRole },
        loadComponent: () => rankings().then((m) => m.StoreProfilePage),
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
