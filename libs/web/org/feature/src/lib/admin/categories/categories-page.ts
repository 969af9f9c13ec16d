import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { CategoryResponse } from '@storeops/shared/contracts';
import { CategoriesStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, isApiError } from '@storeops/web/shared/util';
import { CodeNameDialog, CodeNameDialogData } from '../code-name-dialog';

interface CategoryRow {
  category: CategoryResponse;
  level: 0 | 1;
  childCount: number;
}

@Component({
  selector: 'so-categories-page',
  imports: [MatButton, MatIconButton, MatIcon, MatProgressBar, MatTableModule, MatTooltip, EmptyState, ErrorBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './categories-page.html',
  styleUrl: '../admin-table.scss',
})
export class CategoriesPage implements OnInit {
  protected readonly categories = inject(CategoriesStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly columns = ['code', 'name', 'status', 'actions'];

  /** The two-level tree flattened into table rows: each top category followed by its subcategories. */
  protected readonly rows = computed<CategoryRow[]>(() =>
    this.categories.tree().flatMap((node) => [
      { category: node.category, level: 0 as const, childCount: node.children.length },
      ...node.children.map((child) => ({ category: child, level: 1 as const, childCount: 0 })),
    ]),
  );

  ngOnInit(): void {
    void this.categories.load(true);
  }

  protected openCreate(parent: CategoryResponse | null): void {
    this.open({
      title: this.i18n.t(parent ? 'categories.createSub' : 'categories.createTop'),
      codeLabel: this.i18n.t('categories.code'),
      nameLabel: this.i18n.t('categories.name'),
      context: `${this.i18n.t('categories.parent')}: ${parent ? parent.name : this.i18n.t('categories.topLevel')}`,
      save: (value) => this.categories.create({ ...value, parentId: parent?.id ?? null }),
    });
  }

  protected openRename(category: CategoryResponse): void {
    this.open({
      title: this.i18n.t('categories.edit'),
      codeLabel: this.i18n.t('categories.code'),
      nameLabel: this.i18n.t('categories.name'),
      existing: category,
      save: ({ name }) => this.categories.update(category.id, { name, version: category.version }),
    });
  }

  protected async toggleActive(category: CategoryResponse): Promise<void> {
    try {
      await this.categories.update(category.id, { active: !category.active, version: category.version });
      this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
    } catch (error) {
      const message = isApiError(error) && error.statusCode === 409 ? this.i18n.t('common.conflict') : this.i18n.t('common.error', { message: isApiError(error) ? error.message : String(error) });
      this.snackBar.open(message, this.i18n.t('common.close'), { duration: 6000 });
    }
  }

  private open(data: CodeNameDialogData): void {
    this.dialog
      .open<CodeNameDialog, CodeNameDialogData, boolean>(CodeNameDialog, { data })
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 }));
  }
}
