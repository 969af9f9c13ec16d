import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { IsActiveMatchOptions, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { TranslatePipe } from '@storeops/web/shared/util';

interface AreaTab {
  id: string;
  labelKey: string;
  link: string;
  exact: boolean;
}

/** The ranking's state lives in query params: a tab stays active whatever they are. */
const EXACT: IsActiveMatchOptions = { paths: 'exact', queryParams: 'ignored', fragment: 'ignored', matrixParams: 'ignored' };
const SUBTREE: IsActiveMatchOptions = { ...EXACT, paths: 'subset' };

const TABS: readonly AreaTab[] = [
  { id: 'stores', labelKey: 'rank.tab.stores', link: '/rankings', exact: true },
  { id: 'inspections', labelKey: 'rank.tab.inspections', link: '/rankings/inspections', exact: false },
  { id: 'schemes', labelKey: 'rank.tab.schemes', link: '/rankings/schemes', exact: false },
];

/** 门店排名: 综合排名 (default), the existing 巡店排名, and 考评方案 around the routed page. */
@Component({
  selector: 'so-rankings-area-page',
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs" data-testid="rankings-tabs">
      @for (tab of tabs(); track tab.id) {
        <a
          mat-tab-link
          [routerLink]="tab.link"
          routerLinkActive
          #active="routerLinkActive"
          [routerLinkActiveOptions]="tab.exact ? exact : subtree"
          [active]="active.isActive"
          [attr.data-testid]="'rankings-tab-' + tab.id"
          >{{ tab.labelKey | t }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel
      ><div class="panel"><router-outlet /></div
    ></mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      margin: -8px 0 0;
    }
    .panel {
      padding-top: 16px;
    }
  `,
})
export class RankingsAreaPage {
  /** From the route's resolver. */
  readonly role = input<Role | null>(null);
  protected readonly tabs = computed(() => TABS);
  protected readonly exact = EXACT;
  protected readonly subtree = SUBTREE;
}
