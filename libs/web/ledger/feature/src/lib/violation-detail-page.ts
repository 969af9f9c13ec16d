import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AppealDecision, Role } from '@storeops/shared/contracts';
import { ViolationStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_FILE_TYPES } from '@storeops/web/ledger/ui';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, isApiError, LocalDatePipe, NumberFormatPipe, roleKey, TranslatePipe } from '@storeops/web/shared/util';
import { formatBytes } from './shared';
import { VIOLATION_STYLES, ViolationsNav } from './violation-area';
import {
  appealNote,
  categoryKey,
  isViolationOffice,
  penaltyText,
  statusKey,
  subjectTypeKey,
  ViolationAction,
  violationActions,
  violationErrorText,
  violationTimeline,
} from './violation-logic';

/**
 * One violation: the subject, the rule, the facts, the penalty proposed from the prior count, its history, evidence,
 * and the actions the caller may take now — 批准 (the office), 申诉 (the subject's manager, once, with a reason),
 * 裁定申诉 (the office). Each write sends the version shown; a conflict says so and shows the violation as it now is.
 */
@Component({
  selector: 'so-violation-detail-page',
  imports: [
    FormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
    ViolationsNav,
  ],
  providers: [ViolationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'violations.detail.title' | t" [intro]="v()?.subjectName ?? ''" />
    <so-violations-nav [canRecord]="canRecord()" />

    @if (store.error(); as error) {
      @if (error.statusCode === 404 || error.statusCode === 403) {
        <so-empty-state icon="gavel" [title]="'violations.detail.notFound' | t" [text]="error.message" testId="detail-not-found" />
      } @else {
        <so-error-banner
          [message]="'common.loadError' | t: { message: error.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="reload()"
        />
      }
    }
    <div class="progress">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'violations.detail.loading' | t" />
      }
    </div>
    @if (!v() && store.loading()) {
      <p class="muted">{{ 'violations.detail.loading' | t }}</p>
    }

    @if (v(); as v) {
      <section class="card">
        <div class="head body">
          <span class="chip vs-{{ v.status }}" data-testid="detail-status">{{ statusKey(v.status) | t }}</span>
          <span class="penalty" data-testid="detail-penalty">{{ penalty(v.proposedPenalty) }}</span>
          <span class="muted" data-testid="detail-prior">{{ 'violations.detail.priorLine' | t: { n: (v.priorCount | num: 0) } }}</span>
        </div>
        <dl class="grid body">
          <div>
            <dt>{{ 'violations.field.subject' | t }}</dt>
            <dd data-testid="detail-subject">{{ subjectTypeKey(v.subjectType) | t }} · {{ v.subjectName }}</dd>
          </div>
          @if (v.storeName && v.subjectType !== 'store') {
            <div>
              <dt>{{ 'violations.field.store' | t }}</dt>
              <dd>
                <span class="mono">{{ v.storeCode }}</span> {{ v.storeName }}
              </dd>
            </div>
          }
          <div>
            <dt>{{ 'violations.field.rule' | t }}</dt>
            <dd data-testid="detail-rule">
              <span class="mono">{{ v.ruleCode }}</span> {{ v.ruleTitle }}
              @if (v.category) {
                <span class="muted">（{{ categoryKey(v.category) | t }}）</span>
              }
            </dd>
          </div>
          <div>
            <dt>{{ 'violations.field.occurredAt' | t }}</dt>
            <dd>{{ v.occurredAt | localDate: true }}</dd>
          </div>
          <div>
            <dt>{{ 'violations.field.penalty' | t }}</dt>
            <dd>{{ penalty(v.proposedPenalty) }}{{ 'violations.preview.step' | t: { n: v.proposedPenalty.step + 1 } }}</dd>
          </div>
          <div>
            <dt>{{ 'violations.field.appealer' | t }}</dt>
            <dd>{{ v.appealerRole ? (roleKey(v.appealerRole) | t) : ('violations.appeal.none' | t) }}</dd>
          </div>
          <div class="wide">
            <dt>{{ 'violations.field.facts' | t }}</dt>
            <dd class="text" data-testid="detail-facts">{{ v.facts }}</dd>
          </div>
        </dl>
      </section>

      <section class="card" data-testid="actions">
        <h2>{{ 'violations.detail.actions' | t }}</h2>
        <div class="body">
          @if (done(); as d) {
            <p class="ok-text" data-testid="action-done" role="status">{{ d }}</p>
          }
          @if (actionError(); as e) {
            <so-error-banner [message]="e" data-testid="action-error" />
          }
          @if (actions().length) {
            <div class="buttons">
              @for (a of actions(); track a) {
                <button
                  mat-stroked-button
                  type="button"
                  [class.selected]="panel() === a"
                  (click)="open(a)"
                  [attr.data-testid]="'action-' + a"
                >
                  {{ actionKey(a) | t }}
                </button>
              }
            </div>
          } @else {
            <p class="muted" data-testid="no-actions">{{ 'violations.detail.noActions' | t }}</p>
          }
          @if (note(); as n) {
            <p class="muted" data-testid="appeal-note">{{ n | t }}</p>
          }

          @switch (panel()) {
            @case ('approve') {
              <div class="panel" data-testid="form-approve">
                <mat-form-field class="full">
                  <mat-label>{{ 'violations.form.comment' | t }}</mat-label>
                  <textarea matInput rows="2" maxlength="500" [(ngModel)]="comment" data-testid="approve-comment"></textarea>
                </mat-form-field>
                <button mat-flat-button type="button" [disabled]="store.saving()" (click)="approve()" data-testid="submit-approve">
                  {{ 'violations.action.approve' | t }}
                </button>
              </div>
            }
            @case ('appeal') {
              <div class="panel" data-testid="form-appeal">
                <p class="muted">{{ 'violations.appeal.once' | t }}</p>
                <mat-form-field class="full">
                  <mat-label>{{ 'violations.form.reason' | t }}</mat-label>
                  <textarea matInput rows="3" maxlength="1000" [(ngModel)]="reason" data-testid="appeal-reason" required></textarea>
                  @if (reasonMissing()) {
                    <mat-error>{{ 'violations.form.required' | t }}</mat-error>
                  }
                </mat-form-field>
                @if (reasonMissing()) {
                  <p class="warn-text" data-testid="appeal-reason-missing">{{ 'violations.form.reasonRequired' | t }}</p>
                }
                <button mat-flat-button type="button" [disabled]="store.saving()" (click)="appeal()" data-testid="submit-appeal">
                  {{ 'violations.action.appeal' | t }}
                </button>
              </div>
            }
            @case ('decide') {
              <div class="panel" data-testid="form-decide">
                @if (v.appeal; as ap) {
                  <p>
                    <span class="muted">{{ 'violations.appeal.reasonOf' | t: { by: ap.by } }}</span
                    ><br />
                    <span class="text">{{ ap.reason }}</span>
                  </p>
                }
                <mat-form-field class="full">
                  <mat-label>{{ 'violations.form.comment' | t }}</mat-label>
                  <textarea matInput rows="2" maxlength="500" [(ngModel)]="comment" data-testid="decide-comment"></textarea>
                </mat-form-field>
                <div class="buttons">
                  <button mat-flat-button type="button" [disabled]="store.saving()" (click)="decide('uphold')" data-testid="submit-uphold">
                    {{ 'violations.decision.uphold' | t }}
                  </button>
                  <button
                    mat-stroked-button
                    type="button"
                    class="warn-text"
                    [disabled]="store.saving()"
                    (click)="decide('overturn')"
                    data-testid="submit-overturn"
                  >
                    {{ 'violations.decision.overturn' | t }}
                  </button>
                </div>
              </div>
            }
          }
        </div>
      </section>

      <section class="card" data-testid="attachments">
        <h2>{{ 'violations.attachments.title' | t }}</h2>
        <div class="body">
          @for (a of v.attachments; track a.id) {
            <div data-testid="attachment">
              <a [href]="'/api/violations/' + v.id + '/attachments/' + a.id" target="_blank" rel="noopener" class="mono">{{
                a.fileName
              }}</a>
              <span class="muted"> · {{ formatBytes(a.bytes) }} · {{ a.uploadedAt | localDate: true }}</span>
            </div>
          } @empty {
            <p class="muted">{{ 'violations.attachments.none' | t }}</p>
          }
          @if (canRecord()) {
            @if (attachError(); as e) {
              <so-error-banner [message]="e" data-testid="attach-error" />
            }
            <label class="upload">
              <mat-icon>attach_file</mat-icon> {{ 'violations.attachments.add' | t }}
              <input type="file" [accept]="fileTypes" (change)="upload($event)" data-testid="detail-attach" />
            </label>
          }
        </div>
      </section>

      <section class="card" data-testid="timeline">
        <h2>{{ 'violations.timeline.title' | t }}</h2>
        <ol class="timeline body">
          @for (e of timeline(); track $index) {
            <li data-testid="timeline-entry" [attr.data-step]="e.key">
              <strong>{{ 'violations.timeline.' + e.key | t }}</strong>
              <span class="muted"> · {{ e.by }} · {{ e.at | localDate: true }}</span>
              @if (e.text) {
                <div class="text">{{ e.text }}</div>
              }
            </li>
          }
        </ol>
      </section>
      <a mat-button routerLink="/violations" data-testid="back-to-list"
        ><mat-icon>arrow_back</mat-icon>{{ 'violations.detail.back' | t }}</a
      >
    }
  `,
  styles: [
    VIOLATION_STYLES,
    `
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 16px;
        padding-top: 16px;
      }
      .head .penalty {
        font: var(--mat-sys-title-medium);
      }
      .grid .wide {
        grid-column: 1 / -1;
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .buttons button.selected {
        background: var(--mat-sys-secondary-container);
      }
      .panel {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 4px;
        margin-top: 12px;
        padding: 12px;
        border-radius: 8px;
        background: var(--mat-sys-surface-container-low);
        max-width: 720px;
      }
      .full {
        width: 100%;
      }
      .warn-text {
        color: var(--mat-sys-error) !important;
      }
      .ok-text {
        color: #0b5d34;
        font-weight: 500;
      }
      .timeline {
        margin: 0;
        padding-left: 36px;
      }
      .timeline li {
        margin-bottom: 8px;
      }
    `,
  ],
})
export class ViolationDetailPage implements OnInit {
  protected readonly store = inject(ViolationStore);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  readonly role = input<Role | null>(null);

  protected readonly statusKey = statusKey;
  protected readonly subjectTypeKey = subjectTypeKey;
  protected readonly categoryKey = categoryKey;
  protected readonly roleKey = roleKey;
  protected readonly formatBytes = formatBytes;
  protected readonly fileTypes = COMPLAINT_FILE_TYPES;
  protected readonly actionKey = (a: ViolationAction) => `violations.action.${a}`;

  protected readonly panel = signal<ViolationAction | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly attachError = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly reasonMissing = signal(false);
  protected comment = '';
  protected reason = '';

  protected readonly v = computed(() => this.store.violation());
  protected readonly canRecord = computed(() => isViolationOffice(this.role()));
  protected readonly actions = computed(() => violationActions(this.v()));
  /** For the one who would appeal; the office decides and needs no reminder that the appeal was used. */
  protected readonly note = computed(() => (isViolationOffice(this.role()) ? null : appealNote(this.v())));
  protected readonly timeline = computed(() => {
    const v = this.v();
    return v ? violationTimeline(v) : [];
  });

  ngOnInit(): void {
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.store.load(Number(this.id()));
  }

  protected penalty(step: Parameters<typeof penaltyText>[0]): string {
    return penaltyText(step, (k) => this.i18n.t(k), this.i18n.locale());
  }

  protected open(action: ViolationAction): void {
    this.actionError.set(null);
    this.done.set(null);
    this.reasonMissing.set(false);
    this.comment = '';
    this.reason = '';
    this.panel.set(this.panel() === action ? null : action);
  }

  protected approve(): Promise<void> {
    return this.run(() => this.store.approve(this.comment.trim() || undefined), 'approve');
  }

  protected appeal(): Promise<void> {
    const reason = this.reason.trim();
    if (!reason) {
      this.reasonMissing.set(true);
      return Promise.resolve();
    }
    return this.run(() => this.store.appeal(reason), 'appeal');
  }

  protected decide(decision: AppealDecision): Promise<void> {
    return this.run(() => this.store.decide(decision, this.comment.trim() || undefined), 'decide', decision);
  }

  protected async upload(event: Event): Promise<void> {
    const el = event.target as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    this.attachError.set(null);
    try {
      await this.store.attach(file);
    } catch (e) {
      this.attachError.set(violationErrorText(e, this.i18n));
    } finally {
      el.value = '';
    }
  }

  private async run(write: () => Promise<unknown>, action: ViolationAction, decision?: AppealDecision): Promise<void> {
    this.actionError.set(null);
    try {
      await write();
      this.panel.set(null);
      const what = decision ? this.i18n.t(`violations.decision.${decision}`) : this.i18n.t(this.actionKey(action));
      this.done.set(this.i18n.t('violations.done', { action: what }));
    } catch (e) {
      this.actionError.set(violationErrorText(e, this.i18n));
      // Someone else moved it on (a stale version, the appeal already used): show it as it now is, keeping the message.
      if (isApiError(e) && e.statusCode === 409) {
        this.panel.set(null);
        await this.reload();
      }
    }
  }
}
