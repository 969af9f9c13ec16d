import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { ContractAction, ContractKind, ContractStatus, LicenceAlert, SupplierStatus } from '@storeops/shared/contracts';
import { TranslatePipe } from '@storeops/web/shared/util';

/** The i18n key of each contract, supplier and licence state: one place, so a table and a filter say the same word. */
export const statusKey = (s: ContractStatus) => `sup.contract.status.${s}`;
export const actionKey = (a: ContractAction | 'create' | 'expire') => `sup.contract.action.${a}`;
export const kindKey = (k: ContractKind) => `sup.contract.kind.${k}`;
export const supplierStatusKey = (s: SupplierStatus) => `sup.supplier.status.${s}`;
export const alertKey = (a: LicenceAlert) => (a ? `sup.licence.alert.${a}` : '');

/** What a licence scan may be: the upload field's accept list, and what the API takes. */
export const LICENCE_FILE_TYPES = 'application/pdf,image/jpeg,image/png';

/** Table, chip and card styles shared by the area's pages. */
export const AREA_STYLES = `
  :host { display: block; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; margin-bottom: 12px; align-items: center; }
  .toolbar mat-form-field { width: 180px; }
  .toolbar .picker { width: 240px; }
  .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); margin-bottom: 16px; overflow: hidden; }
  .card h2, .card h3 { font: var(--mat-sys-title-medium); margin: 0; padding: 12px 16px 4px; }
  .card .body { padding: 8px 16px 16px; }
  .progress { height: 4px; }
  .table-scroll { overflow-x: auto; }
  .table { width: 100%; border-collapse: collapse; }
  .table th, .table td { padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; vertical-align: top; }
  .table th { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
  .num { text-align: right !important; font-variant-numeric: tabular-nums; }
  .nowrap { white-space: nowrap; }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); white-space: nowrap; background: var(--mat-sys-surface-container-highest); }
  .st-submitted, .st-onboarding { background: #d3e3fd; color: #0842a0; }
  .st-returned, .r-partly_met { background: #ffefc9; color: #6d4c00; }
  .st-approved, .st-signed, .st-active, .r-met, .al-ok { background: #d8f3e4; color: #0b5d34; }
  .st-archived { background: #e3e3e3; color: #333; }
  .st-expired, .st-terminated, .st-eliminated, .al-d7, .r-breached, .renewal { background: #ffdad6; color: #8c1d18; }
  /* Licence alerts grow warmer as the end nears: 60 days yellow, 30 amber, 7 light red, lapsed solid red. */
  .al-d60 { background: #fff4c2; color: #5c4a00; }
  .al-d30 { background: #ffdcb5; color: #7a3e00; }
  .al-expired { background: #b3261e; color: #fff; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 16px; }
  .grid dt { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-medium); }
  .grid dd { margin: 0 0 8px; }
  /* Wide tables scroll sideways on a phone instead of squeezing their text to one character per line. */
  .table.wide { min-width: 720px; }
  /* A file input styled as a link: the browser's own "Choose File" button is hidden (and not translated). */
  .upload { position: relative; display: inline-flex; align-items: center; gap: 4px; cursor: pointer; color: var(--mat-sys-primary); }
  .upload input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
  .upload:focus-within { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; border-radius: 4px; }
  @media (max-width: 599.98px) {
    .toolbar mat-form-field { width: calc(50% - 6px); }
    .toolbar .picker { width: 100%; }
    .table th, .table td { padding: 6px 8px; }
  }
`;

/** The area's sub-navigation. */
@Component({
  selector: 'so-suppliers-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="subnav" [attr.aria-label]="'sup.nav.label' | t">
      <a routerLink="/suppliers" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{ 'sup.nav.home' | t }}</a>
      <a routerLink="/suppliers/contracts" routerLinkActive="active" data-testid="subnav-contracts">{{ 'sup.nav.contracts' | t }}</a>
      <a routerLink="/suppliers/directory" routerLinkActive="active" data-testid="subnav-suppliers">{{ 'sup.nav.suppliers' | t }}</a>
      <a routerLink="/suppliers/licences" routerLinkActive="active" data-testid="subnav-licences">{{ 'sup.nav.licences' | t }}</a>
      <a routerLink="/suppliers/ranking" routerLinkActive="active" data-testid="subnav-ranking">{{ 'sup.nav.ranking' | t }}</a>
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
      padding: 8px 12px;
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
export class SuppliersNav {}
