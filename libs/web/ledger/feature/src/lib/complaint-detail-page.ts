import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CALLING_HOURS, ComplaintAction, ComplaintDeadline, ComplaintTimelineEntry, isCallingTime, Role } from '@storeops/shared/contracts';
import { ComplaintLookupsStore, ComplaintStore } from '@storeops/web/ledger/data-access';
import {
  actionKey,
  channelKey,
  COMPLAINT_FILE_TYPES,
  COMPLAINT_STYLES,
  ComplaintsNav,
  deadlineKey,
  departmentKey,
  DEPARTMENTS,
  OPEN_STATUSES,
  SATISFACTION_CHOICES,
  satisfactionKey,
  severityKey,
  stageKey,
  statusKey,
} from '@storeops/web/ledger/ui';
import { StoreDirectoryStore, StorePickerSource } from '@storeops/web/org/data-access';
import { SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { formatMoney, I18nService, LocalDatePipe, MoneyPipe, roleKey, TranslatePipe } from '@storeops/web/shared/util';
import { ActionDraft, buildTransition, closeBlockedByFollowUp, DraftErrors, emptyDraft, isWarningAction } from './complaint-actions';
import { describeError, formatBytes, isHandler, queueTitleKey } from './shared';

type Panel = ComplaintAction | 'pause' | 'resume' | 'merge';

/** Timeline details worth a line, in this order; others (ids, internal flags) are left out. */
const DETAIL_KEYS = [
  'valid',
  'reason',
  'responsibleDepartment',
  'customerInformed',
  'plan',
  'compensation',
  'resolution',
  'causeCode',
  'compensationPaid',
  'reached',
  'satisfaction',
  'notes',
  'mergedCode',
  'intoCode',
] as const;

/**
 * One complaint: the header with its code, status and key-customer badge, the four stage clocks, the record, the
 * customer's phone masked (revealed on request, audited), the actions the caller may take, each as a small form,
 * the 回访 script, attachments and the timeline.
 */
@Component({
  selector: 'so-complaint-detail-page',
  imports: [
    NgTemplateOutlet,
    FormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatLabel,
    MatPrefix,
    MatIcon,
    MatInput,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatOption,
    MatSelect,
    RouterLink,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    ComplaintsNav,
  ],
  providers: [ComplaintStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './complaint-detail-page.html',
  styles: COMPLAINT_STYLES,
  styleUrl: './complaint-detail-page.scss',
})
export class ComplaintDetailPage implements OnInit {
  protected readonly store = inject(ComplaintStore);
  protected readonly lookups = inject(ComplaintLookupsStore);
  protected readonly stores = inject(StorePickerSource);
  protected readonly suppliers = inject(SupplierPickerSource);
  private readonly directory = inject(StoreDirectoryStore);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  readonly role = input<Role | null>(null);

  protected readonly panel = signal<Panel | null>(null);
  protected readonly draft = signal<ActionDraft>(emptyDraft(null));
  protected readonly errors = signal<DraftErrors>({});
  protected readonly actionError = signal<string | null>(null);
  protected readonly attachError = signal<string | null>(null);
  protected readonly phoneError = signal<string | null>(null);
  protected readonly pauseReason = signal('');
  protected readonly mergeCode = signal('');
  protected readonly mergeComment = signal('');
  protected readonly done = signal<string | null>(null);
  /** Read when the follow-up form opens and every time it is drawn: the warning follows the clock. */
  protected readonly now = signal(new Date());

  protected readonly departments = DEPARTMENTS;
  protected readonly satisfactions = SATISFACTION_CHOICES;
  protected readonly fileTypes = COMPLAINT_FILE_TYPES;
  protected readonly callingHours = CALLING_HOURS;
  protected readonly statusKey = statusKey;
  protected readonly actionKey = actionKey;
  protected readonly channelKey = channelKey;
  protected readonly stageKey = stageKey;
  protected readonly severityKey = severityKey;
  protected readonly deadlineKey = deadlineKey;
  protected readonly departmentKey = departmentKey;
  protected readonly satisfactionKey = satisfactionKey;
  protected readonly roleKey = roleKey;
  protected readonly formatBytes = formatBytes;
  protected readonly isWarningAction = isWarningAction;

  protected readonly c = computed(() => this.store.complaint());
  protected readonly queueTitle = computed(() => queueTitleKey(this.role()));
  protected readonly canRecord = computed(() => isHandler(this.role()));
  protected readonly actions = computed(() => this.c()?.allowedActions ?? []);
  /** Waiting for the customer: the handler pauses an open complaint's clock and resumes it. */
  protected readonly canPause = computed(() => {
    const c = this.c();
    return !!c && isHandler(this.role()) && OPEN_STATUSES.includes(c.status) && !c.paused;
  });
  protected readonly canResume = computed(() => {
    const c = this.c();
    return !!c && isHandler(this.role()) && c.paused;
  });
  /** The office folds a duplicate into the complaint it repeats. */
  protected readonly canMerge = computed(() => {
    const c = this.c();
    return !!c && this.role() === Role.AdminOffice && OPEN_STATUSES.includes(c.status);
  });
  protected readonly canAttach = computed(() => {
    const c = this.c();
    return !!c && isHandler(this.role()) && c.status !== 'merged' && !c.anonymised;
  });
  protected readonly closeBlocked = computed(() => {
    const c = this.c();
    return !!c && c.allowedActions.includes('close') && closeBlockedByFollowUp(c);
  });
  protected readonly phone = computed(() => this.store.revealedPhone() ?? this.c()?.customerPhone ?? null);
  protected readonly categoryPath = computed(() => {
    const c = this.c();
    return c ? this.lookups.categoryPath(c.categoryId) || c.categoryName : '';
  });
  protected readonly callingTime = computed(() => isCallingTime(this.now()));
  /** The 回访 script's opening, filled with this complaint's store, day, category and what was done. */
  protected readonly script = computed(() => {
    const c = this.c();
    if (!c) return null;
    const received = new Date(Date.parse(c.receivedAt) + 8 * 3_600_000);
    const params = {
      store: c.storeName,
      month: received.getUTCMonth() + 1,
      day: received.getUTCDate(),
      category: c.categoryName,
      resolution: c.resolution ?? this.i18n.t('complaints.script.handled'),
    };
    return {
      opening: this.i18n.t('complaints.script.opening', params),
      questions: ['complaints.script.q1', 'complaints.script.q2', 'complaints.script.q3'].map((k) => this.i18n.t(k)),
      satisfied: this.i18n.t('complaints.script.closingSatisfied'),
      unsatisfied: this.i18n.t('complaints.script.closingUnsatisfied', { store: c.storeName }),
    };
  });

  ngOnInit(): void {
    void this.lookups.load();
    void this.directory.load();
    void this.store.load(Number(this.id()));
  }

  protected reload(): Promise<void> {
    return this.store.load(Number(this.id()));
  }

  protected open(panel: Panel): void {
    this.actionError.set(null);
    this.done.set(null);
    this.errors.set({});
    this.now.set(new Date());
    this.draft.set(emptyDraft(this.c()));
    this.pauseReason.set('');
    this.mergeCode.set('');
    this.mergeComment.set('');
    this.panel.set(this.panel() === panel ? null : panel);
  }

  protected set<K extends keyof ActionDraft>(key: K, value: ActionDraft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
    if (this.errors()[key]) this.errors.update((e) => ({ ...e, [key]: undefined }));
  }

  protected errorText(key: keyof ActionDraft): string {
    const k = this.errors()[key];
    return k ? this.i18n.t(k) : '';
  }

  protected async submit(action: ComplaintAction): Promise<void> {
    this.actionError.set(null);
    const built = buildTransition(action, this.draft());
    if (!built.ok) {
      this.errors.set(built.errors);
      return;
    }
    try {
      await this.store.transition(built.body);
      this.finish(action);
    } catch (e) {
      this.actionError.set(describeError(e, this.i18n));
    }
  }

  protected async pause(): Promise<void> {
    const reason = this.pauseReason().trim();
    if (!reason) {
      this.actionError.set(this.i18n.t('complaints.pause.reasonRequired'));
      return;
    }
    await this.run(() => this.store.pause(reason), 'pause');
  }

  protected resume(): Promise<void> {
    return this.run(() => this.store.resume(), 'resume');
  }

  protected async merge(): Promise<void> {
    const code = this.mergeCode().trim();
    if (!code) {
      this.actionError.set(this.i18n.t('complaints.merge.codeRequired'));
      return;
    }
    await this.run(() => this.store.mergeInto(code, this.mergeComment().trim() || undefined), 'merge');
  }

  protected async revealPhone(): Promise<void> {
    this.phoneError.set(null);
    try {
      await this.store.revealPhone();
    } catch (e) {
      this.phoneError.set(describeError(e, this.i18n));
    }
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.attachError.set(null);
    try {
      await this.store.attach(file);
    } catch (e) {
      this.attachError.set(describeError(e, this.i18n));
    } finally {
      input.value = '';
    }
  }

  /** Who holds a stage's clock: the office, or the 店长 of a store. */
  protected holder(d: ComplaintDeadline): string {
    const role = this.i18n.t(roleKey(d.holderRole));
    if (d.holderStoreId === null) return role;
    const c = this.c();
    const name = d.holderStoreId === c?.storeId ? c.storeName : (this.directory.byId().get(d.holderStoreId)?.name ?? '');
    return name ? `${name} ${role}` : role;
  }

  protected storeName(id: number | null): string {
    if (id === null) return '';
    const c = this.c();
    if (c && id === c.storeId) return `${c.storeCode} ${c.storeName}`;
    const s = this.directory.byId().get(id);
    return s ? `${s.code} ${s.name}` : '';
  }

  /** A timeline entry's recorded answers as label–value lines, in the interface language. */
  protected detailsOf(e: ComplaintTimelineEntry): Array<{ label: string; value: string }> {
    const yes = this.i18n.t('complaints.yes');
    const no = this.i18n.t('complaints.no');
    return DETAIL_KEYS.filter((k) => e.details[k] !== undefined && e.details[k] !== null && e.details[k] !== '').map((k) => {
      const raw = e.details[k];
      let value: string;
      if (typeof raw === 'boolean') value = raw ? yes : no;
      else if (k === 'compensation' || k === 'compensationPaid') value = formatMoney(Number(raw), this.i18n.locale());
      else if (k === 'satisfaction') value = this.i18n.t(satisfactionKey(raw as never));
      else if (k === 'responsibleDepartment') value = this.i18n.t(departmentKey(raw as never));
      else if (k === 'causeCode') value = this.lookups.causes().find((c) => c.code === raw)?.name ?? String(raw);
      else value = String(raw);
      return { label: this.i18n.t(`complaints.detail.${k}`), value };
    });
  }

  private async run(write: () => Promise<unknown>, panel: Panel): Promise<void> {
    this.actionError.set(null);
    try {
      await write();
      this.finish(panel);
    } catch (e) {
      this.actionError.set(describeError(e, this.i18n));
    }
  }

  private finish(panel: Panel): void {
    this.panel.set(null);
    this.done.set(this.i18n.t('complaints.done', { action: this.i18n.t(actionKey(panel)) }));
  }
}
