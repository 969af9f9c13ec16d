import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { ALERT_STATUSES, AlertItem, AlertQuery, Role } from '@storeops/shared/contracts';
import { ALERT_PAGE_SIZE, AlertCountStore, AlertListStore } from '@storeops/web/alerts/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { kindKey, kindsFor, partKey, remainingText, statusKey } from './alert-format';
import { AlertLink, alertLink } from './alert-link';
import { AlertSettingsDialog } from './alert-settings-dialog';
import { SnoozeDialog, SnoozeDialogData } from './snooze-dialog';

type Filter = Pick<AlertQuery, 'kind' | 'storeId' | 'status'>;

/** A row as the template shows it: the item, where 去处理 goes, and its remaining time in words. */
interface AlertRow {
  item: AlertItem;
  link: AlertLink | null;
  left: ReturnType<typeof remainingText>;
  store: string;
  /** The API takes a snooze only up to the deadline, so an overdue item cannot be put off. */
  canSnooze: boolean;
}

/**
 * 提醒中心: 我的待办 (what the caller must act on: owned, to approve, escalated to them) or 全部可见, by kind, store and
 * status; each row links to where it is acted on, and a person may put their own item off (暂缓) until before its
 * deadline. The channels besides this page are the caller's own settings (通知设置).
 */
@Component({
  selector: 'so-alerts-page',
  imports: [
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    MatTooltip,
    RouterLink,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [AlertListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alerts-page.html',
  styleUrl: './alerts-page.scss',
})
export class AlertsPage implements OnInit {
  /** From the route (the shell resolves it): which kinds the filter offers, and whether there is a store to pick. */
  readonly role = input<Role | null>(null);
  protected readonly list = inject(AlertListStore);
  protected readonly badge = inject(AlertCountStore);
  protected readonly storeSource = inject(StorePickerSource);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly kinds = computed(() => kindsFor(this.role()));
  protected readonly statuses = ALERT_STATUSES;
  protected readonly kindKey = kindKey;
  protected readonly statusKey = statusKey;
  protected readonly partKey = partKey;
  protected readonly storeScoped = computed(() => this.role() === Role.StoreManager);
  protected readonly mine = computed(() => this.list.query().mine !== false);
  protected readonly filtered = computed(() => {
    const q = this.list.query();
    return q.kind !== undefined || q.storeId !== undefined || q.status !== undefined;
  });
  protected readonly rows = computed<AlertRow[]>(() => {
    const stores = this.list.stores();
    return this.list.items().map((item) => {
      const store = item.storeId === null ? null : stores.get(item.storeId);
      return {
        item,
        link: alertLink(item),
        left: remainingText(item.workingMinutesLeft),
        store: item.storeId === null ? '' : store ? `${store.code} ${store.name}` : `#${item.storeId}`,
        canSnooze: item.myPart !== null && item.status !== 'overdue' && Date.parse(item.dueAt) > Date.now(),
      };
    });
  });

  ngOnInit(): void {
    void this.list.load({ mine: true, page: 1, pageSize: ALERT_PAGE_SIZE });
  }

  protected show(mine: boolean): void {
    if (mine === this.mine()) return;
    void this.list.load({ mine, page: 1 });
  }

  protected setFilter(change: Filter): void {
    void this.list.load({ ...change, page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected snooze(item: AlertItem): void {
    this.list.clearSaveError();
    const data: SnoozeDialogData = { item, snooze: (body) => this.list.snooze(item.key, body) };
    this.dialog
      .open<SnoozeDialog, SnoozeDialogData, boolean>(SnoozeDialog, { data, autoFocus: 'dialog' })
      .afterClosed()
      .subscribe((done) => done && this.snackBar.open(this.i18n.t('alert.snooze.done'), undefined, { duration: 2500 }));
  }

  protected settings(): void {
    this.dialog
      .open<AlertSettingsDialog, void, boolean>(AlertSettingsDialog)
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 }));
  }
}
