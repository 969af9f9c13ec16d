import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Role, VIOLATION_SUBJECT_TYPES, ViolationResponse, ViolationSubjectType } from '@storeops/shared/contracts';
import { ViolationRulesStore, ViolationStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_FILE_TYPES } from '@storeops/web/ledger/ui';
import { EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, NumberFormatPipe, PickerSearch, TranslatePipe } from '@storeops/web/shared/util';
import { map } from 'rxjs';
import { formatBytes, toLocalInput } from './shared';
import { VIOLATION_STYLES, ViolationsNav } from './violation-area';
import {
  buildViolation,
  DraftErrors,
  isViolationOffice,
  penaltyText,
  previewQueryOf,
  subjectTypeKey,
  ViolationDraft,
  violationErrorText,
} from './violation-logic';

const PREVIEW_DEBOUNCE_MS = 300;

/**
 * 登记违纪 (the office): the subject (a person, a department or a whole store), the rule, when, the facts; the
 * penalty the subject's history within 12 months proposes is shown live before saving; evidence after.
 */
@Component({
  selector: 'so-violation-new-page',
  imports: [
    FormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    MatOption,
    MatSelect,
    RouterLink,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    NumberFormatPipe,
    TranslatePipe,
    ViolationsNav,
  ],
  providers: [ViolationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'violations.new.title' | t" [intro]="'violations.new.intro' | t" />
    <so-violations-nav [canRecord]="canRecord()" />

    @if (!canRecord()) {
      <p class="card body muted" data-testid="new-not-allowed">{{ 'violations.new.notAllowed' | t }}</p>
    } @else if (created(); as v) {
      <section class="card" data-testid="violation-created">
        <h2><mat-icon class="ok">check_circle</mat-icon> {{ 'violations.new.created' | t }}</h2>
        <div class="body">
          <p data-testid="created-penalty">
            {{ 'violations.new.createdText' | t: { subject: v.subjectName, penalty: penalty(v.proposedPenalty), n: v.priorCount } }}
          </p>
          <h3>{{ 'violations.attachments.title' | t }}</h3>
          @for (a of store.violation()?.attachments ?? []; track a.id) {
            <div data-testid="created-attachment">
              <a [href]="'/api/violations/' + v.id + '/attachments/' + a.id" target="_blank" rel="noopener" class="mono">{{
                a.fileName
              }}</a>
              <span class="muted"> · {{ formatBytes(a.bytes) }}</span>
            </div>
          }
          @if (attachError(); as e) {
            <so-error-banner [message]="e" data-testid="attach-error" />
          }
          <label class="upload">
            <mat-icon>attach_file</mat-icon> {{ 'violations.attachments.add' | t }}
            <input type="file" [accept]="fileTypes" (change)="upload($event)" data-testid="violation-attach" />
          </label>
          <p class="muted small">{{ 'violations.attachments.hint' | t }}</p>
          <div class="buttons">
            <a mat-flat-button [routerLink]="['/violations', v.id]" data-testid="created-open">{{ 'violations.new.open' | t }}</a>
            <button mat-stroked-button type="button" (click)="again()" data-testid="new-again">{{ 'violations.new.again' | t }}</button>
          </div>
        </div>
      </section>
    } @else {
      <form class="card body form" (ngSubmit)="submit()" novalidate data-testid="violation-form">
        @if (saveError(); as e) {
          <so-error-banner [message]="e" data-testid="new-error" />
        }
        @if (rules.error(); as e) {
          <so-error-banner
            [message]="'common.loadError' | t: { message: e.message }"
            [retryLabel]="'common.retry' | t"
            (retry)="rules.reload()"
          />
        }
        <div class="choice" role="radiogroup" [attr.aria-label]="'violations.field.subjectType' | t">
          @for (t of subjectTypes; track t) {
            <button
              type="button"
              mat-stroked-button
              role="radio"
              [class.selected]="draft().subjectType === t"
              [attr.aria-checked]="draft().subjectType === t"
              (click)="pickType(t)"
              [attr.data-testid]="'subject-type-' + t"
            >
              {{ subjectTypeKey(t) | t }}
            </button>
          }
        </div>
        @for (t of [draft().subjectType]; track t) {
          <so-entity-picker
            class="full"
            [label]="'violations.new.subjectOf' | t: { type: (subjectTypeKey(t) | t) }"
            [search]="subjectSearch()"
            [value]="draft().subjectId"
            [required]="true"
            [error]="errorText('subjectId')"
            (picked)="set('subjectId', $event)"
            testId="new-subject"
          />
        }
        <!-- dynamic: a rule's text may take two lines on a phone. -->
        <mat-form-field class="full" subscriptSizing="dynamic">
          <mat-label>{{ 'violations.field.rule' | t }}</mat-label>
          <mat-select
            name="ruleCode"
            [value]="draft().ruleCode"
            (selectionChange)="set('ruleCode', $event.value)"
            data-testid="new-rule"
            required
          >
            @for (r of rules.activeRules(); track r.id) {
              <mat-option [value]="r.code"
                ><span class="mono">{{ r.code }}</span> {{ r.title }}</mat-option
              >
            }
          </mat-select>
          @if (rule(); as r) {
            <mat-hint>{{ r.description }}</mat-hint>
          }
          @if (errorText('ruleCode'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'violations.field.occurredAt' | t }}</mat-label>
          <input
            matInput
            type="datetime-local"
            name="occurredAt"
            [max]="maxTime"
            [ngModel]="draft().occurredAt"
            (ngModelChange)="set('occurredAt', $event)"
            data-testid="new-occurred"
            required
          />
          @if (errorText('occurredAt'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'violations.field.facts' | t }}</mat-label>
          <textarea
            matInput
            rows="4"
            maxlength="2000"
            name="facts"
            [ngModel]="draft().facts"
            (ngModelChange)="set('facts', $event)"
            data-testid="new-facts"
            required
          ></textarea>
          <mat-hint>{{ 'violations.new.factsHint' | t }}</mat-hint>
          @if (errorText('facts'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>

        <section class="preview" data-testid="preview" aria-live="polite">
          <h3>{{ 'violations.preview.title' | t }}</h3>
          <div class="progress">
            @if (store.previewing()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'violations.preview.loading' | t" />
            }
          </div>
          @if (store.previewError(); as e) {
            <p class="warn-text" data-testid="preview-error">{{ previewErrorText() }}</p>
          } @else if (store.preview(); as p) {
            <p>
              {{ 'violations.preview.prior' | t }}
              <strong data-testid="preview-prior">{{ p.priorCount | num: 0 }}</strong>
            </p>
            <p>
              {{ 'violations.preview.proposed' | t }}
              <strong class="penalty" data-testid="preview-penalty">{{ penalty(p.proposedPenalty) }}</strong>
              <span class="muted">{{ 'violations.preview.step' | t: { n: p.proposedPenalty.step + 1 } }}</span>
            </p>
            @if (rule(); as r) {
              <ol class="steps">
                @for (s of r.steps; track $index) {
                  <li [class.current]="$index === p.proposedPenalty.step">{{ penalty(s) }}</li>
                }
              </ol>
            }
          } @else if (!store.previewing()) {
            <p class="muted" data-testid="preview-empty">{{ 'violations.preview.empty' | t }}</p>
          }
        </section>

        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="new-submit">
            {{ (store.saving() ? 'violations.new.saving' : 'violations.new.submit') | t }}
          </button>
          <a mat-button routerLink="/violations">{{ 'common.cancel' | t }}</a>
        </div>
      </form>
    }
  `,
  styles: [
    VIOLATION_STYLES,
    `
      .form {
        padding: 16px;
        display: flex;
        flex-direction: column;
        gap: 8px;
        max-width: 760px;
      }
      .full {
        width: 100%;
      }
      .choice,
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-bottom: 8px;
      }
      .choice button.selected {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
      .preview {
        border-radius: 8px;
        padding: 8px 16px;
        background: var(--mat-sys-surface-container-low);
        margin: 8px 0 16px;
      }
      .preview h3 {
        margin: 4px 0;
        font: var(--mat-sys-title-small);
      }
      .preview p {
        margin: 4px 0;
      }
      .steps {
        margin: 4px 0;
        padding-left: 20px;
        color: var(--mat-sys-on-surface-variant);
      }
      .steps .current {
        color: var(--mat-sys-on-surface);
        font-weight: 600;
      }
      .warn-text {
        color: var(--mat-sys-error);
      }
      .ok {
        color: #0b5d34;
        vertical-align: middle;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
    `,
  ],
})
export class ViolationNewPage implements OnInit {
  protected readonly store = inject(ViolationStore);
  protected readonly rules = inject(ViolationRulesStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);

  protected readonly subjectTypes = VIOLATION_SUBJECT_TYPES;
  protected readonly subjectTypeKey = subjectTypeKey;
  protected readonly fileTypes = COMPLAINT_FILE_TYPES;
  protected readonly formatBytes = formatBytes;
  protected readonly maxTime = toLocalInput(new Date());
  protected readonly draft = signal<ViolationDraft>(this.fresh());
  protected readonly errors = signal<DraftErrors>({});
  protected readonly saveError = signal<string | null>(null);
  protected readonly attachError = signal<string | null>(null);
  protected readonly created = signal<ViolationResponse | null>(null);
  protected readonly canRecord = computed(() => isViolationOffice(this.role()));
  protected readonly rule = computed(() => {
    const code = this.draft().ruleCode;
    return code ? (this.rules.ruleByCode().get(code) ?? null) : null;
  });
  /** The picker's search for the chosen subject type (people, stores or departments). */
  protected readonly subjectSearch = computed<PickerSearch>(() => {
    const subjectType = this.draft().subjectType;
    return (q) =>
      this.rules.subjects({ subjectType, ...(q.trim() ? { q: q.trim() } : {}) }).pipe(
        map((options) =>
          options.map((o) => ({
            id: o.id,
            code: o.detail.split(' · ')[0],
            name: o.name,
            ...(o.subjectType === 'person' ? { detail: o.detail } : {}),
          })),
        ),
      );
  });
  private readonly previewQuery = computed(() => previewQueryOf(this.draft()));

  constructor() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The preview follows the form, asked a moment after the last change (not on every keystroke of the time).
    effect(() => {
      const query = this.previewQuery();
      clearTimeout(timer);
      timer = setTimeout(() => void this.store.loadPreview(query), query ? PREVIEW_DEBOUNCE_MS : 0);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  ngOnInit(): void {
    void this.rules.load();
  }

  protected penalty(step: Parameters<typeof penaltyText>[0]): string {
    return penaltyText(step, (k) => this.i18n.t(k), this.i18n.locale());
  }

  protected pickType(subjectType: ViolationSubjectType): void {
    if (this.draft().subjectType === subjectType) return;
    this.draft.update((d) => ({ ...d, subjectType, subjectId: null }));
  }

  protected set<K extends keyof ViolationDraft>(key: K, value: ViolationDraft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
    if (this.errors()[key]) this.errors.update((e) => ({ ...e, [key]: undefined }));
  }

  protected errorText(key: keyof ViolationDraft): string {
    const k = this.errors()[key];
    return k ? this.i18n.t(k) : '';
  }

  protected previewErrorText(): string {
    const e = this.store.previewError();
    return e ? this.i18n.t('violations.preview.error', { message: violationErrorText(e, this.i18n) }) : '';
  }

  protected async submit(): Promise<void> {
    this.saveError.set(null);
    const built = buildViolation(this.draft(), new Date());
    if (!built.ok) {
      this.errors.set(built.errors);
      return;
    }
    try {
      this.created.set(await this.store.create(built.body));
    } catch (e) {
      this.saveError.set(violationErrorText(e, this.i18n));
    }
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

  protected again(): void {
    this.created.set(null);
    this.errors.set({});
    this.draft.set(this.fresh());
  }

  private fresh(): ViolationDraft {
    return { subjectType: 'store', subjectId: null, ruleCode: null, occurredAt: toLocalInput(new Date()), facts: '' };
  }
}
