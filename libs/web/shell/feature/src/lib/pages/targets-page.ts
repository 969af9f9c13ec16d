import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@storeops/web/auth/data-access';
import { TranslatePipe } from '@storeops/web/shared/util';
import { targetsTabLinks } from './targets-tabs';

/** 经营指标: the area's sub-navigation by role around the routed page (a store manager has just 我的指标). */
@Component({
  selector: 'so-targets-page',
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (tabs().length > 1) {
      <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs" data-testid="targets-tabs">
        @for (tab of tabs(); track tab.id) {
          <a
            mat-tab-link
            [routerLink]="tab.link"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: tab.exact }"
            [active]="active.isActive"
            [attr.data-testid]="'targets-tab-' + tab.id"
            >{{ tab.labelKey | t }}</a
          >
        }
      </nav>
    }
    <mat-tab-nav-panel #panel>
      <div class="panel" [class.with-tabs]="tabs().length > 1"><router-outlet /></div>
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      margin: -8px 0 0;
    }
    .panel.with-tabs {
      padding-top: 16px;
    }
  `,
})
export class TargetsPage {
  private readonly auth = inject(AuthStore);
  protected readonly tabs = computed(() => targetsTabLinks(this.auth.user()?.role));
}
