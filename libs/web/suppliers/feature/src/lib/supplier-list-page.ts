import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Role, SUPPLIER_STATUSES } from '@storeops/shared/contracts';
import { CategoriesStore } from '@storeops/web/org/data-access';
import { SupplierListStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { contactsFromRows, creditCodeHint, describeError } from './shared';
import { AREA_STYLES, SuppliersNav, supplierStatusKey } from '@storeops/web/suppliers/ui';

type ContactRow = FormGroup<{ name: FormControl<string>; phone: FormControl<string>; role: FormControl<string> }>;

/** 供应商 list with search and status filter; buyers add suppliers (the credit code is checked as they type). */
@Component({
  selector: 'so-supplier-list-page',
  imports: [
    MatCheckbox,
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    MatHint,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
    SuppliersNav,
  ],
  providers: [SupplierListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'sup.supplier.title' | t" [intro]="'sup.supplier.intro' | t">
      @if (canWrite()) {
        <button mat-flat-button type="button" (click)="creating.set(!creating())" data-testid="supplier-new">
          <mat-icon>add</mat-icon>{{ 'sup.supplier.new' | t }}
        </button>
      }
    </so-page-header>
    <so-suppliers-nav />
    @if (creating()) {
      <form class="card create" [formGroup]="form" (ngSubmit)="create()" data-testid="supplier-form">
        <mat-form-field
          ><mat-label>{{ 'sup.supplier.code' | t }}</mat-label
          ><input matInput formControlName="code"
        /></mat-form-field>
        <mat-form-field
          ><mat-label>{{ 'sup.supplier.name' | t }}</mat-label
          ><input matInput formControlName="name"
        /></mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.supplier.creditCode' | t }}</mat-label>
          <input matInput formControlName="creditCode" maxlength="18" data-testid="field-credit-code" />
          @if (codeProblem(); as p) {
            <mat-hint class="problem" data-testid="credit-code-problem">{{ p }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.supplier.categories' | t }}</mat-label>
          <mat-select formControlName="categoryIds" multiple>
            @for (c of categories(); track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="contacts" formArrayName="contacts">
          @for (row of form.controls.contacts.controls; track row; let i = $index) {
            <div class="contact" [formGroupName]="i" data-testid="supplier-contact-row">
              <mat-form-field
                ><mat-label>{{ 'sup.supplier.contact.name' | t }}</mat-label
                ><input matInput formControlName="name" maxlength="50"
              /></mat-form-field>
              <mat-form-field
                ><mat-label>{{ 'sup.supplier.contact.phone' | t }}</mat-label
                ><input matInput formControlName="phone" maxlength="30"
              /></mat-form-field>
              <mat-form-field
                ><mat-label>{{ 'sup.supplier.contact.role' | t }}</mat-label
                ><input matInput formControlName="role" maxlength="50"
              /></mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="form.controls.contacts.removeAt(i)"
                [attr.aria-label]="'sup.supplier.contact.remove' | t"
              >
                <mat-icon>delete</mat-icon>
              </button>
            </div>
          }
          <button mat-stroked-button type="button" (click)="addContact()" data-testid="supplier-contact-add">
            <mat-icon>add</mat-icon>{{ 'sup.supplier.contact.add' | t }}
          </button>
        </div>
        <button mat-flat-button type="submit" [disabled]="form.invalid || !!codeProblem() || list.saving()">{{ 'common.save' | t }}</button>
        @if (saveError(); as e) {
          <so-error-banner [message]="e" />
        }
      </form>
    }
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'sup.supplier.search' | t }}</mat-label>
        <input
          matInput
          [value]="list.query().q ?? ''"
          (change)="list.load({ q: $any($event.target).value || undefined, page: 1 })"
          data-testid="supplier-search"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'common.status' | t }}</mat-label>
        <mat-select [value]="list.query().status ?? null" (selectionChange)="list.load({ status: $event.value ?? undefined, page: 1 })">
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ supplierStatusKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox
        [checked]="!!list.query().flagged"
        (change)="list.load({ flagged: $event.checked || undefined, page: 1 })"
        data-testid="supplier-flagged-only"
        >{{ 'sup.supplier.flaggedOnly' | t }}</mat-checkbox
      >
    </div>
    @if (list.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="list.load()"
      />
    }
    <div class="card">
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
        }
      </div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="supplier-table">
            <thead>
              <tr>
                <th>{{ 'sup.supplier.code' | t }}</th>
                <th>{{ 'sup.supplier.name' | t }}</th>
                <th>{{ 'sup.supplier.creditCode' | t }}</th>
                <th>{{ 'common.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of list.items(); track s.id) {
                <tr data-testid="supplier-row">
                  <td class="nowrap">
                    <a [routerLink]="['/suppliers/directory', s.id]">{{ s.code }}</a>
                  </td>
                  <td>{{ s.name }}</td>
                  <td class="nowrap mono">{{ s.creditCode }}</td>
                  <td>
                    <span [class]="'chip st-' + s.status">{{ supplierStatusKey(s.status) | t }}</span>
                    @if (s.licenceFlag) {
                      <span
                        class="chip al-expired"
                        data-testid="supplier-licence-flag"
                        [title]="'sup.supplier.licenceFlagHint' | t: { n: s.expiredLicences, m: s.liveContracts }"
                        >{{ 'sup.supplier.licenceFlag' | t }}</span
                      >
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.empty() && !list.loading()) {
        <so-empty-state icon="storefront" [title]="'sup.supplier.empty' | t" />
      }
      <mat-paginator
        [length]="list.total()"
        [pageIndex]="(list.query().page ?? 1) - 1"
        [pageSize]="list.query().pageSize ?? 20"
        [pageSizeOptions]="[20, 50]"
        (page)="page($event)"
      />
    </div>
  `,
  styles: [
    AREA_STYLES,
    `
      .create {
        display: flex;
        flex-wrap: wrap;
        gap: 0 12px;
        padding: 16px;
        align-items: flex-start;
      }
      .contacts {
        flex: 1 1 100%;
        margin-bottom: 12px;
      }
      .contact {
        display: flex;
        flex-wrap: wrap;
        gap: 0 8px;
      }
      .contact mat-form-field {
        flex: 1 1 140px;
        min-width: 0;
      }
      .contact button {
        margin-top: 8px;
      }
      .mono {
        font-family: monospace;
      }
      .problem {
        color: var(--mat-sys-error);
      }
    `,
  ],
})
export class SupplierListPage implements OnInit {
  protected readonly list = inject(SupplierListStore);
  private readonly categoryStore = inject(CategoriesStore);
  private readonly i18n = inject(I18nService);
  protected readonly categories = this.categoryStore.tops;
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly role = input<Role | null>(null);
  protected readonly canWrite = computed(() => this.role() === Role.Buyer || this.role() === Role.Admin);
  protected readonly creating = signal(false);
  protected readonly statuses = SUPPLIER_STATUSES;
  protected readonly supplierStatusKey = supplierStatusKey;
  protected readonly saveError = signal<string | null>(null);
  private readonly creditCode = signal('');
  protected readonly codeProblem = computed(() =>
    this.creditCode().length ? creditCodeHint(this.creditCode().toUpperCase(), this.i18n) : null,
  );

  protected readonly form = this.fb.group({
    code: this.fb.control('', [Validators.required, Validators.pattern(/^[A-Za-z0-9-]{2,32}$/)]),
    name: this.fb.control('', Validators.required),
    creditCode: this.fb.control('', Validators.required),
    categoryIds: this.fb.control<number[]>([]),
    contacts: this.fb.array<ContactRow>([]),
  });

  protected addContact(): void {
    this.form.controls.contacts.push(
      this.fb.group({
        name: this.fb.control('', [Validators.required, Validators.maxLength(50)]),
        phone: this.fb.control('', [Validators.required, Validators.maxLength(30)]),
        role: this.fb.control('', Validators.maxLength(50)),
      }),
    );
  }

  ngOnInit(): void {
    void this.list.load({ page: 1 });
    void this.categoryStore.load();
    this.form.controls.creditCode.valueChanges.subscribe((v) => this.creditCode.set(v.trim()));
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected async create(): Promise<void> {
    this.saveError.set(null);
    const v = this.form.getRawValue();
    try {
      await this.list.create({
        ...v,
        code: v.code.toUpperCase(),
        creditCode: v.creditCode.trim().toUpperCase(),
        contacts: contactsFromRows(v.contacts),
      });
      this.form.reset();
      this.form.controls.contacts.clear();
      this.creating.set(false);
      await this.list.load({ q: undefined, page: 1 });
    } catch (e) {
      this.saveError.set(describeError(e));
    }
  }
}
