import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, RedirectCommand, Router } from '@angular/router';
import { NavArea } from '@storeops/shared/contracts';
import { AuthStore } from './auth.store';
import { landingPathFor } from './landing';

/** Signed-in users only; everyone else goes to /login, remembering where they wanted to go. */
export const signedInGuard: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  const me = await inject(AuthStore).ensureLoaded();
  if (me) return true;
  const target = '/' + segments.map((s) => s.path).join('/');
  return router.createUrlTree(['/login'], { queryParams: target === '/' ? {} : { returnUrl: target } });
};

/** The login page is for signed-out users; a signed-in user lands on their start page. */
export const signedOutGuard: CanActivateFn = async () => {
  const me = await inject(AuthStore).ensureLoaded();
  return me ? inject(Router).parseUrl(landingPathFor(me.role)) : true;
};

/**
 * Only roles NAV_ACCESS allows may open the area. Others see the 403 page in place (the address bar keeps the
 * URL they asked for), never the content.
 */
export function areaGuard(area: NavArea): CanActivateFn {
  return async () => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.ensureLoaded();
    if (auth.canOpen(area)) return true;
    return new RedirectCommand(router.parseUrl('/forbidden'), { skipLocationChange: true });
  };
}
