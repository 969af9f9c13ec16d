import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, writeRefusalText } from '@storeops/web/shared/util';
import { CodeNameDialog, CodeNameDialogData } from './code-name-dialog';

/** What the code-and-name master data pages (regions, categories) do alike: the dialog, and a toggle with feedback. */
@Injectable({ providedIn: 'root' })
export class MasterDataActions {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  openCodeName(data: CodeNameDialogData): void {
    this.dialog
      .open<CodeNameDialog, CodeNameDialogData, boolean>(CodeNameDialog, { data })
      .afterClosed()
      .subscribe((saved) => saved && this.saved());
  }

  /** Runs a write (activate / deactivate); says "saved", or why not (409: someone else changed it). */
  async write(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
      this.saved();
    } catch (error) {
      const message = writeRefusalText(error, this.i18n);
      this.snackBar.open(message, this.i18n.t('common.close'), { duration: 6000 });
    }
  }

  private saved(): void {
    this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
  }
}
