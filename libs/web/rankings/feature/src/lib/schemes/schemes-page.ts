import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Role, ScorecardSchemeResponse, SchemeComponentConfig } from '@storeops/shared/contracts';
import { CategoriesStore } from '@storeops/web/org/data-access';
import { SchemesStore } from '@storeops/web/rankings/data-access';
import { EmptyState, ErrorBanner, LoadingState, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { apiMessage } from '../api-message';
import { componentLabel, missingRuleKey } from '../component-labels';
import { SchemeDialog, SchemeDialogData } from './scheme-dialog';

/** 考评方案: every scheme and version; ops managers draft (and make new versions), the director approves one. */
@Component({
  selector: 'so-schemes-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    EmptyState,
    ErrorBanner,
    LoadingState,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [SchemesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schemes-page.html',
  styleUrl: './schemes-page.scss',
})
export class SchemesPage {
  protected readonly store = inject(SchemesStore);
  private readonly categories = inject(CategoriesStore);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /** From the route's resolver. */
  readonly role = input<Role | null>(null);
  protected readonly canDraft = computed(() => this.role() === Role.OpsManager || this.role() === Role.Admin);
  protected readonly canApprove = computed(() => this.role() === Role.Director);
  protected readonly actionError = signal<string | null>(null);
  protected readonly missingRuleKey = missingRuleKey;

  constructor() {
    void this.store.load();
    void this.categories.load();
  }

  protected label(c: SchemeComponentConfig): string {
    return componentLabel(this.i18n, c);
  }

  protected open(mode: SchemeDialogData['mode'], scheme?: ScorecardSchemeResponse): void {
    this.actionError.set(null);
    const data: SchemeDialogData = {
      mode,
      scheme,
      categories: this.categories.categories(),
      create: (body) => this.store.create(body),
      update: (id, body) => this.store.update(id, body),
    };
    this.dialog.open(SchemeDialog, { data, width: '760px', maxWidth: '96vw', autoFocus: 'first-tabbable' });
  }

  protected async approve(scheme: ScorecardSchemeResponse): Promise<void> {
    this.actionError.set(null);
    try {
      await this.store.approve(scheme);
    } catch (error) {
      this.actionError.set(apiMessage(error, this.i18n));
    }
  }
}
