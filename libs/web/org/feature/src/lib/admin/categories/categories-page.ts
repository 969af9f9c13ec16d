import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { CategoryResponse } from '@storeops/shared/contracts';
import { CategoriesStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { MasterDataActions } from '../master-data-actions';

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
  private readonly actions = inject(MasterDataActions);
  private readonly i18n = inject(I18nService);
  protected readonly columns = ['code', 'name', 'status', 'actions'];

  /** The two-level tree flattened into table rows: each top category followed by its subcategories. */
  protected readonly rows = computed<CategoryRow[]>(() =>
    this.categories
      .tree()
      .flatMap((node) => [
        { category: node.category, level: 0 as const, childCount: node.children.length },
        ...node.children.map((child) => ({ category: child, level: 1 as const, childCount: 0 })),
      ]),
  );

  ngOnInit(): void {
    void this.categories.load(true);
  }

  protected openCreate(parent: CategoryResponse | null): void {
    this.actions.openCodeName({
      title: this.i18n.t(parent ? 'org.categories.createSub' : 'org.categories.createTop'),
      codeLabel: this.i18n.t('org.categories.code'),
      nameLabel: this.i18n.t('org.categories.name'),
      context: `${this.i18n.t('org.categories.parent')}: ${parent ? parent.name : this.i18n.t('org.categories.topLevel')}`,
      save: (value) => this.categories.create({ ...value, parentId: parent?.id ?? null }),
    });
  }

  protected openRename(category: CategoryResponse): void {
    this.actions.openCodeName({
      title: this.i18n.t('org.categories.edit'),
      codeLabel: this.i18n.t('org.categories.code'),
      nameLabel: this.i18n.t('org.categories.name'),
      existing: category,
      save: ({ name }) => this.categories.update(category.id, { name, version: category.version }),
    });
  }

  protected toggleActive(category: CategoryResponse): Promise<void> {
    return this.actions.write(() => this.categories.update(category.id, { active: !category.active, version: category.version }));
  }
}
