import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatActionList, MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { MatTooltip } from '@angular/material/tooltip';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AlertCountStore } from '@storeops/web/alerts/data-access';
import { AuthStore } from '@storeops/web/auth/data-access';
import { PAGINATOR_INTL } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, roleKey } from '@storeops/web/shared/util';
import { filter, map } from 'rxjs';
import { ALERTS_NAV_ITEM, navItemsFor } from './nav-items';

/** Below this width the sidenav becomes an overlay drawer opened from the menu button. */
export const MOBILE_QUERY = '(max-width: 767.98px)';

/** The badge's text: the count, capped so it stays a badge. */
export function badgeText(total: number): string {
  return total > 99 ? '99+' : String(total);
}

@Component({
  selector: 'so-shell-layout',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatButton,
    MatIconButton,
    MatIcon,
    MatNavList,
    MatActionList,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatTooltip,
    TranslatePipe,
  ],
  // Every page opens inside this layout's outlet, so its pagers all get labels in the interface's language.
  providers: [PAGINATOR_INTL],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.scss',
})
export class ShellLayout {
  protected readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly mobile = toSignal(
    inject(BreakpointObserver)
      .observe(MOBILE_QUERY)
      .pipe(map((state) => state.matches)),
    {
      initialValue: typeof window !== 'undefined' && window.matchMedia?.(MOBILE_QUERY).matches,
    },
  );
  protected readonly navItems = computed(() => navItemsFor(this.auth.user()));
  protected readonly alertsId = ALERTS_NAV_ITEM.id;
  protected readonly alertsLink = ALERTS_NAV_ITEM.link;
  /** The caller's open alerts: hidden at 0, red when any is overdue. */
  protected readonly alerts = inject(AlertCountStore);
  protected readonly badge = computed(() => {
    const total = this.alerts.total();
    const overdue = this.alerts.overdue();
    return {
      total,
      overdue,
      text: badgeText(total),
      label: this.i18n.t(total ? 'nav.alertsBadge' : 'nav.alertsNone', { total, overdue }),
    };
  });

  constructor() {
    // Asked again on every navigation and every minute while the shell is open.
    this.alerts.watch(this.router.events.pipe(filter((e) => e instanceof NavigationEnd)), inject(DestroyRef));
  }
  protected readonly roleLabelKey = computed(() => {
    const user = this.auth.user();
    return user ? roleKey(user.role) : '';
  });

  protected onNavigate(): void {
    if (this.mobile()) void this.sidenav()?.close();
  }

  protected async logout(): Promise<void> {
    this.alerts.reset();
    try {
      await this.auth.logout();
    } finally {
      await this.router.navigateByUrl('/login');
    }
  }
}
