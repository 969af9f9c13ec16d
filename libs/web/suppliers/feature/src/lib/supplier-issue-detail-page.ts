import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, numberAttribute, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SUPPLIER_ISSUE_WORKFLOW, SupplierIssueAction } from '@storeops/shared/contracts';
import { SupplierIssueStore } from '@storeops/web/suppliers/data-access';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { describeError } from './shared';
import { ISSUE_STYLES } from './supplier-issue-shared';

/** One supplier issue: its deadlines, the timeline, and the actions the API allows the caller now. */
@Component({
  selector: 'so-supplier-issue-detail-page',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [SupplierIssueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'supIssues.detail.title' | t" />
    <p>
      <a mat-button routerLink="/supplier-issues"><mat-icon>arrow_back</mat-icon>{{ 'supIssues.list.title' | t }}</a>
    </p>
    @if (store.loading() && !store.issue()) {
      <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'supIssues.detail.loading' | t" />
      <p class="muted">{{ 'supIssues.detail.loading' | t }}</p>
    }
    @if (store.error(); as e) {
      <so-error-banner [message]="'common.loadError' | t: { message: e.message }" [retryLabel]="'common.retry' | t" (retry)="load()" />
    }
    @if (store.issue(); as i) {
      <section class="card" data-testid="issue-detail">
        <h2>
          <a [routerLink]="['/suppliers/directory', i.supplierId]"
            ><span class="mono">{{ i.supplierCode }}</span> {{ i.supplierName }}</a
          >
          · {{ 'supIssues.kind.' + i.kind | t }}
        </h2>
        <div class="body">
          <p>
            <span class="chip" [class]="'chip st-' + i.status" data-testid="detail-status">{{ 'supIssues.status.' + i.status | t }}</span>
            @if (i.overdue) {
              <span class="late" data-testid="detail-overdue"> {{ 'supIssues.overdue' | t }}</span>
            }
            @if (i.round > 1) {
              <span class="muted"> {{ 'supIssues.detail.round' | t: { n: i.round } }}</span>
            }
          </p>
          <p class="description">{{ i.description }}</p>
          <dl class="grid">
            <div>
              <dt>{{ 'supIssues.field.responseDue' | t }}</dt>
              <dd data-testid="detail-response-due">{{ i.responseDueAt | localDate: true }}</dd>
            </div>
            <div>
              <dt>{{ 'supIssues.field.fixDue' | t }}</dt>
              <dd data-testid="detail-fix-due">
                {{ i.fixDueAt | localDate }}
                <span class="muted">{{
                  (i.fixClauseId ? 'supIssues.detail.fixFromClause' : 'supIssues.detail.fixDefault') | t: { n: i.fixDays }
                }}</span>
              </dd>
            </div>
            <div>
              <dt>{{ 'supIssues.field.contract' | t }}</dt>
              <dd>{{ i.contractNumber ?? '—' }}</dd>
            </div>
            <div>
              <dt>{{ 'supIssues.field.store' | t }}</dt>
              <dd>{{ i.storeName ?? '—' }}</dd>
            </div>
            <div>
              <dt>{{ 'supIssues.field.source' | t }}</dt>
              <dd>{{ 'supIssues.source.' + i.source.kind | t }}</dd>
            </div>
            <div>
              <dt>{{ 'supIssues.field.raisedBy' | t }}</dt>
              <dd>{{ i.raisedByName }} · {{ i.raisedAt | localDate: true }}</dd>
            </div>
          </dl>
        </div>
      </section>

      <section class="card">
        <h2>{{ 'supIssues.detail.actions' | t }}</h2>
        <div class="body">
          @if (done(); as d) {
            <p data-testid="action-done">{{ 'supIssues.detail.done' | t: { status: ('supIssues.status.' + d | t) } }}</p>
          }
          @if (i.allowedActions.length) {
            <div class="buttons">
              @for (a of i.allowedActions; track a) {
                <button mat-stroked-button type="button" (click)="open(a)" [attr.data-testid]="'action-' + a">
                  {{ 'supIssues.action.' + a | t }}
                </button>
              }
            </div>
          } @else {
            <p class="muted" data-testid="no-actions">{{ 'supIssues.detail.noActions' | t }}</p>
          }
          @if (action(); as a) {
            <form class="action-form" (ngSubmit)="submit(a)" novalidate [attr.data-testid]="'form-' + a">
              <mat-form-field class="full">
                <mat-label>{{ (noteRequired(a) ? 'supIssues.detail.note' : 'supIssues.detail.noteOptional') | t }}</mat-label>
                <textarea matInput rows="3" name="note" [(ngModel)]="note" [attr.data-testid]="'note-' + a"></textarea>
              </mat-form-field>
              @if (actionError(); as e) {
                <so-error-banner [message]="e" data-testid="action-error" />
              }
              <div class="buttons">
                <button mat-flat-button type="submit" [disabled]="store.saving()" [attr.data-testid]="'submit-' + a">
                  {{ 'supIssues.action.' + a | t }}
                </button>
                <button mat-button type="button" (click)="action.set(null)">{{ 'common.cancel' | t }}</button>
              </div>
            </form>
          }
        </div>
      </section>

      <section class="card">
        <h2>{{ 'supIssues.detail.timeline' | t }}</h2>
        <ol class="body timeline" data-testid="issue-timeline">
          @for (e of i.timeline; track $index) {
            <li>
              <strong>{{ 'supIssues.event.' + e.action | t }}</strong>
              <span class="muted"> · {{ e.byName }} · {{ e.at | localDate: true }}</span>
              @if (e.note) {
                <div>{{ e.note }}</div>
              }
            </li>
          }
        </ol>
      </section>
    }
  `,
  styles: [
    ISSUE_STYLES,
    `
      .description {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .action-form {
        margin-top: 12px;
      }
      .full {
        width: 100%;
      }
      .timeline {
        margin: 0;
        padding-left: 32px;
      }
      .timeline li {
        margin-bottom: 8px;
      }
    `,
  ],
})
export class SupplierIssueDetailPage implements OnInit {
  protected readonly store = inject(SupplierIssueStore);
  private readonly i18n = inject(I18nService);
  readonly id = input.required({ transform: numberAttribute });
  protected readonly action = signal<SupplierIssueAction | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected note = '';
  private readonly status = computed(() => this.store.issue()?.status);

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.store.load(this.id());
  }

  protected noteRequired(action: SupplierIssueAction): boolean {
    const status = this.status();
    return !!status && !!SUPPLIER_ISSUE_WORKFLOW[status][action]?.noteRequired;
  }

  protected open(action: SupplierIssueAction): void {
    this.action.set(action);
    this.actionError.set(null);
    this.done.set(null);
    this.note = '';
  }

  protected async submit(action: SupplierIssueAction): Promise<void> {
    const note = this.note.trim();
    if (this.noteRequired(action) && !note) {
      this.actionError.set(this.i18n.t('supIssues.detail.noteRequired'));
      return;
    }
    try {
      const issue = await this.store.transition({ action, ...(note ? { note } : {}) });
      this.action.set(null);
      this.done.set(issue.status);
    } catch (e) {
      this.actionError.set(describeError(e, this.i18n));
    }
  }
}
