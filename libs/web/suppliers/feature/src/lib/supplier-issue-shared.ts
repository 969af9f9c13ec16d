import { Role, SUPPLIER_ISSUE_WRITERS } from '@storeops/shared/contracts';
import { lazyTexts } from '@storeops/web/shared/util';

/** The 供应商问题 texts, kept out of the initial bundle: fetched before an issue page (or the supplier page) renders. */
export const supplierIssueTexts = lazyTexts({
  'zh-CN': () => import('./i18n/supIssues.zh-cn').then((m) => m.SUP_ISSUES_ZH_CN),
  en: () => import('./i18n/supIssues.en').then((m) => m.SUP_ISSUES_EN),
});

export function isIssueWriter(role: Role | null | undefined): boolean {
  return !!role && SUPPLIER_ISSUE_WRITERS.includes(role);
}

export const ISSUE_STYLES = `
  :host { display: block; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; margin-bottom: 12px; align-items: center; }
  .toolbar mat-form-field { width: 180px; }
  .toolbar .picker { width: 240px; }
  .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); margin-bottom: 16px; overflow: hidden; }
  .card h2 { font: var(--mat-sys-title-medium); margin: 0; padding: 12px 16px 4px; }
  .body { padding: 8px 16px 16px; }
  .progress { height: 4px; }
  .table-scroll { overflow-x: auto; }
  .table { width: 100%; border-collapse: collapse; }
  .table th, .table td { padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; vertical-align: top; }
  .table th { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
  .nowrap { white-space: nowrap; }
  /* A supplier's name keeps a readable width on a phone; the table scrolls sideways instead. */
  .supplier-cell { min-width: 10em; }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .late { color: #b3261e; font-weight: 500; }
  .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); white-space: nowrap; background: var(--mat-sys-surface-container-highest); }
  .st-open, .st-responded { background: #d3e3fd; color: #0842a0; }
  .st-fixed { background: #e8def8; color: #4a2c82; }
  .st-verified { background: #d8f3e4; color: #0b5d34; }
  .st-escalated { background: #ffdad6; color: #8c1d18; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 16px; margin: 0; }
  .grid dt { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-medium); }
  .grid dd { margin: 0 0 8px; overflow-wrap: anywhere; }
  .row-link { display: inline-flex; align-items: center; min-height: 44px; }
  button, a[mat-button], a[mat-flat-button], a[mat-stroked-button] { min-height: 44px; }
  @media (max-width: 599.98px) {
    .toolbar mat-form-field { width: calc(50% - 6px); }
    .toolbar .picker { width: 100%; }
    .table th, .table td { padding: 6px 8px; }
  }
`;
