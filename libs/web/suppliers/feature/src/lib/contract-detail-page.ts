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
import { DateField, EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { formatMonth, I18nService, LocalDatePipe, MoneyPipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { FollowUpDialog, FollowUpDialogData } from './follow-up-dialog';
import { describeError, expireNoteDate, formatBytes, localToday, monthsBack, personLabel, previousMonth } from './shared';
import { actionKey, AREA_STYLES, kindKey, statusKey, SuppliersNav } from '@storeops/web/suppliers/ui';

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
    DateField,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
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
        <span class="chip" data-testid="detail-revision">{{ 'sup.contract.revision' | t: { n: c.revision } }}</span>
        @if (c.renewalDue) {
          <span class="chip renewal">{{ 'sup.contract.renewal' | t }}</span>
        }
      </so-page-header>

      @if (c.lastReturn; as r) {
        <div class="return-note" role="note" data-testid="return-reason">
          <strong>{{ 'sup.contract.returnReason' | t }}</strong>
          <span>{{ r.comment }}</span>
          <span class="muted">{{ r.byName }} · {{ r.at | localDate: true }} · {{ 'sup.contract.revision' | t: { n: r.revision } }}</span>
        </div>
      }
      @if (c.overlaps.length) {
        <div class="overlap-note" role="note" data-testid="overlaps">
          <mat-icon>warning</mat-icon>
          <span>{{ 'sup.contract.overlaps' | t }}</span>
          @for (o of c.overlaps; track o.id) {
            <a [routerLink]="['/suppliers/contracts', o.id]" data-testid="overlap-link">{{ o.number }}</a>
          }
        </div>
      }

      <section class="card">
        <dl class="grid body">
          <div>
            <dt>{{ 'sup.contract.supplier' | t }}</dt>
            <dd>{{ c.supplierCode }} {{ c.supplierName }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.kind' | t }}</dt>
            <dd>{{ kindKey(c.kind) | t }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.term' | t }}</dt>
            <dd>{{ c.startDate | localDate }} – {{ c.endDate | localDate }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.paymentDays' | t }}</dt>
            <dd data-testid="detail-payment-days">{{ c.paymentDays | num: 0 }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.rebateRate' | t }}</dt>
            <dd>{{ c.rebateRate | num: 2 }} %</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.amount' | t }}</dt>
            <dd data-testid="detail-amount">{{ c.amount === null ? '—' : (c.amount | money) }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.contract.stores' | t }}</dt>
            <dd [title]="storeNames()" data-testid="detail-scope">
              {{ 'sup.contract.scope.' + c.storeScope | t }}
              @if (c.storeScope === 'region') {
                · {{ regionName() }}
              }
              · {{ 'sup.contract.storesCount' | t: { n: c.storeIds.length } }}
            </dd>
          </div>
          @if (c.signedAt) {
            <div data-testid="detail-signing">
              <dt>{{ 'sup.contract.signing' | t }}</dt>
              <dd>
                {{ c.signedAt | localDate }} · {{ c.signatory }}
                @if (scan(); as a) {
                  ·
                  <a [href]="'/api/contracts/' + c.id + '/attachments/' + a.id" target="_blank" rel="noopener">{{
                    'sup.contract.scan' | t
                  }}</a>
                }
              </dd>
            </div>
          }
          <div>
            <dt>{{ 'sup.contract.createdBy' | t }}</dt>
            <dd>{{ person(c.createdByName, c.createdBy) }}</dd>
          </div>
        </dl>
      </section>

      <section class="card">
        <h2>{{ 'sup.contract.clauses' | t }}</h2>
        <ol class="body clauses">
          @for (cl of c.clauses; track cl.id) {
            <li>
              {{ cl.text }} <strong>{{ cl.commitment }}</strong>
            </li>
          }
        </ol>
      </section>

      <section class="card" data-testid="actions-card">
        <h2>{{ 'sup.contract.actions' | t }}</h2>
        <div class="body">
          @if (actionError(); as e) {
            <so-error-banner [message]="e" data-testid="action-error" />
          }
          @if (canEdit()) {
            <a mat-stroked-button [routerLink]="['/suppliers/contracts', c.id, 'edit']" data-testid="contract-edit"
              ><mat-icon>edit</mat-icon>{{ 'sup.contract.edit' | t }}</a
            >
          }
          @if (c.allowedActions.length) {
            @if (c.allowedActions.includes('approve')) {
              <fieldset class="checklist" data-testid="review-checklist">
                <legend>
                  {{ 'sup.contract.checklist' | t }} · <span class="muted">{{ 'sup.contract.checklistHint' | t }}</span>
                </legend>
                @for (item of checklistItems; track item) {
                  <mat-checkbox [checked]="checklist()[item]" (change)="tick(item, $event.checked)" [attr.data-testid]="'check-' + item">{{
                    'sup.contract.check.' + item | t
                  }}</mat-checkbox>
                }
                @if (c.overlaps.length) {
                  <mat-checkbox
                    [checked]="overlapsReviewed()"
                    (change)="overlapsReviewed.set($event.checked)"
                    data-testid="check-overlapsReviewed"
                    >{{ 'sup.contract.check.overlapsReviewed' | t: { contracts: overlapNumbers() } }}</mat-checkbox
                  >
                }
              </fieldset>
            }
            @if (c.allowedActions.includes('sign')) {
              <fieldset class="signing" data-testid="signing-form">
                <legend>
                  {{ 'sup.contract.signing' | t }} · <span class="muted">{{ 'sup.contract.signingHint' | t }}</span>
                </legend>
                <so-date-field
                  [label]="'sup.contract.signedAt' | t"
                  [value]="signedAt()"
                  [max]="today"
                  testId="sign-date"
                  (picked)="signedAt.set($event)"
                />
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'sup.contract.signatory' | t }}</mat-label>
                  <input matInput [value]="signatory()" (input)="signatory.set($any($event.target).value)" data-testid="sign-signatory" />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" class="scan-select">
                  <mat-label>{{ 'sup.contract.scan' | t }}</mat-label>
                  <mat-select [value]="scanId()" (selectionChange)="scanId.set($event.value)" data-testid="sign-scan">
                    @for (a of c.attachments ?? []; track a.id) {
                      <mat-option [value]="a.id">{{ a.fileName }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                @if (!(c.attachments ?? []).length) {
                  <p class="muted">{{ 'sup.contract.scanFirst' | t }}</p>
                }
              </fieldset>
            }
            <mat-form-field class="comment">
              <mat-label>{{ 'sup.contract.comment' | t }}</mat-label>
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
                  [class.warn]="(a === 'return' || a === 'terminate') && ready(a) && !store.saving()"
                  [class.warn-idle]="(a === 'return' || a === 'terminate') && !ready(a)"
                  [disabled]="store.saving() || !ready(a)"
                  (click)="act(a)"
                  [attr.data-testid]="'action-' + a"
                >
                  {{ actionKey(a) | t }}
                </button>
              }
            </div>
            @if (c.allowedActions.includes('return') || c.allowedActions.includes('terminate')) {
              <p class="muted">{{ 'sup.contract.commentRequired' | t }}</p>
            }
          } @else if (!canEdit()) {
            <p class="muted">{{ 'sup.contract.noActions' | t }}</p>
          }
        </div>
      </section>

      @if (store.revisions().length > 1) {
        <section class="card" data-testid="revision-diff">
          <h2>{{ 'sup.contract.revisions' | t }}</h2>
          @for (r of laterRevisions(); track r.revision) {
            <h3>
              {{ 'sup.contract.revision' | t: { n: r.revision } }} ← {{ 'sup.contract.revision' | t: { n: r.revision - 1 } }} ·
              <span class="muted">{{ person(r.submittedByName, r.submittedBy) }} · {{ r.submittedAt | localDate: true }}</span>
            </h3>
            @if (r.changes.length) {
              <div class="table-scroll">
                <table class="table">
                  <thead>
                    <tr>
                      <th>{{ 'sup.contract.field' | t }}</th>
                      <th>{{ 'sup.contract.before' | t }}</th>
                      <th>{{ 'sup.contract.after' | t }}</th>
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
              <p class="body muted">{{ 'sup.contract.noRevisionChanges' | t }}</p>
            }
          }
        </section>
      }

      <section class="card">
        <h2>{{ 'sup.contract.attachments' | t }}</h2>
        <div class="body">
          @for (a of c.attachments ?? []; track a.id) {
            <div>
              <a [href]="'/api/contracts/' + c.id + '/attachments/' + a.id" target="_blank" rel="noopener">{{ a.fileName }}</a>
              <span class="muted">· {{ formatBytes(a.bytes) }} · {{ person(a.uploadedByName, a.uploadedBy) }}</span>
            </div>
          } @empty {
            <p class="muted">{{ 'sup.contract.noAttachments' | t }}</p>
          }
          @if (attachError(); as e) {
            <so-error-banner [message]="e" data-testid="attach-error" />
          }
          @if (canAttach()) {
            <label class="upload">
              <mat-icon>attach_file</mat-icon> {{ 'sup.contract.attach' | t }}
              <input type="file" accept="application/pdf,image/jpeg,image/png" (change)="upload($event)" data-testid="attach-input" />
            </label>
          }
        </div>
      </section>

      <section class="card" data-testid="timeline">
        <h2>{{ 'sup.contract.timeline' | t }}</h2>
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
                {{ e.byName }} ({{ e.by }}) · {{ e.at | localDate: true }} · {{ 'sup.contract.revision' | t: { n: e.revision } }}
              </div>
              @if (e.action === 'expire' && expireNoteDate(e.comment); as date) {
                <div class="comment-text">{{ 'sup.contract.expiredNote' | t: { date: (date | localDate) } }}</div>
              } @else if (e.comment) {
                <div class="comment-text">{{ e.comment }}</div>
              }
            </li>
          }
        </ol>
      </section>

      <section class="card" data-testid="clause-checks">
        <h2>{{ 'sup.contract.clauseChecks' | t }}</h2>
        @if (checkError(); as e) {
          <div class="body"><so-error-banner [message]="e" data-testid="check-error" /></div>
        }
        @if (canCheck()) {
          <div class="toolbar body">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.contract.clauseText' | t }}</mat-label>
              <mat-select [value]="checkClause()" (selectionChange)="checkClause.set($event.value)" data-testid="check-clause">
                @for (cl of c.clauses; track cl.id) {
                  <mat-option [value]="cl.id">{{ cl.text }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.contract.checkPeriod' | t }}</mat-label>
              <mat-select [value]="checkPeriod()" (selectionChange)="checkPeriod.set($event.value)" data-testid="check-period">
                @for (m of checkMonths(); track m.value) {
                  <mat-option [value]="m.value">{{ m.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.contract.checkResult' | t }}</mat-label>
              <mat-select [value]="checkResult()" (selectionChange)="checkResult.set($event.value)" data-testid="check-result">
                @for (r of results; track r) {
                  <mat-option [value]="r">{{ 'sup.contract.result.' + r | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.contract.evidence' | t }}</mat-label>
              <input matInput [value]="checkEvidence()" (input)="checkEvidence.set($any($event.target).value)" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.contract.note' | t }}</mat-label>
              <input matInput [value]="checkNote()" (input)="checkNote.set($any($event.target).value)" data-testid="check-note" />
            </mat-form-field>
            <button
              mat-flat-button
              type="button"
              [disabled]="!checkClause() || store.saving()"
              (click)="recordCheck()"
              data-testid="check-save"
            >
              {{ 'sup.contract.recordCheck' | t }}
            </button>
          </div>
        }
        @if (store.clauseChecks().length) {
          @if (followUps().open + followUps().closed) {
            <p class="body muted" data-testid="follow-up-summary">{{ 'sup.followUp.summary' | t: followUps() }}</p>
          }
          <div class="table-scroll">
            <table class="table wide">
              <thead>
                <tr>
                  <th>{{ 'sup.contract.checkPeriod' | t }}</th>
                  <th>{{ 'sup.contract.clauseText' | t }}</th>
                  <th>{{ 'sup.contract.checkResult' | t }}</th>
                  <th>{{ 'sup.contract.evidence' | t }}</th>
                  <th>{{ 'sup.contract.note' | t }}</th>
                  <th>{{ 'sup.contract.followUp' | t }}</th>
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
                      <span [class]="'chip r-' + k.result">{{ 'sup.contract.result.' + k.result | t }}</span>
                    </td>
                    <td>{{ k.evidence ?? '—' }}</td>
                    <td>{{ k.note ?? '—' }}</td>
                    <td class="follow-up" [attr.data-follow-up]="k.followUpStatus ?? 'none'">
                      @if (k.followUpStatus === 'open') {
                        <span class="chip r-breached">{{ 'sup.contract.followUp.open' | t: { name: k.followUpOwnerName ?? '' } }}</span>
                        @if (k.followUpClosable) {
                          <button
                            mat-stroked-button
                            type="button"
                            class="wide-only"
                            (click)="closeFollowUp(k)"
                            data-testid="follow-up-close"
                          >
                            {{ 'sup.followUp.close' | t }}
                          </button>
                        }
                      } @else if (k.followUpStatus === 'closed') {
                        <span class="chip r-met">{{ 'sup.contract.followUp.closed' | t }}</span>
                        <div class="muted">
                          {{
                            'sup.followUp.closedBy'
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
                          {{ 'sup.followUp.close' | t }} · {{ k.period }}
                        </button>
                      </td>
                    </tr>
                  }
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="body muted">{{ 'sup.contract.noClauseChecks' | t }}</p>
        }
      </section>
    } @else if (!store.loading() && !store.error()) {
      <so-empty-state icon="description" [title]="'sup.contract.notFound' | t" />
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
      /* Disabled (no comment yet): an outline in the error colour, not a solid red button. */
      .warn-idle {
        background: transparent !important;
        color: var(--mat-sys-error) !important;
        opacity: 0.6;
        box-shadow: inset 0 0 0 1px var(--mat-sys-error);
      }
      .return-note,
      .overlap-note {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 12px;
        margin: 0 0 12px;
        padding: 12px 16px;
        border-radius: 8px;
      }
      .return-note {
        background: #fdecea;
        color: #5f1410;
      }
      .overlap-note {
        background: #fff4e0;
        color: #5c3b00;
      }
      .overlap-note a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 4px;
      }
      .signing {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        margin: 8px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 12px;
        align-items: center;
      }
      .scan-select {
        min-width: 220px;
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
  protected readonly overlapsReviewed = signal(false);
  protected readonly signedAt = signal<string | null>(localToday());
  protected readonly signatory = signal('');
  protected readonly scanId = signal<number | null>(null);
  protected readonly today = localToday();
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
  protected readonly overlapNumbers = computed(() => (this.store.contract()?.overlaps ?? []).map((o) => o.number).join('、'));
  protected readonly scan = computed(() => {
    const c = this.store.contract();
    return c?.attachments?.find((a) => a.id === c.scanAttachmentId) ?? null;
  });
  protected readonly regionName = computed(() => {
    const c = this.store.contract();
    return this.directory.stores().find((s) => s.regionId === c?.regionId)?.regionName ?? '';
  });
  /**
   * The months a clause can be checked for: the contract's term up to this month, newest first; the picker opens on
   * the last whole month of the term (where checks are recorded), never on a month after it.
   */
  protected readonly checkMonths = computed(() => {
    const c = this.store.contract();
    const locale = this.i18n.locale();
    if (!c) return [];
    const thisMonth = localToday().slice(0, 7);
    const last = c.endDate.slice(0, 7) < thisMonth ? c.endDate.slice(0, 7) : thisMonth;
    const first = c.startDate.slice(0, 7);
    return monthsBack(last, 120)
      .filter((m) => m >= first)
      .map((value) => ({ value, label: formatMonth(value, locale) }));
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
    const c = this.store.contract();
    if (c) {
      const lastWhole = previousMonth();
      const end = c.endDate.slice(0, 7);
      const start = c.startDate.slice(0, 7);
      this.checkPeriod.set(end < lastWhole ? end : lastWhole < start ? start : lastWhole);
    }
  }

  protected tick(item: ReviewChecklistItem, checked: boolean): void {
    this.checklist.update((c) => ({ ...c, [item]: checked }));
  }

  protected ready(action: ContractAction): boolean {
    if ((action === 'return' || action === 'terminate') && !this.comment().trim()) return false;
    if (action === 'approve')
      return REVIEW_CHECKLIST.every((k) => this.checklist()[k]) && (!this.store.contract()?.overlaps.length || this.overlapsReviewed());
    if (action === 'sign') return !!this.signedAt() && !!this.signatory().trim() && this.scanId() !== null;
    return true;
  }

  protected async act(action: ContractAction): Promise<void> {
    this.actionError.set(null);
    try {
      await this.store.transition({
        action,
        comment: this.comment().trim() || undefined,
        checklist:
          action === 'approve'
            ? { ...this.checklist(), ...(this.store.contract()?.overlaps.length ? { overlapsReviewed: this.overlapsReviewed() } : {}) }
            : undefined,
        ...(action === 'sign'
          ? { signedAt: this.signedAt() ?? undefined, signatory: this.signatory().trim(), scanAttachmentId: this.scanId() ?? undefined }
          : {}),
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
      // The newest upload is the likely stamped scan.
      const attachments = this.store.contract()?.attachments ?? [];
      if (attachments.length) this.scanId.set(attachments[attachments.length - 1].id);
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
    return field.startsWith('clauses[') ? 'sup.contract.clauseText' : `sup.contract.field.${field}`;
  }

  protected clauseSuffix(field: string): string {
    const m = /^clauses\[(\d+)\]$/.exec(field);
    return m ? ` ${m[1]}` : '';
  }

  private describe(e: unknown): string {
    return describeError(e as ApiError, this.i18n);
  }
}
