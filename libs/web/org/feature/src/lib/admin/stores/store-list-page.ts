import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { CreateStoreRequest, StoreFormat, StoreResponse, StoreStatus, UpdateStoreRequest } from '@storeops/shared/contracts';
import { RegionsStore, StoresStore } from '@storeops/web/org/data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  NumberFormatPipe,
  TranslatePipe,
  formatKey,
  storeStatusKey,
  writeRefusalText,
} from '@storeops/web/shared/util';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { StoreFormDialog, StoreFormDialogData } from './store-form-dialog';

@Component({
  selector: 'so-store-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatIcon,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    MatTableModule,
    MatTooltip,
    EmptyState,
    ErrorBanner,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [StoresStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-list-page.html',
  styleUrl: '../admin-table.scss',
})
export class StoreListPage implements OnInit {
  protected readonly stores = inject(StoresStore);
  protected readonly regions = inject(RegionsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['code', 'name', 'externalCodes', 'region', 'format', 'status', 'openDate', 'area', 'actions'];
  protected readonly formats = Object.values(StoreFormat);
  protected readonly statuses = Object.values(StoreStatus);
  protected readonly formatKey = formatKey;
  protected readonly statusKey = storeStatusKey;
  protected readonly pageSizes = [20, 50, 100];

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly regionFilter = new FormControl<number | null>(null);
  protected readonly formatFilter = new FormControl<StoreFormat | null>(null);
  protected readonly statusFilter = new FormControl<StoreStatus | null>(null);

  ngOnInit(): void {
    void this.regions.load();
    void this.stores.load({ page: 1, pageSize: 20 });
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    void this.stores.filter({
      q: this.search.value.trim() || undefined,
      regionId: this.regionFilter.value ?? undefined,
      format: this.formatFilter.value ?? undefined,
      status: this.statusFilter.value ?? undefined,
    });
  }

  protected page(event: PageEvent): void {
    void this.stores.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected openCreate(): void {
    this.openForm(null, (body) => this.stores.create(body as CreateStoreRequest), 'org.stores.created');
  }

  protected openEdit(store: StoreResponse): void {
    this.openForm(store, (body) => this.stores.update(store.id, body as UpdateStoreRequest), 'org.stores.updated');
  }

  protected confirmClose(store: StoreResponse): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('org.stores.deactivateTitle'),
      text: this.i18n.t('org.stores.deactivateText', { name: store.name }),
      confirmLabel: this.i18n.t('org.stores.deactivate'),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe(async (confirmed) => {
        if (!confirmed) return;
        try {
          await this.stores.close(store);
          this.snackBar.open(this.i18n.t('org.stores.closed'), undefined, { duration: 3000 });
        } catch (error) {
          const message = writeRefusalText(error, this.i18n);
          this.snackBar.open(message, this.i18n.t('common.close'), { duration: 6000 });
        }
      });
  }

  private openForm(store: StoreResponse | null, save: StoreFormDialogData['save'], doneKey: string): void {
    const data: StoreFormDialogData = { store, regions: this.regions.activeRegions(), save };
    this.dialog
      .open<StoreFormDialog, StoreFormDialogData, StoreResponse>(StoreFormDialog, { data, width: '640px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.snackBar.open(this.i18n.t(doneKey), undefined, { duration: 3000 });
      });
  }
}
