import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { ComplaintChannel, ComplaintSeverity, CreateComplaintRequest, Role } from '@storeops/shared/contracts';
import { ComplaintLookupsStore, ComplaintStore } from '@storeops/web/ledger/data-access';
import {
  CHANNELS,
  channelKey,
  COMPLAINT_FILE_TYPES,
  COMPLAINT_STYLES,
  ComplaintsNav,
  SEVERITIES,
  severityKey,
} from '@storeops/web/ledger/ui';
import { StoreDirectoryStore, StorePickerSource } from '@storeops/web/org/data-access';
import { EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { detailText, I18nService, isApiError, LocalDatePipe, parseYuan, TranslatePipe } from '@storeops/web/shared/util';
import { describeError, formatBytes, isHandler, queueTitleKey, toLocalInput } from './shared';

/** The request's fields a form field shows the API's problem under. */
const FIELDS = [
  'storeId',
  'channel',
  'receivedAt',
  'customerName',
  'customerPhone',
  'keyCustomer',
  'categoryId',
  'severity',
  'productName',
  'barcode',
  'batch',
  'amountInvolved',
  'description',
  'subCategoryId',
] as const;
type Field = (typeof FIELDS)[number];

/**
 * 登记投诉: a 店长 or the service desk records a complaint at the counter, on a phone. The store is fixed to a 店长's
 * own; the category is picked in two steps; photos and receipts are added once the complaint exists.
 */
@Component({
  selector: 'so-complaint-intake-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatPrefix,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    MatSlideToggle,
    RouterLink,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
    ComplaintsNav,
  ],
  providers: [ComplaintStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'complaints.intake.title' | t" [intro]="'complaints.intake.intro' | t" />
    <so-complaints-nav [queueLabel]="queueTitle()" [canRecord]="canRecord()" />

    @if (!canRecord()) {
      <p class="card body muted" data-testid="intake-not-allowed">{{ 'complaints.intake.notAllowed' | t }}</p>
    } @else if (created(); as c) {
      <section class="card created" data-testid="intake-created">
        <h2><mat-icon class="ok">check_circle</mat-icon> {{ 'complaints.intake.created' | t: { code: c.code } }}</h2>
        <div class="body">
          <p class="muted">{{ 'complaints.intake.createdText' | t }}</p>
          @if (c.deadlines[0]?.dueAt; as due) {
            <p>{{ 'complaints.intake.judgeDue' | t: { due: (due | localDate: true) } }}</p>
          }
          <h3>{{ 'complaints.attachments.title' | t }}</h3>
          @for (a of store.complaint()?.attachments ?? []; track a.id) {
            <div data-testid="intake-attachment">
              <a [href]="'/api/complaints/' + c.id + '/attachments/' + a.id" target="_blank" rel="noopener" class="mono">{{
                a.fileName
              }}</a>
              <span class="muted"> · {{ formatBytes(a.bytes) }}</span>
            </div>
          }
          @if (attachError(); as e) {
            <so-error-banner [message]="e" data-testid="attach-error" />
          }
          <label class="upload">
            <mat-icon>add_a_photo</mat-icon> {{ 'complaints.attachments.add' | t }}
            <input type="file" [accept]="fileTypes" (change)="upload($event)" data-testid="intake-attach" />
          </label>
          <p class="muted small">{{ 'complaints.attachments.hint' | t }}</p>
          <div class="buttons">
            <a mat-flat-button [routerLink]="['/complaints', c.id]" data-testid="intake-open">{{ 'complaints.intake.open' | t }}</a>
            <button mat-stroked-button type="button" (click)="again()" data-testid="intake-again">
              {{ 'complaints.intake.again' | t }}
            </button>
          </div>
        </div>
      </section>
    } @else {
      <form class="card body form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="intake-form">
        @if (bannerError(); as e) {
          <so-error-banner [message]="e" data-testid="intake-error" />
        }
        @if (isStoreManager()) {
          <div class="fixed-store" data-testid="intake-store-fixed">
            <span class="muted">{{ 'complaints.field.store' | t }}</span>
            <strong>{{ myStoreLabel() }}</strong>
          </div>
        } @else {
          <so-entity-picker
            formControlName="storeId"
            [label]="'complaints.field.store' | t"
            [search]="stores.search"
            [resolve]="stores.resolve"
            [required]="true"
            [error]="errorOf('storeId')"
            testId="intake-store"
          />
        }
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'complaints.field.channel' | t }}</mat-label>
            <mat-select formControlName="channel" data-testid="intake-channel">
              @for (c of channels; track c) {
                <mat-option [value]="c">{{ channelKey(c) | t }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ errorOf('channel') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'complaints.field.receivedAt' | t }}</mat-label>
            <input matInput type="datetime-local" formControlName="receivedAt" data-testid="intake-received" />
            <mat-error>{{ errorOf('receivedAt') }}</mat-error>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'complaints.field.customerName' | t }}</mat-label>
            <input matInput formControlName="customerName" autocomplete="off" data-testid="intake-name" />
            <mat-error>{{ errorOf('customerName') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'complaints.field.customerPhone' | t }}</mat-label>
            <input matInput type="tel" inputmode="tel" formControlName="customerPhone" autocomplete="off" data-testid="intake-phone" />
            <mat-error>{{ errorOf('customerPhone') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-slide-toggle formControlName="keyCustomer" class="toggle" data-testid="intake-key">{{
          'complaints.keyCustomer' | t
        }}</mat-slide-toggle>
        <p class="muted small">{{ 'complaints.intake.keyHint' | t }}</p>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'complaints.field.category' | t }}</mat-label>
            <mat-select formControlName="topCategoryId" (selectionChange)="pickTop($event.value)" data-testid="intake-category">
              @for (c of lookups.topCategories(); track c.id) {
                <mat-option [value]="c.id">{{ c.name }}</mat-option>
              }
            </mat-select>
            @if (lookups.loading()) {
              <mat-hint>{{ 'complaints.intake.categoriesLoading' | t }}</mat-hint>
            }
            <mat-error>{{ errorOf('categoryId') }}</mat-error>
          </mat-form-field>
          @if (subCategories().length) {
            <mat-form-field>
              <mat-label>{{ 'complaints.field.subCategory' | t }}</mat-label>
              <mat-select formControlName="subCategoryId" (selectionChange)="pickSub($event.value)" data-testid="intake-subcategory">
                @for (c of subCategories(); track c.id) {
                  <mat-option [value]="c.id">{{ c.name }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ errorOf('subCategoryId') }}</mat-error>
            </mat-form-field>
          }
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'complaints.field.severity' | t }}</mat-label>
            <mat-select formControlName="severity" data-testid="intake-severity">
              @for (s of severities; track s) {
                <mat-option [value]="s">{{ severityKey(s) | t }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'complaints.intake.severityHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'complaints.field.amountInvolved' | t }}</mat-label>
            <span matTextPrefix>¥&nbsp;</span>
            <input matInput inputmode="decimal" formControlName="amountYuan" autocomplete="off" data-testid="intake-amount" />
            <mat-hint>{{ 'complaints.form.optional' | t }}</mat-hint>
            <mat-error>{{ errorOf('amountInvolved') }}</mat-error>
          </mat-form-field>
        </div>
        <fieldset class="product">
          <legend>
            {{ 'complaints.intake.product' | t }} <span class="muted">· {{ 'complaints.form.optional' | t }}</span>
          </legend>
          <div class="row three">
            <mat-form-field>
              <mat-label>{{ 'complaints.field.productName' | t }}</mat-label>
              <input matInput formControlName="productName" data-testid="intake-product" />
              <mat-error>{{ errorOf('productName') }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'complaints.field.barcode' | t }}</mat-label>
              <input matInput inputmode="numeric" formControlName="barcode" data-testid="intake-barcode" />
              <mat-error>{{ errorOf('barcode') }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'complaints.field.batch' | t }}</mat-label>
              <input matInput formControlName="batch" data-testid="intake-batch" />
              <mat-error>{{ errorOf('batch') }}</mat-error>
            </mat-form-field>
          </div>
        </fieldset>
        <mat-form-field class="full">
          <mat-label>{{ 'complaints.field.description' | t }}</mat-label>
          <textarea matInput rows="4" formControlName="description" data-testid="intake-description"></textarea>
          <mat-hint>{{ 'complaints.intake.descriptionHint' | t }}</mat-hint>
          <mat-error>{{ errorOf('description') }}</mat-error>
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="intake-submit">
            {{ (store.saving() ? 'complaints.intake.saving' : 'complaints.intake.submit') | t }}
          </button>
          <a mat-button routerLink="/complaints">{{ 'common.cancel' | t }}</a>
        </div>
      </form>
    }
  `,
  styles: [
    COMPLAINT_STYLES,
    `
      .form {
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-width: 760px;
        padding: 16px;
      }
      .row {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 12px;
      }
      .row.three {
        grid-template-columns: 2fr 1fr 1fr;
      }
      .full {
        width: 100%;
      }
      .fixed-store {
        display: flex;
        flex-direction: column;
        margin-bottom: 12px;
      }
      .toggle {
        min-height: 44px;
        display: flex;
        align-items: center;
      }
      .product {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        margin: 8px 0 12px;
        padding: 4px 12px 0;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .small {
        font: var(--mat-sys-body-small);
        margin: 0 0 8px;
      }
      .created h2 {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .ok {
        color: #0b5d34;
      }
      h3 {
        font: var(--mat-sys-title-small);
        margin: 12px 0 4px;
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
export class ComplaintIntakePage implements OnInit {
  protected readonly store = inject(ComplaintStore);
  protected readonly lookups = inject(ComplaintLookupsStore);
  protected readonly stores = inject(StorePickerSource);
  private readonly directory = inject(StoreDirectoryStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);
  readonly myStoreId = input<number | null>(null);

  protected readonly channels = CHANNELS;
  protected readonly severities = SEVERITIES;
  protected readonly channelKey = channelKey;
  protected readonly severityKey = severityKey;
  protected readonly fileTypes = COMPLAINT_FILE_TYPES;
  protected readonly formatBytes = formatBytes;

  protected readonly form = new FormGroup({
    storeId: new FormControl<number | null>(null),
    channel: new FormControl<ComplaintChannel>('store', { nonNullable: true }),
    receivedAt: new FormControl(toLocalInput(new Date()), { nonNullable: true, validators: [Validators.required] }),
    customerName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(50)] }),
    customerPhone: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(20)] }),
    keyCustomer: new FormControl(false, { nonNullable: true }),
    topCategoryId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    subCategoryId: new FormControl<number | null>(null),
    severity: new FormControl<ComplaintSeverity>('normal', { nonNullable: true }),
    amountYuan: new FormControl('', { nonNullable: true }),
    productName: new FormControl('', { nonNullable: true }),
    barcode: new FormControl('', { nonNullable: true }),
    batch: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  private readonly topId = toSignal(this.form.controls.topCategoryId.valueChanges, { initialValue: null });

  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly bannerError = signal<string | null>(null);
  protected readonly attachError = signal<string | null>(null);
  protected readonly created = computed(() => (this.submitted() ? this.store.complaint() : null));
  private readonly submitted = signal(false);

  protected readonly canRecord = computed(() => isHandler(this.role()));
  protected readonly isStoreManager = computed(() => this.role() === Role.StoreManager);
  protected readonly queueTitle = computed(() => queueTitleKey(this.role()));
  protected readonly subCategories = computed(() => this.lookups.childrenOf(this.topId()));
  protected readonly myStoreLabel = computed(() => {
    const s = this.directory.byId().get(this.myStoreId() ?? -1);
    return s ? `${s.code} ${s.name}` : '';
  });

  ngOnInit(): void {
    void this.lookups.load();
    if (this.isStoreManager()) void this.directory.load();
    if (!this.isStoreManager()) this.form.controls.storeId.addValidators(Validators.required);
  }

  /** The problem under a field: the API's words after a refused save, else what the form itself finds. */
  protected errorOf(field: Field): string {
    const server = this.serverErrors()[field];
    if (server) return server;
    const control = this.controlOf(field);
    if (!control?.errors) return '';
    if (control.errors['required']) return this.i18n.t('complaints.form.required');
    if (control.errors['maxlength']) return this.i18n.t('complaints.form.tooLong', { max: control.errors['maxlength'].requiredLength });
    if (control.errors['amount']) return this.i18n.t('complaints.form.amountInvalid');
    return this.i18n.t('common.invalid');
  }

  private controlOf(field: Field) {
    const c = this.form.controls;
    switch (field) {
      case 'categoryId':
        return c.topCategoryId;
      case 'amountInvolved':
        return c.amountYuan;
      case 'keyCustomer':
        return c.keyCustomer;
      default:
        return c[field];
    }
  }

  /** A complaint is filed under a second-level category where the first level has any. */
  protected pickTop(id: number | null): void {
    const sub = this.form.controls.subCategoryId;
    sub.setValue(null);
    sub.setValidators(this.lookups.childrenOf(id).length ? [Validators.required] : []);
    sub.updateValueAndValidity();
    this.applySeverityOf(id);
  }

  protected pickSub(id: number | null): void {
    this.applySeverityOf(id ?? this.form.controls.topCategoryId.value);
  }

  /** A category starts a complaint at its severity (食品安全 is serious); the person may still change it. */
  private applySeverityOf(id: number | null): void {
    const category = id === null ? undefined : this.lookups.categoryById().get(id);
    if (category) this.form.controls.severity.setValue(category.severity);
  }

  /** The request, or null after marking what the form finds wrong. */
  private request(): CreateComplaintRequest | null {
    this.serverErrors.set({});
    const amount = parseYuan(this.form.controls.amountYuan.value);
    const amountControl = this.form.controls.amountYuan;
    amountControl.setErrors(
      !amount.ok && amount.reason !== 'empty' ? { amount: true } : amount.ok && amount.fen < 0 ? { amount: true } : null,
    );
    const storeId = this.isStoreManager() ? this.myStoreId() : this.form.controls.storeId.value;
    this.form.markAllAsTouched();
    if (this.form.invalid || storeId === null) return null;
    const v = this.form.getRawValue();
    const optional = (text: string) => (text.trim() ? text.trim() : undefined);
    return {
      storeId,
      channel: v.channel,
      receivedAt: new Date(v.receivedAt).toISOString(),
      customerName: v.customerName.trim(),
      customerPhone: v.customerPhone.trim(),
      keyCustomer: v.keyCustomer,
      categoryId: (v.subCategoryId ?? v.topCategoryId) as number,
      severity: v.severity,
      description: v.description.trim(),
      ...(amount.ok ? { amountInvolved: amount.fen } : {}),
      ...(optional(v.productName) ? { productName: optional(v.productName) } : {}),
      ...(optional(v.barcode) ? { barcode: optional(v.barcode) } : {}),
      ...(optional(v.batch) ? { batch: optional(v.batch) } : {}),
    };
  }

  protected async submit(): Promise<void> {
    this.bannerError.set(null);
    const body = this.request();
    if (!body) return;
    try {
      await this.store.create(body);
      this.submitted.set(true);
    } catch (e) {
      // Each problem under the field it names; the rest, with the API's summary, in the banner.
      const details = isApiError(e) ? e.details : [];
      const placed: Partial<Record<Field, string>> = {};
      for (const d of details) {
        const named = d.field === 'categoryId' && this.subCategories().length ? 'subCategoryId' : d.field;
        const field = named as Field | undefined;
        if (field && FIELDS.includes(field) && !placed[field]) placed[field] = d.problem;
      }
      this.serverErrors.set(placed);
      for (const field of Object.keys(placed) as Field[]) this.controlOf(field)?.setErrors({ server: true });
      const rest = details.filter((d) => !d.field || !(placed[d.field as Field] || (d.field === 'categoryId' && placed.subCategoryId)));
      this.bannerError.set(
        isApiError(e) && e.statusCode !== 0 && e.statusCode !== 415 && e.statusCode !== 413
          ? [e.message, ...rest.map(detailText)].filter(Boolean).join('；')
          : describeError(e, this.i18n),
      );
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

  protected again(): void {
    this.submitted.set(false);
    this.store.complaint.set(null);
    this.form.reset({ channel: 'store', receivedAt: toLocalInput(new Date()), severity: 'normal', keyCustomer: false });
    this.serverErrors.set({});
  }
}
