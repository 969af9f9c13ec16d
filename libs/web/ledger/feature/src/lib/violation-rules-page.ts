import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MAX_PENALTY_STEPS, PENALTY_KINDS, Role, VIOLATION_CATEGORIES, ViolationRuleResponse } from '@storeops/shared/contracts';
import { ViolationRulesStore } from '@storeops/web/ledger/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { VIOLATION_STYLES, ViolationsNav } from './violation-area';
import {
  buildRule,
  categoryKey,
  isConflict,
  isViolationOffice,
  penaltyKindKey,
  penaltyText,
  RuleDraft,
  RuleErrors,
  stepDraftsOf,
  violationErrorText,
} from './violation-logic';

/**
 * 违纪条例: the rule book — code, category, what it forbids and its progressive penalties, first offence first.
 * Every reader sees it; the office adds and edits rules (an edit sends the version shown).
 */
@Component({
  selector: 'so-violation-rules-page',
  imports: [
    FormsModule,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    MatOption,
    MatSelect,
    EmptyState,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
    ViolationsNav,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'violations.rules.title' | t" [intro]="'violations.rules.intro' | t">
      @if (canEdit() && !editing()) {
        <button mat-flat-button type="button" (click)="startNew()" data-testid="rule-add">
          <mat-icon>add</mat-icon>{{ 'violations.rules.add' | t }}
        </button>
      }
    </so-page-header>
    <so-violations-nav [canRecord]="canEdit()" />

    @if (done(); as d) {
      <p class="ok-text" role="status" data-testid="rule-done">{{ d }}</p>
    }
    @if (editing(); as d) {
      <form class="card body form" (ngSubmit)="save()" novalidate data-testid="rule-form">
        <h2 class="form-title">{{ (editingId() === null ? 'violations.rules.addTitle' : 'violations.rules.editTitle') | t }}</h2>
        @if (saveError(); as e) {
          <so-error-banner [message]="e" data-testid="rule-error" />
        }
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'violations.rules.code' | t }}</mat-label>
            <input
              matInput
              name="code"
              [ngModel]="d.code"
              (ngModelChange)="patch({ code: $event })"
              [readonly]="editingId() !== null"
              [placeholder]="'violations.rules.codePlaceholder' | t"
              data-testid="rule-code"
            />
            @if (err('code'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'violations.rules.category' | t }}</mat-label>
            <mat-select
              name="category"
              [value]="d.category"
              (selectionChange)="patch({ category: $event.value })"
              data-testid="rule-category"
            >
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ categoryKey(c) | t }}</mat-option>
              }
            </mat-select>
            @if (err('category'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'violations.rules.ruleTitle' | t }}</mat-label>
          <input
            matInput
            name="title"
            maxlength="60"
            [ngModel]="d.title"
            (ngModelChange)="patch({ title: $event })"
            data-testid="rule-title"
          />
          @if (err('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'violations.rules.description' | t }}</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="1000"
            name="description"
            [ngModel]="d.description"
            (ngModelChange)="patch({ description: $event })"
            data-testid="rule-description"
          ></textarea>
          @if (err('description'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <h3>{{ 'violations.rules.steps' | t }}</h3>
        <p class="muted small">{{ 'violations.rules.stepsHint' | t }}</p>
        <ol class="step-list">
          @for (s of d.steps; track $index; let i = $index) {
            <li class="step-row" data-testid="rule-step">
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'violations.rules.stepN' | t: { n: i + 1 } }}</mat-label>
                <mat-select
                  [value]="s.kind"
                  (selectionChange)="setStep(i, { kind: $event.value })"
                  [attr.data-testid]="'rule-step-kind-' + i"
                >
                  @for (k of kinds; track k) {
                    <mat-option [value]="k">{{ penaltyKindKey(k) | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              @if (s.kind === 'fine') {
                <mat-form-field subscriptSizing="dynamic" class="amount">
                  <mat-label>{{ 'violations.rules.amount' | t }}</mat-label>
                  <input
                    matInput
                    inputmode="decimal"
                    [name]="'amount' + i"
                    [ngModel]="s.yuan"
                    (ngModelChange)="setStep(i, { yuan: $event })"
                    [attr.data-testid]="'rule-step-amount-' + i"
                  />
                </mat-form-field>
              }
              <button
                mat-icon-button
                type="button"
                [disabled]="d.steps.length <= 1"
                (click)="removeStep(i)"
                [attr.aria-label]="'violations.rules.removeStep' | t: { n: i + 1 }"
              >
                <mat-icon>delete</mat-icon>
              </button>
              @if (errors().stepAmounts?.[i]; as e) {
                <span class="warn-text small" [attr.data-testid]="'rule-step-error-' + i">{{ e | t }}</span>
              }
            </li>
          }
        </ol>
        @if (errors().steps; as e) {
          <p class="warn-text small">{{ e | t }}</p>
        }
        @if (d.steps.length < maxSteps) {
          <button mat-stroked-button type="button" class="add-step" (click)="addStep()" data-testid="rule-step-add">
            <mat-icon>add</mat-icon>{{ 'violations.rules.addStep' | t }}
          </button>
        }
        @if (editingId() !== null) {
          <mat-checkbox [checked]="active()" (change)="active.set($event.checked)" data-testid="rule-active">{{
            'violations.rules.active' | t
          }}</mat-checkbox>
        }
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="rules.saving()" data-testid="rule-save">{{ 'common.save' | t }}</button>
          <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    }

    @if (rules.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="rules.reload()"
      />
    }
    <div class="card">
      <div class="progress">
        @if (rules.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'violations.rules.loading' | t" />
        }
      </div>
      @if (rules.rules().length) {
        <div class="table-scroll">
          <table class="table" data-testid="rule-table">
            <thead>
              <tr>
                <th>{{ 'violations.rules.code' | t }}</th>
                <th>{{ 'violations.rules.category' | t }}</th>
                <th>{{ 'violations.rules.ruleTitle' | t }}</th>
                <th>{{ 'violations.rules.steps' | t }}</th>
                @if (canEdit()) {
                  <th>
                    <span class="sr-only">{{ 'violations.rules.edit' | t }}</span>
                  </th>
                }
              </tr>
            </thead>
            <tbody>
              @for (r of rules.rules(); track r.id) {
                <tr data-testid="rule-row" [attr.data-code]="r.code" [class.inactive]="!r.active">
                  <td class="nowrap">
                    <span class="mono">{{ r.code }}</span>
                  </td>
                  <td class="nowrap">{{ categoryKey(r.category) | t }}</td>
                  <td class="title-cell">
                    <strong>{{ r.title }}</strong>
                    @if (!r.active) {
                      <span class="chip">{{ 'violations.rules.inactive' | t }}</span>
                    }
                    <div class="muted small">{{ r.description }}</div>
                  </td>
                  <td>
                    <ol class="steps">
                      @for (s of r.steps; track $index) {
                        <li>{{ penalty(s) }}</li>
                      }
                    </ol>
                  </td>
                  @if (canEdit()) {
                    <td>
                      <button mat-button type="button" (click)="startEdit(r)" [attr.data-testid]="'rule-edit-' + r.code">
                        {{ 'violations.rules.edit' | t }}
                      </button>
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (rules.loading()) {
        <p class="body muted">{{ 'violations.rules.loading' | t }}</p>
      } @else if (!rules.error()) {
        <so-empty-state icon="menu_book" [title]="'violations.rules.empty' | t" [text]="'violations.rules.emptyText' | t" />
      }
    </div>
  `,
  styles: [
    VIOLATION_STYLES,
    `
      .form {
        padding: 16px;
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-width: 760px;
      }
      .form-title {
        padding: 0 !important;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0 12px;
      }
      .full {
        width: 100%;
      }
      .step-list {
        margin: 0;
        padding-left: 20px;
      }
      .step-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-bottom: 8px;
      }
      .step-row .amount {
        width: 140px;
      }
      .steps {
        margin: 0;
        padding-left: 18px;
        white-space: nowrap;
      }
      .add-step {
        align-self: flex-start;
      }
      .buttons {
        display: flex;
        gap: 8px;
        margin-top: 8px;
      }
      .title-cell {
        min-width: 180px;
      }
      .inactive {
        opacity: 0.6;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
      .warn-text {
        color: var(--mat-sys-error);
      }
      .ok-text {
        color: #0b5d34;
        font-weight: 500;
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      button[mat-icon-button] {
        width: 44px;
        height: 44px;
      }
    `,
  ],
})
export class ViolationRulesPage implements OnInit {
  protected readonly rules = inject(ViolationRulesStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);

  protected readonly categories = VIOLATION_CATEGORIES;
  protected readonly kinds = PENALTY_KINDS;
  protected readonly maxSteps = MAX_PENALTY_STEPS;
  protected readonly categoryKey = categoryKey;
  protected readonly penaltyKindKey = penaltyKindKey;
  protected readonly canEdit = computed(() => isViolationOffice(this.role()));
  protected readonly editing = signal<RuleDraft | null>(null);
  protected readonly editingId = signal<number | null>(null);
  private editingVersion = 0;
  protected readonly active = signal(true);
  protected readonly errors = signal<RuleErrors>({});
  protected readonly saveError = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  ngOnInit(): void {
    void this.rules.reload();
  }

  protected penalty(step: Parameters<typeof penaltyText>[0]): string {
    return penaltyText(step, (k) => this.i18n.t(k), this.i18n.locale());
  }

  protected err(key: 'code' | 'title' | 'category' | 'description'): string {
    const k = this.errors()[key];
    return k ? this.i18n.t(k) : '';
  }

  protected startNew(): void {
    this.open(null, { code: '', title: '', category: null, description: '', steps: [{ kind: 'verbal_warning', yuan: '' }] }, 0, true);
  }

  protected startEdit(r: ViolationRuleResponse): void {
    this.open(
      r.id,
      { code: r.code, title: r.title, category: r.category, description: r.description, steps: stepDraftsOf(r.steps) },
      r.version,
      r.active,
    );
  }

  protected patch(change: Partial<RuleDraft>): void {
    this.editing.update((d) => (d ? { ...d, ...change } : d));
  }

  protected setStep(i: number, change: Partial<RuleDraft['steps'][number]>): void {
    this.editing.update((d) => (d ? { ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, ...change } : s)) } : d));
  }

  protected addStep(): void {
    this.editing.update((d) => (d ? { ...d, steps: [...d.steps, { kind: 'fine', yuan: '' }] } : d));
  }

  protected removeStep(i: number): void {
    this.editing.update((d) => (d ? { ...d, steps: d.steps.filter((_, j) => j !== i) } : d));
  }

  protected cancel(): void {
    this.editing.set(null);
    this.editingId.set(null);
  }

  protected async save(): Promise<void> {
    const draft = this.editing();
    if (!draft) return;
    this.saveError.set(null);
    const id = this.editingId();
    const built = buildRule(draft, id === null);
    if (!built.ok) {
      this.errors.set(built.errors);
      return;
    }
    this.errors.set({});
    const { code, title, category, description, steps } = built;
    try {
      if (id === null) await this.rules.create({ code, title, category, description, steps });
      else await this.rules.update(id, { title, category, description, steps, active: this.active(), version: this.editingVersion });
      this.cancel();
      this.done.set(this.i18n.t('violations.rules.saved', { code }));
    } catch (e) {
      this.saveError.set(violationErrorText(e, this.i18n));
      // Someone saved this rule first: read the book again so the next edit starts from theirs.
      if (isConflict(e)) void this.rules.reload();
    }
  }

  private open(id: number | null, draft: RuleDraft, version: number, active: boolean): void {
    this.done.set(null);
    this.saveError.set(null);
    this.errors.set({});
    this.editingId.set(id);
    this.editingVersion = version;
    this.active.set(active);
    this.editing.set(draft);
  }
}
