import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';
import { officeTilesFor } from './office-tiles';

/** 综合管理 (a 店长's 本店督查): the ledger's pages the caller's role reaches, each with what it is for. */
@Component({
  selector: 'so-office-home-page',
  imports: [MatIcon, RouterLink, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header
      [title]="(isStore() ? 'office.titleStore' : 'office.title') | t"
      [intro]="(isStore() ? 'office.introStore' : 'office.intro') | t"
    >
      <a class="alerts-link" routerLink="/alerts" data-testid="office-alerts"
        ><mat-icon>notifications</mat-icon>{{ 'office.alerts' | t }}</a
      >
    </so-page-header>
    @if (tiles().length) {
      <ul class="tiles" data-testid="office-tiles">
        @for (tile of tiles(); track tile.id) {
          <li>
            <a class="tile" [routerLink]="tile.link" [attr.data-testid]="'office-tile-' + tile.id">
              <mat-icon aria-hidden="true">{{ tile.icon }}</mat-icon>
              <span class="name">{{ 'office.tile.' + tile.id | t }}</span>
              <span class="text">{{ 'office.tile.' + tile.id + '.text' | t }}</span>
            </a>
          </li>
        }
      </ul>
    } @else {
      <p class="muted" data-testid="office-none">{{ 'office.none' | t }}</p>
    }
  `,
  styles: `
    .tiles {
      list-style: none;
      margin: 16px 0 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
    }
    .tile {
      display: grid;
      grid-template-columns: 40px 1fr;
      grid-template-rows: auto auto;
      column-gap: 12px;
      row-gap: 4px;
      min-height: 88px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low, #f6f6f9);
      color: inherit;
      text-decoration: none;
      border: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    .tile:hover,
    .tile:focus-visible {
      background: var(--mat-sys-surface-container, #eef0f5);
    }
    .tile mat-icon {
      grid-row: 1 / span 2;
      font-size: 32px;
      width: 32px;
      height: 32px;
      color: var(--mat-sys-primary, #3f51b5);
    }
    .name {
      font-weight: 600;
      font-size: 16px;
    }
    .text {
      font-size: 13px;
      color: var(--mat-sys-on-surface-variant, #555);
      line-height: 1.5;
    }
    .alerts-link {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: 44px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant, #555);
    }
  `,
})
export class OfficeHomePage {
  readonly role = input<Role | null>(null);
  protected readonly isStore = computed(() => this.role() === Role.StoreManager);
  protected readonly tiles = computed(() => officeTilesFor(this.role()));
}
