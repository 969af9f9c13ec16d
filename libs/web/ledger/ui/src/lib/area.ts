import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import {
  ComplaintAction,
  ComplaintChannel,
  ComplaintDeadlineStatus,
  ComplaintDepartment,
  ComplaintEventAction,
  ComplaintGroupBy,
  ComplaintSeverity,
  ComplaintStage,
  ComplaintStatus,
  Satisfaction,
} from '@storeops/shared/contracts';
import { TranslatePipe } from '@storeops/web/shared/util';

/** The i18n key of each complaint word: one place, so a table, a chip and a filter say the same thing. */
export const statusKey = (s: ComplaintStatus) => `complaints.status.${s}`;
export const actionKey = (a: ComplaintAction | ComplaintEventAction) => `complaints.action.${a}`;
export const channelKey = (c: ComplaintChannel) => `complaints.channel.${c}`;
export const stageKey = (s: ComplaintStage) => `complaints.stage.${s}`;
export const severityKey = (s: ComplaintSeverity) => `complaints.severity.${s}`;
export const satisfactionKey = (s: Satisfaction) => `complaints.satisfaction.${s}`;
export const departmentKey = (d: ComplaintDepartment) => `complaints.department.${d}`;
export const deadlineKey = (d: ComplaintDeadlineStatus) => `complaints.deadline.${d}`;
export const groupByKey = (g: ComplaintGroupBy) => `complaints.groupBy.${g}`;

/** Exhaustive: a value the contracts add fails to compile here until it has its place in the list. */
const ordered = <T extends string>(order: Record<T, number>): readonly T[] =>
  (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);

/*
 * The choices in the order the pages offer them, spelled out against the contracts' types rather than imported:
 * a value read from contracts/complaints.ts takes that module's code into the initial bundle (its top-level Role
 * destructuring keeps it there), which has no room for it.
 */
export const CHANNELS = ordered<ComplaintChannel>({ store: 0, phone: 1, '12315': 2, online: 3, letter: 4, other: 5 });
export const SEVERITIES = ordered<ComplaintSeverity>({ normal: 0, serious: 1 });
export const SATISFACTION_CHOICES = ordered<Satisfaction>({ satisfied: 0, neutral: 1, unsatisfied: 2 });
export const DEPARTMENTS = ordered<ComplaintDepartment>({ operations: 0, purchasing: 1, office: 2, logistics: 3, finance: 4, supplier: 5 });
export const GROUP_BYS = ordered<ComplaintGroupBy>({ category: 0, cause: 1, store: 2, region: 3 });
/** Statuses still being worked on (a stage clock runs): pause and merge apply to these. */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'assigned', 'plan_proposed', 'in_progress', 'resolved'];

/** What an attachment may be: the upload field's accept list, and what the API takes. */
export const COMPLAINT_FILE_TYPES = 'image/jpeg,image/png,application/pdf';

/** Card, table and chip styles shared by the complaints pages. */
export const COMPLAINT_STYLES = `
  :host { display: block; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; margin-bottom: 12px; align-items: center; }
  .toolbar mat-form-field { width: 180px; }
  .toolbar .picker { width: 240px; }
  .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); margin-bottom: 16px; overflow: hidden; }
  .card h2 { font: var(--mat-sys-title-medium); margin: 0; padding: 12px 16px 4px; }
  .card .body { padding: 8px 16px 16px; }
  .progress { height: 4px; }
  .table-scroll { overflow-x: auto; }
  .table { width: 100%; border-collapse: collapse; }
  .table th, .table td { padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; vertical-align: top; }
  .table th { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
  .num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .nowrap { white-space: nowrap; }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); white-space: nowrap; background: var(--mat-sys-surface-container-highest); }
  .st-received, .st-assigned { background: #d3e3fd; color: #0842a0; }
  .st-plan_proposed, .st-in_progress { background: #ffefc9; color: #6d4c00; }
  .st-resolved, .st-followed_up { background: #e8def8; color: #4a2c82; }
  .st-closed, .dl-done_on_time { background: #d8f3e4; color: #0b5d34; }
  .st-invalid, .st-merged, .dl-projected, .dl-paused { background: #e3e3e3; color: #333; }
  .dl-due_soon { background: #ffdcb5; color: #7a3e00; }
  .dl-overdue, .dl-done_late, .key { background: #ffdad6; color: #8c1d18; }
  .late { color: #b3261e; font-weight: 500; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 16px; }
  .grid dt { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-medium); }
  .grid dd { margin: 0 0 8px; overflow-wrap: anywhere; }
  .upload { position: relative; display: inline-flex; align-items: center; gap: 4px; min-height: 44px; cursor: pointer; color: var(--mat-sys-primary); }
  .upload input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
  .upload:focus-within { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; border-radius: 4px; }
  button, a[mat-button], a[mat-flat-button], a[mat-stroked-button] { min-height: 44px; }
  @media (max-width: 599.98px) {
    .toolbar mat-form-field { width: calc(50% - 6px); }
    .toolbar .picker { width: 100%; }
    .table th, .table td { padding: 6px 8px; }
  }
`;

/** The complaints area's sub-navigation: the queue, the intake (for those who record), the reports. */
@Component({
  selector: 'so-complaints-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="subnav" [attr.aria-label]="'complaints.nav.label' | t">
      <a routerLink="/complaints" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" data-testid="subnav-queue">{{
        queueLabel() | t
      }}</a>
      @if (canRecord()) {
        <a routerLink="/complaints/new" routerLinkActive="active" data-testid="subnav-new">{{ 'complaints.nav.new' | t }}</a>
      }
      <a routerLink="/complaints/reports" routerLinkActive="active" data-testid="subnav-reports">{{ 'complaints.nav.reports' | t }}</a>
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
export class ComplaintsNav {
  readonly queueLabel = input('complaints.nav.queue');
  readonly canRecord = input(false);
}
