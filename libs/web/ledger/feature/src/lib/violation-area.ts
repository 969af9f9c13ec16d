import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { TranslatePipe } from '@storeops/web/shared/util';

/** The ledger's table, card and toolbar styles, with the violation states' chip colours. */
export const VIOLATION_STYLES = `
  ${COMPLAINT_STYLES}
  .vs-proposed { background: #ffefc9; color: #6d4c00; }
  .vs-approved, .vs-upheld { background: #ffdad6; color: #8c1d18; }
  .vs-appealed { background: #d3e3fd; color: #0842a0; }
  .vs-overturned { background: #e3e3e3; color: #333; }
  .penalty { font-weight: 500; white-space: nowrap; }
`;

/** The violations area's sub-navigation: the list, recording (the office), the rule book. */
@Component({
  selector: 'so-violations-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="subnav" [attr.aria-label]="'violations.nav.label' | t">
      <a routerLink="/violations" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" data-testid="subnav-list">{{
        'violations.nav.list' | t
      }}</a>
      @if (canRecord()) {
        <a routerLink="/violations/new" routerLinkActive="active" data-testid="subnav-new">{{ 'violations.nav.new' | t }}</a>
      }
      <a routerLink="/violations/rules" routerLinkActive="active" data-testid="subnav-rules">{{ 'violations.nav.rules' | t }}</a>
    </nav>
  `,
  styles: `
    .subnav {
      display: flex;
      gap: 4px;
      overflow-x: auto;
      margin-bottom: 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .subnav a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0 12px;
      text-decoration: none;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
      border-bottom: 2px solid transparent;
    }
    .subnav a.active {
      color: var(--mat-sys-primary);
      border-bottom-color: var(--mat-sys-primary);
      font-weight: 500;
    }
  `,
})
export class ViolationsNav {
  readonly canRecord = input(false);
}
