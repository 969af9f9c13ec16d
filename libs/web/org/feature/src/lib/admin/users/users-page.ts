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
import { ALL_ROLES, CreateUserRequest, Role, UpdateUserRequest, UserResponse } from '@storeops/shared/contracts';
import { CategoriesStore, StoreDirectoryStore, UsersStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, roleKey, writeRefusalText } from '@storeops/web/shared/util';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { UserFormDialog, UserFormDialogData } from './user-form-dialog';

@Component({
  selector: 'so-users-page',
  imports: [
    ReactiveFormsModule,
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
    TranslatePipe,
  ],
  providers: [UsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: '../admin-table.scss',
})
export class UsersPage implements OnInit {
  protected readonly users = inject(UsersStore);
  protected readonly directory = inject(StoreDirectoryStore);
  protected readonly categories = inject(CategoriesStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['username', 'displayName', 'role', 'scope', 'status', 'actions'];
  protected readonly roles = ALL_ROLES;
  protected readonly roleKey = roleKey;
  protected readonly pageSizes = [20, 50, 100];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly roleFilter = new FormControl<Role | null>(null);

  ngOnInit(): void {
    void this.directory.load();
    void this.categories.load();
    void this.users.load({ page: 1, pageSize: 20 });
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    void this.users.load({ q: this.search.value.trim() || undefined, role: this.roleFilter.value ?? undefined, page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.users.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  /** Store for a store manager, category names for a specialist. */
  protected scopeOf(user: UserResponse): string {
    if (user.storeId !== null) {
      const store = this.directory.byId().get(user.storeId);
      return store ? `${store.code} ${store.name}` : `#${user.storeId}`;
    }
    if (user.categoryIds.length) {
      const names = new Map(this.categories.categories().map((c) => [c.id, c.name]));
      return user.categoryIds.map((id) => names.get(id) ?? `#${id}`).join('、');
    }
    return '';
  }

  protected openCreate(): void {
    this.openForm(null, (body) => this.users.create(body as CreateUserRequest));
  }

  protected openEdit(user: UserResponse): void {
    this.openForm(user, (body) => this.users.update(user.id, body as UpdateUserRequest));
  }

  protected async toggleActive(user: UserResponse): Promise<void> {
    try {
      await this.users.update(user.id, { active: !user.active, version: user.version });
      this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
    } catch (error) {
      const message = writeRefusalText(error, this.i18n);
      this.snackBar.open(message, this.i18n.t('common.close'), { duration: 6000 });
    }
  }

  private openForm(user: UserResponse | null, save: UserFormDialogData['save']): void {
    const data: UserFormDialogData = { user, categories: this.categories.tree(), save };
    this.dialog
      .open<UserFormDialog, UserFormDialogData, UserResponse>(UserFormDialog, { data, width: '640px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 }));
  }
}
