import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { QUALITY_ACTIONS, QUALITY_FINDING_KINDS, QualityFindingInput, Role } from '@storeops/shared/contracts';
import { QualityCheckStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { describeCheckError, isCheckWriter } from './check-texts';
import { emptyFinding, QualityFindingDraft, QualityFindingField, QualityFindingProblem, toQualityFinding } from './quality-check-form';
import { toLocalInput } from './shared';

type Problems = Partial<Record<QualityFindingField, QualityFindingProblem>>;

/**
 * 商品质量检查 on a phone: the store, then each finding — kind, product, batch, quantity, what was done with the goods
 * (下架/退供/报损/折价), the supplier if one is to answer for it, and for cold chain the reading against its limits.
 */
@Component({
  selector: 'so-quality-check-capture-page',
  imports: [
    FormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    RouterLink,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
  ],
  providers: [QualityCheckStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'qualityChecks.capture.title' | t" [intro]="'qualityChecks.capture.intro' | t" />
    <p>
      <a mat-button routerLink="/quality-checks"><mat-icon>arrow_back</mat-icon>{{ 'qualityChecks.list.title' | t }}</a>
    </p>
    @if (!canRecord()) {
      <p class="card body muted" data-testid="capture-not-allowed">{{ 'qualityChecks.capture.notAllowed' | t }}</p>
    } @else if (store.created(); as r) {
      <section class="card" data-testid="quality-result">
        <h2>{{ 'qualityChecks.result.title' | t }}</h2>
        <div class="body">
          <p data-testid="quality-result-findings">{{ 'qualityChecks.result.findings' | t: { n: r.findings } }}</p>
          <p data-testid="quality-result-actions">
            @if (r.correctiveActionIds.length) {
              {{ 'qualityChecks.result.actions' | t: { n: r.correctiveActionIds.length } }}
              <a routerLink="/inspections/actions">{{ 'qualityChecks.result.openActions' | t }}</a>
            } @else {
              {{ 'qualityChecks.result.noActions' | t }}
            }
          </p>
          <div class="buttons">
            <a mat-flat-button [routerLink]="['/quality-checks', r.id]" data-testid="quality-result-open">{{
              'qualityChecks.result.open' | t
            }}</a>
            <button mat-stroked-button type="button" (click)="again()">{{ 'qualityChecks.result.again' | t }}</button>
          </div>
        </div>
      </section>
    } @else {
      <form class="form" (ngSubmit)="submit()" novalidate data-testid="quality-form">
        <section class="card body step">
          <so-entity-picker
            [label]="'qualityChecks.field.store' | t"
            [search]="stores.search"
            [resolve]="stores.resolve"
            [value]="storeId()"
            [required]="true"
            [error]="storeMissing() ? ('qualityChecks.form.required' | t) : null"
            (picked)="storeId.set($event)"
            testId="quality-store"
          />
          <mat-form-field>
            <mat-label>{{ 'qualityChecks.field.checkedAt' | t }}</mat-label>
            <input matInput type="datetime-local" name="checkedAt" [(ngModel)]="checkedAt" data-testid="quality-checked-at" />
          </mat-form-field>
        </section>

        @for (f of findings(); track $index; let i = $index) {
          <section class="card body step" data-testid="finding">
            <div class="finding-head">
              <h2 class="inline">{{ 'qualityChecks.finding.title' | t: { n: i + 1 } }}</h2>
              @if (findings().length > 1) {
                <button mat-icon-button type="button" (click)="remove(i)" [attr.aria-label]="'qualityChecks.finding.remove' | t">
                  <mat-icon>delete</mat-icon>
                </button>
              }
            </div>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'qualityChecks.field.kind' | t }}</mat-label>
                <mat-select [name]="'kind' + i" [(ngModel)]="f.kind" data-testid="finding-kind">
                  @for (k of kinds; track k) {
                    <mat-option [value]="k">{{ 'qualityChecks.kind.' + k | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'qualityChecks.field.action' | t }}</mat-label>
                <mat-select [name]="'action' + i" [(ngModel)]="f.action" data-testid="finding-action">
                  @for (a of actions; track a) {
                    <mat-option [value]="a">{{ 'qualityChecks.action.' + a | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
            <mat-form-field>
              <mat-label>{{ 'qualityChecks.field.product' | t }}</mat-label>
              <input matInput [name]="'product' + i" autocomplete="off" [(ngModel)]="f.product" data-testid="finding-product" />
              <mat-hint class="late">{{ problemText(i, 'product') }}</mat-hint>
            </mat-form-field>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'qualityChecks.field.batch' | t }}</mat-label>
                <input matInput [name]="'batch' + i" autocomplete="off" [(ngModel)]="f.batch" data-testid="finding-batch" />
                <mat-hint [class.late]="!!problemText(i, 'batch')">{{
                  problemText(i, 'batch') || ('qualityChecks.form.optional' | t)
                }}</mat-hint>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'qualityChecks.field.quantity' | t }}</mat-label>
                <input
                  matInput
                  type="text"
                  inputmode="numeric"
                  [name]="'quantity' + i"
                  [(ngModel)]="f.quantity"
                  data-testid="finding-quantity"
                />
                <mat-hint class="late">{{ problemText(i, 'quantity') }}</mat-hint>
              </mat-form-field>
            </div>
            @if (f.kind === 'cold_chain') {
              <div class="row three" data-testid="finding-cold">
                @for (t of temperatureFields; track t.field) {
                  <mat-form-field>
                    <mat-label>{{ t.label | t }}</mat-label>
                    <input
                      matInput
                      type="text"
                      inputmode="decimal"
                      [name]="t.field + i"
                      [(ngModel)]="f[t.field]"
                      [attr.data-testid]="'finding-' + t.field"
                    />
                    <span matTextSuffix>℃</span>
                    <mat-hint class="late">{{ problemText(i, t.field) }}</mat-hint>
                  </mat-form-field>
                }
              </div>
            }
            <so-entity-picker
              [label]="'qualityChecks.field.supplier' | t"
              [search]="suppliers.search"
              [resolve]="suppliers.resolve"
              [value]="f.supplierId"
              [clearable]="true"
              [clearLabel]="'qualityChecks.form.noSupplier' | t"
              (picked)="f.supplierId = $event ?? null"
              testId="finding-supplier"
            />
          </section>
        }
        <div class="buttons">
          <button mat-stroked-button type="button" (click)="add()" data-testid="finding-add">
            <mat-icon>add</mat-icon>{{ 'qualityChecks.finding.add' | t }}
          </button>
        </div>
        <section class="card body step">
          <mat-form-field>
            <mat-label>{{ 'qualityChecks.field.note' | t }}</mat-label>
            <textarea matInput rows="2" name="note" [(ngModel)]="note" data-testid="quality-note"></textarea>
          </mat-form-field>
          @if (submitError(); as e) {
            <so-error-banner [message]="e" data-testid="quality-error" />
          }
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="quality-submit">
              {{ (store.saving() ? 'qualityChecks.capture.saving' : 'qualityChecks.capture.submit') | t }}
            </button>
            <a mat-button routerLink="/quality-checks">{{ 'common.cancel' | t }}</a>
          </div>
        </section>
      </form>
    }
  `,
  styles: [
    COMPLAINT_STYLES,
    `
      .form {
        max-width: 760px;
      }
      .step {
        display: flex;
        flex-direction: column;
        gap: 4px;
        padding: 16px;
      }
      .card h2.inline {
        padding: 0;
      }
      .finding-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        margin-bottom: 8px;
      }
      .row {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 12px;
      }
      .row.three {
        grid-template-columns: repeat(3, 1fr);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-bottom: 16px;
      }
      @media (max-width: 599.98px) {
        .row,
        .row.three {
          grid-template-columns: 1fr;
        }
        .buttons > * {
          flex: 1 1 100%;
        }
      }
    `,
  ],
})
export class QualityCheckCapturePage {
  protected readonly store = inject(QualityCheckStore);
  protected readonly stores = inject(StorePickerSource);
  protected readonly suppliers = inject(SupplierPickerSource);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);

  protected readonly kinds = QUALITY_FINDING_KINDS;
  protected readonly actions = QUALITY_ACTIONS;
  protected readonly temperatureFields = [
    { field: 'temperature', label: 'qualityChecks.field.temperature' },
    { field: 'limitMin', label: 'qualityChecks.field.limitMin' },
    { field: 'limitMax', label: 'qualityChecks.field.limitMax' },
  ] as const;
  protected readonly canRecord = computed(() => isCheckWriter(this.role()));
  protected readonly storeId = signal<number | null>(null);
  protected readonly storeMissing = signal(false);
  protected readonly findings = signal<QualityFindingDraft[]>([emptyFinding()]);
  protected readonly problems = signal<Problems[]>([]);
  protected readonly submitError = signal<string | null>(null);
  protected checkedAt = toLocalInput(new Date());
  protected note = '';

  protected problemText(index: number, field: QualityFindingField): string {
    const problem = this.problems()[index]?.[field];
    return problem ? this.i18n.t(`qualityChecks.form.${problem}`) : '';
  }

  protected add(): void {
    this.findings.update((list) => [...list, emptyFinding()]);
  }

  protected remove(index: number): void {
    this.findings.update((list) => list.filter((_, i) => i !== index));
    this.problems.set([]);
  }

  protected async submit(): Promise<void> {
    this.submitError.set(null);
    const results = this.findings().map(toQualityFinding);
    this.problems.set(results.map((r) => (r.ok ? {} : r.problems)));
    const storeId = this.storeId();
    this.storeMissing.set(storeId === null);
    if (storeId === null || results.some((r) => !r.ok)) return;
    const findings = results.map((r) => (r as { finding: QualityFindingInput }).finding);
    const at = new Date(this.checkedAt);
    try {
      await this.store.create({
        storeId,
        checkedAt: (Number.isNaN(at.getTime()) ? new Date() : at).toISOString(),
        findings,
        ...(this.note.trim() ? { note: this.note.trim() } : {}),
      });
    } catch (e) {
      this.submitError.set(describeCheckError(e, this.i18n));
    }
  }

  protected again(): void {
    this.store.created.set(null);
    this.findings.set([emptyFinding()]);
    this.problems.set([]);
    this.note = '';
    this.checkedAt = toLocalInput(new Date());
  }
}
