import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatActionList, MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@storeops/web/auth/data-access';
import { PAGINATOR_INTL } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, roleKey } from '@storeops/web/shared/util';
import { map } from 'rxjs';
import { navItemsFor } from './nav-items';

/** Below this width the sidenav becomes an overlay drawer opened from the menu button. */
export const MOBILE_QUERY = '(max-width: 767.98px)';

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
  protected readonly roleLabelKey = computed(() => {
    const user = this.auth.user();
    return user ? roleKey(user.role) : '';
  });

  protected onNavigate(): void {
    if (this.mobile()) void this.sidenav()?.close();
  }

  protected async logout(): Promise<void> {
    try {
      await this.auth.logout();
    } finally {
      await this.router.navigateByUrl('/login');
    }
  }
}
