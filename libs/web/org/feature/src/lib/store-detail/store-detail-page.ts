import { ChangeDetectionStrategy, Component, effect, inject, input, numberAttribute } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { StoreDetailStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner, LoadingState } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe, formatKey, storeStatusKey } from '@storeops/web/shared/util';

/** /stores/:id — open to every signed-in user; the API decides (403 for another store's manager). */
@Component({
  selector: 'so-store-detail-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    RouterLink,
    EmptyState,
    ErrorBanner,
    LoadingState,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [StoreDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-detail-page.html',
  styleUrl: './store-detail-page.scss',
})
export class StoreDetailPage {
  protected readonly detail = inject(StoreDetailStore);
  readonly id = input.required({ transform: numberAttribute });
  protected readonly formatKey = formatKey;
  protected readonly statusKey = storeStatusKey;

  constructor() {
    effect(() => {
      const id = this.id();
      void this.detail.load(id);
    });
  }

  protected retry(): void {
    void this.detail.load(this.id());
  }
}
