import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LicenceResponse, Role } from '@storeops/shared/contracts';
import { LicenceListStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { LicenceDialog, LicenceDialogData } from './licence-dialog';
import { LicenceRenewDialog, LicenceRenewDialogData } from './licence-renew-dialog';

import { describeError } from './shared';
import { AREA_STYLES, LicenceFilePick, LicenceTable, SuppliersNav } from '@storeops/web/suppliers/ui';

/** 证照到期: licences of suppliers and stores ending within 7/30/60 days or lapsed, soonest first; office and buyers add them and their scans. */
@Component({
  selector: 'so-licences-page',
  imports: [
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    EmptyState,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
    LicenceTable,
    SuppliersNav,
  ],
  providers: [LicenceListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'sup.licence.title' | t" [intro]="'sup.licence.intro' | t">
      @if (canWrite()) {
        <button mat-flat-button type="button" (click)="add()" data-testid="licence-add">
          <mat-icon>add</mat-icon>{{ 'sup.licence.add' | t }}
        </button>
      }
    </so-page-header>
    <so-suppliers-nav />
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'sup.licence.within' | t }}</mat-label>
        <mat-select
          [value]="list.query().expiringWithinDays ?? null"
          (selectionChange)="list.load({ expiringWithinDays: $event.value ?? undefined, page: 1 })"
          data-testid="licence-within"
        >
          @for (d of windows; track d) {
            <mat-option [value]="d">{{ 'sup.licence.withinDays' | t: { n: d } }}</mat-option>
          }
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'sup.licence.owner' | t }}</mat-label>
        <mat-select
          [value]="list.query().ownerKind ?? null"
          (selectionChange)="list.load({ ownerKind: $event.value ?? undefined, page: 1 })"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          <mat-option value="supplier">{{ 'sup.licence.owner.supplier' | t }}</mat-option>
          <mat-option value="store">{{ 'sup.licence.owner.store' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (uploadError(); as e) {
      <so-error-banner [message]="e" data-testid="licence-upload-error" />
    }
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
        <so-licence-table
          [licences]="list.items()"
          [showOwner]="true"
          [canWrite]="canWrite()"
          [highlightId]="highlightId()"
          (upload)="upload($event)"
          (renew)="renew($event)"
        />
      } @else if (list.empty() && !list.loading()) {
        <so-empty-state icon="verified" [title]="'sup.licence.empty' | t" />
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
  styles: AREA_STYLES,
})
export class LicencesPage implements OnInit {
  protected readonly list = inject(LicenceListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);
  /** A link from the 提醒中心 names the licence (`?licence=12`): its row stands out. */
  readonly licence = input<string | undefined>(undefined);
  protected readonly highlightId = computed(() => {
    const id = Number(this.licence());
    return Number.isInteger(id) && id > 0 ? id : null;
  });
  protected readonly canWrite = computed(() => this.role() === Role.AdminOffice || this.role() === Role.Buyer);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly windows = [7, 30, 60];

  ngOnInit(): void {
    void this.list.load({ expiringWithinDays: 60, page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected add(): void {
    const data: LicenceDialogData = {
      create: (body) => this.list.create(body),
      upload: (id, file) => this.list.uploadFile(id, file),
    };
    this.dialog
      .open<LicenceDialog, LicenceDialogData, boolean>(LicenceDialog, { data })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
        void this.list.load();
      });
  }

  protected async upload({ licence, file }: LicenceFilePick): Promise<void> {
    this.uploadError.set(null);
    try {
      await this.list.uploadFile(licence.id, file);
      this.snackBar.open(this.i18n.t('sup.licence.scan.uploaded'), undefined, { duration: 2500 });
    } catch (e) {
      this.uploadError.set(describeError(e, this.i18n));
    }
  }

  protected renew(licence: LicenceResponse): void {
    const data: LicenceRenewDialogData = { licence, renew: (body) => this.list.renew(licence.id, body) };
    this.dialog
      .open<LicenceRenewDialog, LicenceRenewDialogData, boolean>(LicenceRenewDialog, { data })
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('sup.licence.renewed'), undefined, { duration: 2500 }));
  }
}
