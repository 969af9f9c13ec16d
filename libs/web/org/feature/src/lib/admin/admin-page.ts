import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';

@Component({
  selector: 'so-admin-page',
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterLinkActive, RouterOutlet, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'org.admin.title' | t" />
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs">
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="'admin-tab-' + tab.path"
          >{{ tab.label | t }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <div class="panel"><router-outlet /></div>
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .panel {
      padding-top: 16px;
    }
  `,
})
export class AdminPage {
  protected readonly tabs = [
    { path: 'stores', label: 'org.admin.stores' },
    { path: 'regions', label: 'org.admin.regions' },
    { path: 'categories', label: 'org.admin.categories' },
    { path: 'users', label: 'org.admin.users' },
  ] as const;
}
