import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { SuppliersHomeStore } from '@storeops/web/suppliers/data-access';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { alertKey, AREA_STYLES, ContractTable, SuppliersNav } from '@storeops/web/suppliers/ui';

/** The area's home: the office sees contracts to review first, the buyer their drafts; both see renewals and licences. */
@Component({
  selector: 'so-suppliers-home-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
    ContractTable,
    SuppliersNav,
  ],
  providers: [SuppliersHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'sup.home.title' | t" [intro]="'sup.home.intro' | t">
      @if (isBuyer()) {
        <a mat-flat-button routerLink="/suppliers/contracts/new" data-testid="contract-new"
          ><mat-icon>add</mat-icon>{{ 'sup.contract.new' | t }}</a
        >
      }
    </so-page-header>
    <so-suppliers-nav />
    @if (home.error(); as error) {
      <so-error-banner [message]="'common.loadError' | t: { message: error.message }" [retryLabel]="'common.retry' | t" (retry)="load()" />
    }
    <div class="progress">
      @if (home.loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
      }
    </div>
    @if (home.loaded()) {
      @if (isBuyer()) {
        <section class="card" data-testid="home-mine">
          <h2>{{ 'sup.home.mine' | t }}</h2>
          @if (home.mine().length) {
            <so-contract-table [contracts]="home.mine()" />
          } @else {
            <p class="body muted">{{ 'sup.home.noneMine' | t }}</p>
          }
        </section>
      }
      <section class="card" data-testid="home-review">
        <h2>{{ 'sup.home.toReview' | t }} ({{ home.toReview().length }})</h2>
        @if (home.toReview().length) {
          <so-contract-table [contracts]="home.toReview()" />
        } @else {
          <p class="body muted">{{ 'sup.home.noneToReview' | t }}</p>
        }
      </section>
      <section class="card" data-testid="home-renewals">
        <h2>{{ 'sup.home.renewals' | t }} ({{ home.renewals().length }})</h2>
        @if (home.renewals().length) {
          <so-contract-table [contracts]="home.renewals()" />
        } @else {
          <p class="body muted">{{ 'sup.home.noneRenewals' | t }}</p>
        }
      </section>
      <section class="card" data-testid="home-licences">
        <h2>{{ 'sup.home.licences' | t }} ({{ home.licences().length }})</h2>
        @if (home.licences().length) {
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th>{{ 'sup.licence.owner' | t }}</th>
                  <th>{{ 'sup.licence.type' | t }}</th>
                  <th>{{ 'sup.licence.validTo' | t }}</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                @for (l of home.licences(); track l.id) {
                  <tr>
                    <td>{{ l.ownerName }}</td>
                    <td>{{ l.type }}</td>
                    <td class="nowrap">{{ l.validTo | localDate }}</td>
                    <td>
                      <span [class]="'chip al-' + l.alert">{{ alertKey(l.alert) | t }}</span>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="body">
            <a routerLink="/suppliers/licences">{{ 'sup.home.showAll' | t }}</a>
          </p>
        } @else {
          <p class="body muted">{{ 'sup.home.noneLicences' | t }}</p>
        }
      </section>
    }
  `,
  styles: AREA_STYLES,
})
export class SuppliersHomePage implements OnInit {
  protected readonly home = inject(SuppliersHomeStore);
  readonly role = input<Role | null>(null);
  protected readonly isBuyer = computed(() => this.role() === Role.Buyer);
  protected readonly alertKey = alertKey;

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    void this.home.load(this.isBuyer());
  }
}
