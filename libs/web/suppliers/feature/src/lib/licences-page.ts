import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { LicenceListStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, alertKey, SuppliersNav } from './shared';

/** 证照到期: licences of suppliers and stores ending within 7/30/60 days or lapsed, soonest first. */
@Component({
  selector: 'so-licences-page',
  imports: [MatFormField, MatLabel, MatPaginator, MatProgressBar, MatOption, MatSelect, EmptyState, ErrorBanner, PageHeader, LocalDatePipe, TranslatePipe, SuppliersNav],
  providers: [LicenceListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'licence.title' | t" [intro]="'licence.intro' | t" />
    <so-suppliers-nav />
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'licence.within' | t }}</mat-label>
        <mat-select [value]="list.query().expiringWithinDays ?? null" (selectionChange)="list.load({ expiringWithinDays: $event.value ?? undefined, page: 1 })" data-testid="licence-within">
          @for (d of windows; track d) { <mat-option [value]="d">{{ 'licence.withinDays' | t: { n: d } }}</mat-option> }
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'licence.owner' | t }}</mat-label>
        <mat-select [value]="list.query().ownerKind ?? null" (selectionChange)="list.load({ ownerKind: $event.value ?? undefined, page: 1 })">
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          <mat-option value="supplier">{{ 'licence.owner.supplier' | t }}</mat-option>
          <mat-option value="store">{{ 'licence.owner.store' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (list.error(); as error) {
      <so-error-banner [message]="'common.loadError' | t: { message: error.message }" [retryLabel]="'common.retry' | t" (retry)="list.load()" />
    }
    <div class="card">
      <div class="progress">@if (list.loading()) { <mat-progress-bar mode="indeterminate" data-testid="state-loading" /> }</div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="licence-table">
            <thead><tr><th>{{ 'licence.owner' | t }}</th><th>{{ 'licence.type' | t }}</th><th>{{ 'licence.number' | t }}</th><th>{{ 'licence.validTo' | t }}</th><th class="num">{{ 'licence.daysLeft' | t }}</th><th></th></tr></thead>
            <tbody>
              @for (l of list.items(); track l.id) {
                <tr data-testid="licence-row">
                  <td>{{ l.ownerName }} <span class="muted">· {{ 'licence.owner.' + l.ownerKind | t }}</span></td>
                  <td>{{ l.type }}</td><td class="nowrap">{{ l.number }}</td><td class="nowrap">{{ l.validTo | localDate }}</td>
                  <td class="num">{{ l.daysLeft }}</td>
                  <td>@if (l.alert) { <span [class]="'chip al-' + l.alert" data-testid="licence-alert">{{ alertKey(l.alert) | t }}</span> }</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.empty() && !list.loading()) {
        <so-empty-state icon="verified" [title]="'licence.empty' | t" />
      }
      <mat-paginator [length]="list.total()" [pageIndex]="(list.query().page ?? 1) - 1" [pageSize]="list.query().pageSize ?? 20" [pageSizeOptions]="[20, 50]" (page)="page($event)" />
    </div>
  `,
  styles: AREA_STYLES,
})
export class LicencesPage implements OnInit {
  protected readonly list = inject(LicenceListStore);
  protected readonly windows = [7, 30, 60];
  protected readonly alertKey = alertKey;

  ngOnInit(): void {
    void this.list.load({ expiringWithinDays: 60, page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
