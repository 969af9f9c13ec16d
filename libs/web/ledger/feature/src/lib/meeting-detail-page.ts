import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MeetingActionResponse, Role } from '@storeops/shared/contracts';
import { isOverdue, MeetingStore } from '@storeops/web/ledger/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import {
  I18nService,
  isStaleVersion,
  LocalDatePipe,
  NumberFormatPipe,
  pickerLabel,
  roleKey,
  saveBlob,
  TranslatePipe,
} from '@storeops/web/shared/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { canComplete, canMakeCorrective, describeMeetingError, isMeetingManager, MEETING_STYLES } from './meetings-shared';

/**
 * One meeting: when, who, the agenda, minutes and decisions, its own actions and — marked apart — the actions of
 * the series' earlier meetings still open then (上次遗留). 完成 and 转为整改 per action; the minutes as a file.
 */
@Component({
  selector: 'so-meeting-detail-page',
  imports: [
    NgTemplateOutlet,
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [MeetingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = store.meeting();
    <so-page-header [title]="m?.title ?? ('meetings.title' | t)" [intro]="m ? m.seriesName : ''">
      <a mat-button routerLink="/meetings" data-testid="meeting-back"><mat-icon>arrow_back</mat-icon>{{ 'meetings.back' | t }}</a>
      @if (m) {
        <button mat-flat-button type="button" (click)="exportMinutes()" [disabled]="store.exporting()" data-testid="meeting-export">
          <mat-icon>download</mat-icon>{{ (store.exporting() ? 'meetings.detail.exporting' : 'meetings.detail.export') | t }}
        </button>
      }
    </so-page-header>

    <div class="progress">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'meetings.detail.loading' | t" />
      }
    </div>
    @if (store.error(); as error) {
      <so-error-banner
        [message]="error.statusCode === 404 ? ('meetings.detail.notFound' | t) : ('common.loadError' | t: { message: error.message })"
        [retryLabel]="'common.retry' | t"
        (retry)="reload()"
        data-testid="meeting-load-error"
      />
    }
    @if (notice(); as n) {
      <p class="notice" role="status" data-testid="meeting-notice"><mat-icon>check_circle</mat-icon>{{ n }}</p>
    }
    @if (actionError(); as e) {
      <so-error-banner [message]="e" data-testid="meeting-action-error" />
    }

    @if (m) {
      <section class="card">
        <div class="body">
          <dl class="facts">
            <div>
              <dt>{{ 'meetings.detail.series' | t }}</dt>
              <dd data-testid="meeting-series-name">{{ m.seriesName }}</dd>
            </div>
            <div>
              <dt>{{ 'meetings.detail.heldAt' | t }}</dt>
              <dd data-testid="meeting-held">{{ m.heldAt | localDate: true }}</dd>
            </div>
            <div>
              <dt>{{ 'meetings.detail.createdBy' | t }}</dt>
              <dd>{{ m.createdBy }}</dd>
            </div>
          </dl>
          <h3>{{ 'meetings.detail.attendees' | t: { n: (m.attendees.length | num: 0) } }}</h3>
          <ul class="people" data-testid="meeting-attendees">
            @for (p of m.attendees; track p.id) {
              <li class="chip">{{ p.displayName }} · {{ roleKey(p.role) | t }}</li>
            }
          </ul>
        </div>
      </section>

      <section class="card" data-testid="meeting-agenda">
        <h2>{{ 'meetings.detail.agenda' | t }}</h2>
        @if (m.items.length) {
          <ol class="agenda">
            @for (item of m.items; track $index) {
              <li data-testid="agenda-item">
                <span class="name">{{ item.title }}</span>
                @if (item.storeId) {
                  <span class="chip">{{ storeLabel(item.storeId) }}</span>
                }
                @if (item.notes) {
                  <p class="muted notes">{{ item.notes }}</p>
                }
              </li>
            }
          </ol>
        } @else {
          <p class="body muted">{{ 'meetings.detail.noAgenda' | t }}</p>
        }
      </section>

      <div class="two">
        <section class="card">
          <h2>{{ 'meetings.detail.minutes' | t }}</h2>
          <!-- The minutes keep their line breaks (pre-wrap): no whitespace around the text. -->
          <p class="body minutes" data-testid="meeting-minutes-text" [class.muted]="!m.minutes">{{ minutesText() }}</p>
        </section>
        <section class="card">
          <h2>{{ 'meetings.detail.decisions' | t }}</h2>
          @if (m.decisions.length) {
            <ol class="body decisions" data-testid="meeting-decisions-list">
              @for (d of m.decisions; track $index) {
                <li>{{ d }}</li>
              }
            </ol>
          } @else {
            <p class="body muted">{{ 'meetings.detail.noDecisions' | t }}</p>
          }
        </section>
      </div>

      <section class="card" data-testid="meeting-actions">
        <h2>{{ 'meetings.detail.actions' | t }}</h2>
        @if (m.actions.length) {
          <ul class="rows">
            @for (a of m.actions; track a.id) {
              <ng-container *ngTemplateOutlet="actionRow; context: { $implicit: a, carried: false }" />
            }
          </ul>
        } @else {
          <p class="body muted">{{ 'meetings.detail.noActions' | t }}</p>
        }
      </section>

      <section class="card carried-card" data-testid="meeting-carried">
        <h2><mat-icon aria-hidden="true">history</mat-icon>{{ 'meetings.detail.carried' | t }}</h2>
        <p class="body muted small intro">{{ 'meetings.detail.carriedIntro' | t }}</p>
        @if (m.carriedOver.length) {
          <ul class="rows">
            @for (a of m.carriedOver; track a.id) {
              <ng-container *ngTemplateOutlet="actionRow; context: { $implicit: a, carried: true }" />
            }
          </ul>
        } @else {
          <p class="body muted" data-testid="meeting-carried-none">{{ 'meetings.detail.noCarried' | t }}</p>
        }
      </section>
    }

    <ng-template #actionRow let-a let-carried="carried">
      @let overdue = isOverdue(a);
      <li
        [attr.data-testid]="carried ? 'carried-action' : 'meeting-action'"
        [attr.data-status]="a.status"
        [attr.data-action-id]="a.id"
        [class.overdue-row]="overdue"
      >
        <div class="main">
          <span class="name">{{ a.title }}</span>
          <span class="meta muted small">
            @if (carried) {
              <span class="chip carried">{{ 'meetings.carried' | t }}</span>
            }
            <span class="chip" [class.open]="a.status === 'open'" [class.done]="a.status === 'done'" data-testid="action-status">{{
              'meetings.status.' + a.status | t
            }}</span>
            @if (overdue) {
              <span class="chip overdue">{{ 'meetings.overdue' | t }}</span>
            }
            <span>{{ 'meetings.field.owner' | t }} {{ a.ownerName }}</span>
            <span [class.late]="overdue">{{ 'meetings.field.dueAt' | t }} {{ a.dueAt | localDate: true }}</span>
            @if (a.storeId) {
              <span>{{ storeLabel(a.storeId) }}</span>
            }
          </span>
          @if (carried) {
            <a class="small from" [routerLink]="['/meetings', a.meetingId]">{{
              'meetings.detail.decidedIn' | t: { meeting: a.meetingTitle, date: (a.meetingHeldAt | localDate) }
            }}</a>
          }
          @if (a.status === 'done' && a.doneAt) {
            <span class="muted small">{{ 'meetings.detail.doneAt' | t: { by: a.doneBy ?? '', at: (a.doneAt | localDate: true) } }}</span>
          }
        </div>
        <div class="end">
          @if (a.correctiveActionId) {
            <span class="chip done" data-testid="action-corrective">{{ 'meetings.detail.corrective' | t }}</span>
          }
          @if (canMakeCorrective(a)) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="store.busyActionId() === a.id"
              (click)="toCorrective(a)"
              data-testid="action-to-corrective"
            >
              <mat-icon>assignment_late</mat-icon>{{ 'meetings.detail.toCorrective' | t }}
            </button>
          }
          @if (canComplete(a)) {
            <button
              mat-flat-button
              type="button"
              [disabled]="store.busyActionId() === a.id"
              (click)="complete(a)"
              data-testid="action-complete"
            >
              <mat-icon>check</mat-icon
              >{{ (store.busyActionId() === a.id ? 'meetings.detail.completing' : 'meetings.detail.complete') | t }}
            </button>
          }
        </div>
      </li>
    </ng-template>
  `,
  styles: [
    MEETING_STYLES,
    `
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 8px 16px;
        margin: 0;
      }
      .facts dt {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-label-medium);
      }
      .facts dd {
        margin: 0 0 8px;
        overflow-wrap: anywhere;
      }
      h3 {
        font: var(--mat-sys-title-small);
        margin: 8px 0 4px;
      }
      .people {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
      }
      .people .chip {
        white-space: normal;
      }
      .agenda {
        margin: 0;
        padding: 8px 16px 12px 40px;
      }
      .agenda li {
        padding: 4px 0;
        overflow-wrap: anywhere;
      }
      .agenda .chip {
        margin-left: 8px;
      }
      .notes {
        margin: 2px 0 0;
        white-space: pre-wrap;
      }
      .two {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 16px;
      }
      .minutes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0;
      }
      .card .decisions {
        margin: 0;
        padding-left: 40px;
        overflow-wrap: anywhere;
      }
      .carried-card {
        border: 2px solid #c58f00;
        background: #fffbf0;
      }
      .carried-card > h2 {
        color: #6d4c00;
      }
      .intro {
        margin: 0;
        padding-top: 0;
        padding-bottom: 4px;
      }
      .from {
        display: inline-flex;
        align-items: center;
        min-height: 32px;
      }
      .overdue-row {
        box-shadow: inset 4px 0 0 #b3261e;
      }
      .notice {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 8px 12px;
        border-radius: 8px;
        background: #d8f3e4;
        color: #0b5d34;
        margin: 0 0 12px;
      }
      @media (max-width: 767.98px) {
        .two {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ],
})
export class MeetingDetailPage implements OnInit {
  protected readonly store = inject(MeetingStore);
  private readonly stores = inject(StorePickerSource);
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();
  readonly role = input<Role | null>(null);
  readonly myUserId = input<number | null>(null);

  protected readonly roleKey = roleKey;
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  private readonly storeLabels = signal<ReadonlyMap<number, string>>(new Map());
  /** The page's clock, read when the meeting is read: what is overdue does not change while one looks at it. */
  private readonly now = signal(new Date());
  private readonly canManage = computed(() => isMeetingManager(this.role()));
  protected readonly minutesText = computed(() => this.store.meeting()?.minutes || this.i18n.t('meetings.detail.noMinutes'));

  constructor() {
    // The stores the agenda and the actions name, labelled "code name" (one small request each, once).
    effect(() => {
      const m = this.store.meeting();
      if (!m) return;
      const ids = [...m.items.map((i) => i.storeId), ...m.actions.map((a) => a.storeId), ...m.carriedOver.map((a) => a.storeId)];
      for (const id of new Set(ids)) if (typeof id === 'number') void this.labelStore(id);
    });
  }

  ngOnInit(): void {
    void this.reload();
  }

  protected reload(): Promise<void> {
    this.now.set(new Date());
    return this.store.load(Number(this.id()));
  }

  protected storeLabel(id: number): string {
    return this.storeLabels().get(id) ?? `#${id}`;
  }

  private requested = new Set<number>();
  private async labelStore(id: number): Promise<void> {
    if (this.requested.has(id)) return;
    this.requested.add(id);
    const option = await firstValueFrom(this.stores.resolve(id).pipe(catchError(() => of(null))));
    if (option) this.storeLabels.update((m) => new Map(m).set(id, pickerLabel(option)));
  }

  protected isOverdue(a: MeetingActionResponse): boolean {
    return isOverdue(a, this.now());
  }
  protected canComplete(a: MeetingActionResponse): boolean {
    return canComplete(a, this.role(), this.myUserId());
  }
  protected canMakeCorrective(a: MeetingActionResponse): boolean {
    return this.canManage() && canMakeCorrective(a, this.role());
  }

  protected async complete(a: MeetingActionResponse): Promise<void> {
    await this.write(async () => {
      await this.store.complete(a);
      return this.i18n.t('meetings.detail.completed', { title: a.title });
    });
  }

  protected async toCorrective(a: MeetingActionResponse): Promise<void> {
    await this.write(async () => {
      await this.store.toCorrectiveAction(a);
      return this.i18n.t('meetings.detail.correctiveDone');
    });
  }

  /** One write on an action: its result as a notice, or why not — and after a conflict the meeting as it now is. */
  private async write(run: () => Promise<string>): Promise<void> {
    this.notice.set(null);
    this.actionError.set(null);
    try {
      this.notice.set(await run());
    } catch (e) {
      this.actionError.set(describeMeetingError(e, this.i18n));
      if (isStaleVersion(e)) await this.reload();
    }
  }

  protected async exportMinutes(): Promise<void> {
    const m = this.store.meeting();
    if (!m) return;
    this.actionError.set(null);
    try {
      saveBlob(await this.store.minutes(), this.i18n.t('meetings.detail.fileName', { title: m.title }));
    } catch (e) {
      this.actionError.set(describeMeetingError(e, this.i18n));
    }
  }
}
