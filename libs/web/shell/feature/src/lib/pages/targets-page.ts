import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardSubtitle, MatCardTitle } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { AuthStore } from '@storeops/web/auth/data-access';
import { StoreDirectoryStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner, LoadingState, PageHeader } from '@storeops/web/shared/ui';
import { NumberFormatPipe, TranslatePipe, formatKey, storeStatusKey } from '@storeops/web/shared/util';

/** 经营指标: a store manager's start page shows their store; targets themselves arrive with the targets module. */
@Component({
  selector: 'so-targets-page',
  imports: [
    MatButton, MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardSubtitle, MatCardTitle, RouterLink,
    EmptyState, ErrorBanner, LoadingState, PageHeader, NumberFormatPipe, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="(isManager() ? 'nav.myTargets' : 'targets.title') | t" [intro]="(isManager() ? 'targets.managerIntro' : 'targets.intro') | t" />
    @if (isManager()) {
      @if (directory.error(); as error) {
        <so-error-banner [message]="'common.loadError' | t: { message: error.message }" [retryLabel]="'common.retry' | t" (retry)="directory.load(true)" />
      } @else if (myStore(); as store) {
        <mat-card appearance="outlined" class="store" data-testid="my-store-card">
          <mat-card-header>
            <mat-card-title>{{ store.name }}</mat-card-title>
            <mat-card-subtitle>{{ store.code }} · {{ store.regionName }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <p>{{ formatKey(store.format) | t }} · {{ statusKey(store.status) | t }} · {{ 'store.salesAreaUnit' | t: { area: (store.salesAreaSqm | num) } }}</p>
          </mat-card-content>
          <mat-card-actions>
            <a mat-button [routerLink]="['/stores', store.id]">{{ 'nav.myStore' | t }}</a>
          </mat-card-actions>
        </mat-card>
      } @else if (directory.loading()) {
        <so-loading-state [text]="'common.loading' | t" />
      }
    }
    <mat-card appearance="outlined">
      <mat-card-content>
        <so-empty-state icon="flag" [title]="'common.noData' | t" [text]="'targets.emptyText' | t" />
      </mat-card-content>
    </mat-card>
  `,
  styles: `.store { margin-bottom: 16px; max-width: 560px; }`,
})
export class TargetsPage implements OnInit {
  private readonly auth = inject(AuthStore);
  protected readonly directory = inject(StoreDirectoryStore);
  protected readonly formatKey = formatKey;
  protected readonly statusKey = storeStatusKey;
  protected readonly isManager = computed(() => this.auth.user()?.role === Role.StoreManager);
  protected readonly myStore = computed(() => {
    const storeId = this.auth.user()?.storeId;
    return storeId ? (this.directory.byId().get(storeId) ?? null) : null;
  });

  ngOnInit(): void {
    // Forced: the directory is shared and may still hold another session's stores.
    if (this.isManager()) void this.directory.load(true);
  }
}
