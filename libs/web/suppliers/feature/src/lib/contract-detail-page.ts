import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  ApiError,
  CLAUSE_RESULTS,
  ClauseCheckResponse,
  ClauseResult,
  ContractAction,
  REVIEW_CHECKLIST,
  ReviewChecklistItem,
  Role,
} from '@storeops/shared/contracts';
import { StoreDirectoryStore } from '@storeops/web/org/data-access';
import { ContractStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { FollowUpDialog, FollowUpDialogData } from './follow-up-dialog';
import {
  actionKey,
  AREA_STYLES,
  describeError,
  expireNoteDate,
  formatBytes,
  kindKey,
  personLabel,
  previousMonth,
  statusKey,
  SuppliersNav,
} from './shared';

/** One contract: terms, clauses, attachments, the actions the caller may take, revision changes, timeline, clause checks. */
@Component({
  selector: 'so-contract-detail-page',
  imports: [
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    MatOption,
    MatSelect,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
    SuppliersNav,
  ],
  providers: [ContractStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-suppliers-nav />
    <div class="progress">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
      }
    </div>
    @if (store.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="reload()"
      />
    }
    @if (store.contract(); as c) {
      <so-page-header [title]="c.number + ' · ' + c.title">
        <span [class]="'chip st-' + c.status" data-testid="detail-status">{{ statusKey(c.status) | t }}</span>
        <span class="chip" data-testid="detail-revision">{{ 'contract.revision' | t: { n: c.revision } }}</span>
        @if (c.renewalDue) {
          <span class="chip renewal">{{ 'contract.renewal' | t }}</span>
        }
      </so-page-header>

      <section class="card">
        <dl class="grid body">
          <div>
            <dt>{{ 'contract.supplier' | t }}</dt>
            <dd>{{ c.supplierCode }} {{ c.supplierName }}</dd>
          </div>
          <div>
            <dt>{{ 'contract.kind' | t }}</dt>
            <dd>{{ kindKey(c.kind) | t }}</dd>
          </div>
          <div>
            <dt>{{ 'contract.term' | t }}</dt>
            <dd>{{ c.startDate | localDate }} – {{ c.endDate | localDate }}</dd>
          </div>
          <div>
            <dt>{{ 'contract.paymentDays' | t }}</dt>
            <dd data-testid="detail-payment-days">{{ c.paymentDays | num: 0 }}</dd>
          </div>
          <div>
            <dt>{{ 'contract.rebateRate' | t }}</dt>
            <dd>{{ c.rebateRate | num: 2 }} %</dd>
          </div>
          <div>
            <dt>{{ 'contract.stores' | t }}</dt>
            <dd [title]="storeNames()">{{ 'contract.storesCount' | t: { n: c.storeIds.length } }}</dd>
          </div>
          <div>
            <dt>{{ 'contract.createdBy' | t }}</dt>
            <dd>{{ person(c.createdByName, c.createdBy) }}</dd>
          </div>
        </dl>
      </section>

      <section class="card">
        <h2>{{ 'contract.clauses' | t }}</h2>
        <ol class="body clauses">
          @for (cl of c.clauses; track cl.id) {
            <li>
              {{ cl.text }} <strong>{{ cl.commitment }}</strong>
            </li>
          }
        </ol>
      </section>

      <section class="card" data-testid="actions-card">
        <h2>{{ 'contract.actions' | t }}</h2>
        <div class="body">
          @if (actionError(); as e) {
            <so-error-banner [message]="e" data-testid="action-error" />
          }
          @if (canEdit()) {
            <a mat-stroked-button [routerLink]="['/suppliers/contracts', c.id, 'edit']" data-testid="contract-edit"
              ><mat-icon>edit</mat-icon>{{ 'contract.edit' | t }}</a
            >
          }
          @if (c.allowedActions.length) {
            @if (c.allowedActions.includes('approve')) {
              <fieldset class="checklist" data-testid="review-checklist">
                <legend>
                  {{ 'contract.checklist' | t }} · <span class="muted">{{ 'contract.checklistHint' | t }}</span>
                </legend>
                @for (item of checklistItems; track item) {
                  <mat-checkbox [checked]="checklist()[item]" (change)="tick(item, $event.checked)" [attr.data-testid]="'check-' + item">{{
                    'contract.check.' + item | t
                  }}</mat-checkbox>
                }
              </fieldset>
            }
            <mat-form-field class="comment">
              <mat-label>{{ 'contract.comment' | t }}</mat-label>
              <textarea
                matInput
                rows="2"
                [value]="comment()"
                (input)="comment.set($any($event.target).value)"
                data-testid="transition-comment"
              ></textarea>
            </mat-form-field>
            <div class="buttons">
              @for (a of c.allowedActions; track a) {
                <button
                  mat-flat-button
                  type="button"
                  [class.warn]="a === 'return' || a === 'terminate'"
                  [disabled]="store.saving() || !ready(a)"
                  (click)="act(a)"
                  [attr.data-testid]="'action-' + a"
                >
                  {{ actionKey(a) | t }}
                </button>
              }
            </div>
            @if (c.allowedActions.includes('return') || c.allowedActions.includes('terminate')) {
              <p class="muted">{{ 'contract.commentRequired' | t }}</p>
            }
          } @else if (!canEdit()) {
            <p class="muted">{{ 'contract.noActions' | t }}</p>
          }
        </div>
      </section>

      @if (store.revisions().length > 1) {
        <section class="card" data-testid="revision-diff">
          <h2>{{ 'contract.revisions' | t }}</h2>
          @for (r of laterRevisions(); track r.revision) {
            <h3>
              {{ 'contract.revision' | t: { n: r.revision } }} ← {{ 'contract.revision' | t: { n: r.revision - 1 } }} ·
              <span class="muted">{{ person(r.submittedByName, r.submittedBy) }} · {{ r.submittedAt | localDate: true }}</span>
            </h3>
            @if (r.changes.length) {
              <div class="table-scroll">
                <table class="table">
                  <thead>
                    <tr>
                      <th>{{ 'contract.field' | t }}</th>
                      <th>{{ 'contract.before' | t }}</th>
                      <th>{{ 'contract.after' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (ch of r.changes; track ch.field) {
                      <tr data-testid="diff-row">
                        <td class="nowrap">{{ fieldLabel(ch.field) | t }}{{ clauseSuffix(ch.field) }}</td>
                        <td class="before">{{ ch.before ?? '—' }}</td>
                        <td class="after">{{ ch.after ?? '—' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            } @else {
              <p class="body muted">{{ 'contract.noRevisionChanges' | t }}</p>
            }
          }
        </section>
      }

      <section class="card">
        <h2>{{ 'contract.attachments' | t }}</h2>
        <div class="body">
          @for (a of c.attachments ?? []; track a.id) {
            <div>
              <a [href]="'/api/contracts/' + c.id + '/attachments/' + a.id" target="_blank" rel="noopener">{{ a.fileName }}</a>
              <span class="muted">· {{ formatBytes(a.bytes) }} · {{ person(a.uploadedByName, a.uploadedBy) }}</span>
            </div>
          } @empty {
            <p class="muted">{{ 'contract.noAttachments' | t }}</p>
          }
          @if (attachError(); as e) {
            <so-error-banner [message]="e" data-testid="attach-error" />
          }
          @if (canAttach()) {
            <label class="upload">
              <mat-icon>attach_file</mat-icon> {{ 'contract.attach' | t }}
              <input type="file" accept="application/pdf,image/jpeg,image/png" (change)="upload($event)" data-testid="attach-input" />
            </label>
          }
        </div>
      </section>

      <section class="card" data-testid="timeline">
        <h2>{{ 'contract.timeline' | t }}</h2>
        <ol class="timeline body">
          @for (e of c.timeline ?? []; track $index) {
            <li data-testid="timeline-entry" [attr.data-action]="e.action">
              <div>
                <strong>{{ actionKey(e.action) | t }}</strong>
                @if (e.fromStatus) {
                  <span class="muted"> · {{ statusKey(e.fromStatus) | t }} → {{ statusKey(e.toStatus) | t }}</span>
                }
              </div>
              <div class="muted">
                {{ e.byName }} ({{ e.by }}) · {{ e.at | localDate: true }} · {{ 'contract.revision' | t: { n: e.revision } }}
              </div>
              @if (e.action === 'expire' && expireNoteDate(e.comment); as date) {
                <div class="comment-text">{{ 'contract.expiredNote' | t: { date: (date | localDate) } }}</div>
              } @else if (e.comment) {
                <div class="comment-text">{{ e.comment }}</div>
              }
            </li>
          }
        </ol>
      </section>

      <section class="card" data-testid="clause-checks">
        <h2>{{ 'contract.clauseChecks' | t }}</h2>
        @if (checkError(); as e) {
          <div class="body"><so-error-banner [message]="e" data-testid="check-error" /></div>
        }
        @if (canCheck()) {
          <div class="toolbar body">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'contract.clauseText' | t }}</mat-label>
              <mat-select [value]="checkClause()" (selectionChange)="checkClause.set($event.value)" data-testid="check-clause">
                @for (cl of c.clauses; track cl.id) {
                  <mat-option [value]="cl.id">{{ cl.text }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'contract.checkPeriod' | t }}</mat-label>
              <input
                matInput
                type="month"
                [value]="checkPeriod()"
                (change)="checkPeriod.set($any($event.target).value)"
                data-testid="check-period"
              />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'contract.checkResult' | t }}</mat-label>
              <mat-select [value]="checkResult()" (selectionChange)="checkResult.set($event.value)" data-testid="check-result">
                @for (r of results; track r) {
                  <mat-option [value]="r">{{ 'contract.result.' + r | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'contract.evidence' | t }}</mat-label>
              <input matInput [value]="checkEvidence()" (input)="checkEvidence.set($any($event.target).value)" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'contract.note' | t }}</mat-label>
              <input matInput [value]="checkNote()" (input)="checkNote.set($any($event.target).value)" data-testid="check-note" />
            </mat-form-field>
            <button
              mat-flat-button
              type="button"
              [disabled]="!checkClause() || store.saving()"
              (click)="recordCheck()"
              data-testid="check-save"
            >
              {{ 'contract.recordCheck' | t }}
            </button>
          </div>
        }
        @if (store.clauseChecks().length) {
          @if (followUps().open + followUps().closed) {
            <p class="body muted" data-testid="follow-up-summary">{{ 'followUp.summary' | t: followUps() }}</p>
          }
          <div class="table-scroll">
            <table class="table wide">
              <thead>
                <tr>
                  <th>{{ 'contract.checkPeriod' | t }}</th>
                  <th>{{ 'contract.clauseText' | t }}</th>
                  <th>{{ 'contract.checkResult' | t }}</th>
                  <th>{{ 'contract.evidence' | t }}</th>
                  <th>{{ 'contract.note' | t }}</th>
                  <th>{{ 'contract.followUp' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (k of store.clauseChecks(); track k.id) {
                  <tr data-testid="check-row">
                    <td class="nowrap">
                      {{ k.period }}
                      <div class="muted small" data-testid="check-by" [title]="k.checkedBy">{{ k.checkedByName }}</div>
                    </td>
                    <td>{{ k.clauseText }}</td>
                    <td>
                      <span [class]="'chip r-' + k.result">{{ 'contract.result.' + k.result | t }}</span>
                    </td>
                    <td>{{ k.evidence ?? '—' }}</td>
                    <td>{{ k.note ?? '—' }}</td>
                    <td class="follow-up" [attr.data-follow-up]="k.followUpStatus ?? 'none'">
                      @if (k.followUpStatus === 'open') {
                        <span class="chip r-breached">{{ 'contract.followUp.open' | t: { name: k.followUpOwnerName ?? '' } }}</span>
                        @if (k.followUpClosable) {
                          <button
                            mat-stroked-button
                            type="button"
                            class="wide-only"
                            (click)="closeFollowUp(k)"
                            data-testid="follow-up-close"
                          >
                            {{ 'followUp.close' | t }}
                          </button>
                        }
                      } @else if (k.followUpStatus === 'closed') {
                        <span class="chip r-met">{{ 'contract.followUp.closed' | t }}</span>
                        <div class="muted">
                          {{
                            'followUp.closedBy'
                              | t: { by: person(k.followUpClosedByName, k.followUpClosedBy), at: (k.followUpClosedAt | localDate: true) }
                          }}
                        </div>
                        @if (k.followUpCloseNote) {
                          <div>{{ k.followUpCloseNote }}</div>
                        }
                      } @else {
                        —
                      }
                    </td>
                  </tr>
                  @if (k.followUpStatus === 'open' && k.followUpClosable) {
                    <!-- On a phone the table scrolls sideways: the action sits under its row, at the left edge, instead. -->
                    <tr class="narrow-only action-row">
                      <td colspan="6">
                        <button mat-stroked-button type="button" (click)="closeFollowUp(k)" data-testid="follow-up-close-narrow">
                          {{ 'followUp.close' | t }} · {{ k.period }}
                        </button>
                      </td>
                    </tr>
                  }
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="body muted">{{ 'contract.noClauseChecks' | t }}</p>
        }
      </section>
    } @else if (!store.loading() && !store.error()) {
      <so-empty-state icon="description" [title]="'contract.notFound' | t" />
    }
  `,
  styles: [
    AREA_STYLES,
    `
      so-page-header .chip {
        margin-left: 4px;
      }
      .card .clauses.body {
        padding-left: 40px;
      }
      .clauses li {
        margin: 4px 0;
      }
      .checklist {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        margin: 8px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0 12px;
      }
      .comment {
        width: 100%;
        margin-top: 8px;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .warn {
        background: var(--mat-sys-error) !important;
        color: var(--mat-sys-on-error) !important;
      }
      .timeline {
        list-style: none;
        margin: 0;
        border-left: 2px solid var(--mat-sys-outline-variant);
        padding-left: 16px;
      }
      .timeline li {
        margin-bottom: 12px;
      }
      .comment-text {
        background: var(--mat-sys-surface-container);
        padding: 4px 8px;
        border-radius: 6px;
        margin-top: 2px;
      }
      .before {
        color: #8c1d18;
        text-decoration: line-through;
      }
      .after {
        color: #0b5d34;
      }
      .upload {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        margin-top: 8px;
        cursor: pointer;
        color: var(--mat-sys-primary);
      }
      .upload input {
        max-width: 220px;
      }
      .card h3 {
        font: var(--mat-sys-title-small);
      }
      .follow-up button {
        margin-top: 4px;
        display: block;
      }
      .narrow-only {
        display: none;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
      @media (max-width: 599.98px) {
        .follow-up button.wide-only {
          display: none;
        }
        tr.narrow-only {
          display: table-row;
        }
        .action-row td {
          padding-top: 0;
        }
        .action-row button {
          position: sticky;
          left: 8px;
        }
      }
    `,
  ],
})
export class ContractDetailPage implements OnInit {
  protected readonly store = inject(ContractStore);
  private readonly directory = inject(StoreDirectoryStore);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  readonly role = input<Role | null>(null);

  protected readonly comment = signal('');
  protected readonly checklist = signal<Record<ReviewChecklistItem, boolean>>({
    qualification: false,
    price: false,
    paymentDays: false,
    rebate: false,
    liability: false,
  });
  protected readonly actionError = signal<string | null>(null);
  protected readonly attachError = signal<string | null>(null);
  protected readonly checkError = signal<string | null>(null);
  protected readonly checkClause = signal<number | null>(null);
  protected readonly checkPeriod = signal(previousMonth());
  protected readonly checkResult = signal<ClauseResult>('met');
  protected readonly checkEvidence = signal('');
  protected readonly checkNote = signal('');
  protected readonly checklistItems = REVIEW_CHECKLIST;
  protected readonly results = CLAUSE_RESULTS;
  protected readonly statusKey = statusKey;
  protected readonly actionKey = actionKey;
  protected readonly kindKey = kindKey;
  protected readonly expireNoteDate = expireNoteDate;

  protected readonly canEdit = computed(() => {
    const c = this.store.contract();
    return !!c && this.role() === Role.Buyer && c.allowedActions.includes('submit');
  });
  protected readonly canAttach = computed(() => {
    const c = this.store.contract();
    if (!c || c.status === 'terminated') return false;
    return this.role() === Role.AdminOffice || this.canEdit();
  });
  protected readonly canCheck = computed(() => {
    const c = this.store.contract();
    return !!c && this.role() === Role.AdminOffice && ['signed', 'archived', 'expired'].includes(c.status);
  });
  protected readonly followUps = computed(() => {
    const checks = this.store.clauseChecks();
    return {
      open: checks.filter((k) => k.followUpStatus === 'open').length,
      closed: checks.filter((k) => k.followUpStatus === 'closed').length,
    };
  });
  protected readonly laterRevisions = computed(() => this.store.revisions().slice(1).reverse());
  protected readonly storeNames = computed(() => {
    const ids = new Set(this.store.contract()?.storeIds ?? []);
    return this.directory
      .stores()
      .filter((s) => ids.has(s.id))
      .map((s) => `${s.code} ${s.name}`)
      .join('、');
  });

  ngOnInit(): void {
    void this.directory.load();
    void this.reload();
  }

  protected async reload(): Promise<void> {
    await this.store.load(Number(this.id()));
    this.checkClause.set(this.store.contract()?.clauses[0]?.id ?? null);
  }

  protected tick(item: ReviewChecklistItem, checked: boolean): void {
    this.checklist.update((c) => ({ ...c, [item]: checked }));
  }

  protected ready(action: ContractAction): boolean {
    if ((action === 'return' || action === 'terminate') && !this.comment().trim()) return false;
    if (action === 'approve') return REVIEW_CHECKLIST.every((k) => this.checklist()[k]);
    return true;
  }

  protected async act(action: ContractAction): Promise<void> {
    this.actionError.set(null);
    try {
      await this.store.transition({
        action,
        comment: this.comment().trim() || undefined,
        checklist: action === 'approve' ? this.checklist() : undefined,
      });
      this.comment.set('');
    } catch (e) {
      this.actionError.set(this.describe(e));
    }
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.attachError.set(null);
    try {
      await this.store.attach(file);
    } catch (e) {
      this.attachError.set(describeError(e, this.i18n));
    } finally {
      input.value = '';
    }
  }

  protected async recordCheck(): Promise<void> {
    const clauseId = this.checkClause();
    if (!clauseId) return;
    this.checkError.set(null);
    try {
      await this.store.addClauseCheck({
        clauseId,
        period: this.checkPeriod(),
        result: this.checkResult(),
        evidence: this.checkEvidence() || undefined,
        note: this.checkNote() || undefined,
      });
      this.checkNote.set('');
      this.checkEvidence.set('');
    } catch (e) {
      this.checkError.set(this.describe(e));
    }
  }

  /** The owner or 综合管理处 closes a breach's follow-up with a note, in a dialog. */
  protected closeFollowUp(check: ClauseCheckResponse): void {
    this.actionError.set(null);
    this.dialog.open<FollowUpDialog, FollowUpDialogData, boolean>(FollowUpDialog, {
      data: { check, close: (note) => this.store.closeFollowUp(check.id, note) },
    });
  }

  protected readonly person = personLabel;
  protected readonly formatBytes = formatBytes;

  protected fieldLabel(field: string): string {
    return field.startsWith('clauses[') ? 'contract.clauseText' : `contract.field.${field}`;
  }

  protected clauseSuffix(field: string): string {
    const m = /^clauses\[(\d+)\]$/.exec(field);
    return m ? ` ${m[1]}` : '';
  }

  private describe(e: unknown): string {
    const error = e as ApiError;
    return [error.message, ...(error.details ?? []).map((d) => d.problem)].filter(Boolean).join('；');
  }
}
