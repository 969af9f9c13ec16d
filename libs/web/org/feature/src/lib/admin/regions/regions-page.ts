import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { RegionResponse } from '@storeops/shared/contracts';
import { RegionsStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, isApiError } from '@storeops/web/shared/util';
import { CodeNameDialog, CodeNameDialogData } from '../code-name-dialog';

@Component({
  selector: 'so-regions-page',
  imports: [MatButton, MatIconButton, MatIcon, MatProgressBar, MatTableModule, MatTooltip, EmptyState, ErrorBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-page.html',
  styleUrl: '../admin-table.scss',
})
export class RegionsPage implements OnInit {
  protected readonly regions = inject(RegionsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly columns = ['code', 'name', 'status', 'actions'];

  ngOnInit(): void {
    void this.regions.load(true);
  }

  protected openCreate(): void {
    this.open({
      title: this.i18n.t('regions.create'),
      codeLabel: this.i18n.t('regions.code'),
      nameLabel: this.i18n.t('regions.name'),
      save: (value) => this.regions.create(value),
    });
  }

  protected openRename(region: RegionResponse): void {
    this.open({
      title: this.i18n.t('regions.edit'),
      codeLabel: this.i18n.t('regions.code'),
      nameLabel: this.i18n.t('regions.name'),
      existing: region,
      save: ({ name }) => this.regions.update(region.id, { name, version: region.version }),
    });
  }

  protected async toggleActive(region: RegionResponse): Promise<void> {
    try {
      await this.regions.update(region.id, { active: !region.active, version: region.version });
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
