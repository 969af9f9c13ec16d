import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MeetingActionResponse, Role } from '@storeops/shared/contracts';
import { MeetingsHomeStore, splitMyActions } from '@storeops/web/ledger/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { canComplete, describeMeetingError, isMeetingManager, MEETING_STYLES } from './meetings-shared';

/**
 * 营运会议: 我的待办 (the caller's open actions, overdue first, each done here too — an owner who did not attend
 * cannot open the meeting), then each series with its meetings, newest first.
 */
@Component({
  selector: 'so-meetings-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [MeetingsHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'meetings.title' | t" [intro]="'meetings.intro' | t">
      @if (canManage()) {
        <a mat-flat-button routerLink="/meetings/new" data-testid="meeting-new"><mat-icon>add</mat-icon>{{ 'meetings.new' | t }}</a>
      }
    </so-page-header>

    <section class="card todo" data-testid="my-actions">
      <h2>
        {{ 'meetings.todo.title' | t }}
        @if (todo().overdue.length) {
          <span class="chip overdue" data-testid="my-actions-overdue">{{
            'meetings.todo.overdueCount' | t: { n: (todo().overdue.length | num: 0) }
          }}</span>
        }
      </h2>
      <p class="body muted small intro">{{ 'meetings.todo.intro' | t }}</p>
      <div class="progress">
        @if (store.todoLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'meetings.todo.loading' | t" />
        }
      </div>
      @if (store.todoError(); as error) {
        <div class="body">
          <so-error-banner
            [message]="'common.loadError' | t: { message: error.message }"
            [retryLabel]="'common.retry' | t"
            (retry)="store.loadTodo()"
          />
        </div>
      }
      @if (actionError(); as e) {
        <div class="body"><so-error-banner [message]="e" data-testid="my-actions-error" /></div>
      }
      @if (todoRows().length) {
        <ul class="rows">
          @for (a of todoRows(); track a.action.id) {
            <li [class.overdue-row]="a.overdue" data-testid="my-action" [attr.data-overdue]="a.overdue">
              <div class="main">
                <span class="name">{{ a.action.title }}</span>
                <span class="meta muted small">
                  @if (a.overdue) {
                    <span class="chip overdue">{{ 'meetings.overdue' | t }}</span>
                  }
                  <span [class.late]="a.overdue">{{ 'meetings.field.dueAt' | t }} {{ a.action.dueAt | localDate: true }}</span>
                  <span>{{ 'meetings.todo.from' | t: { meeting: a.action.meetingTitle } }}</span>
                </span>
              </div>
              <div class="end">
                @if (canComplete(a.action)) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busyId() === a.action.id"
                    (click)="complete(a.action)"
                    data-testid="my-action-complete"
                  >
                    <mat-icon>check</mat-icon
                    >{{ (busyId() === a.action.id ? 'meetings.detail.completing' : 'meetings.detail.complete') | t }}
                  </button>
                }
              </div>
            </li>
          }
        </ul>
      } @else if (store.todoLoading()) {
        <p class="body muted">{{ 'meetings.todo.loading' | t }}</p>
      } @else if (!store.todoError()) {
        <so-empty-state
          icon="task_alt"
          [title]="'meetings.todo.empty' | t"
          [text]="'meetings.todo.emptyText' | t"
          testId="my-actions-empty"
        />
      }
    </section>

    @if (store.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="reload()"
      />
    }
    <div class="progress">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'meetings.loading' | t" />
      }
    </div>
    @if (store.groups().length) {
      @for (g of store.groups(); track g.seriesId) {
        <section class="card" data-testid="meeting-series" [attr.data-series-id]="g.seriesId">
          <h2>
            {{ g.name }}
            @if (g.series; as s) {
              <span class="chip">{{ 'meetings.cadence.' + s.cadence | t }}</span>
            }
            <span class="muted small">{{ 'meetings.list.count' | t: { n: (g.meetings.length | num: 0) } }}</span>
          </h2>
          @if (g.meetings.length) {
            <ul class="rows">
              @for (m of g.meetings; track m.id) {
                <li data-testid="meeting-row">
                  <a class="main" [routerLink]="['/meetings', m.id]" data-testid="meeting-link">
                    <span class="name">{{ m.title }}</span>
                    <span class="meta muted small">
                      <span>{{ m.heldAt | localDate: true }}</span>
                      <span>{{ 'meetings.list.attendees' | t: { n: (m.attendeeCount | num: 0) } }}</span>
                      <span>{{
                        'meetings.list.actions' | t: { done: (m.actionCount - m.openActionCount | num: 0), total: (m.actionCount | num: 0) }
                      }}</span>
                    </span>
                  </a>
                  @if (m.openActionCount) {
                    <span class="chip open">{{ 'meetings.list.open' | t: { n: (m.openActionCount | num: 0) } }}</span>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="body muted">{{ 'meetings.list.seriesEmpty' | t }}</p>
          }
        </section>
      }
    } @else if (store.loading()) {
      <p class="muted">{{ 'meetings.loading' | t }}</p>
    } @else if (store.loaded()) {
      <div class="card">
        <so-empty-state
          icon="groups"
          [title]="'meetings.list.empty' | t"
          [text]="(canManage() ? 'meetings.list.emptyText' : 'meetings.list.emptyNotManager') | t"
        />
      </div>
    }
  `,
  styles: [
    MEETING_STYLES,
    `
      .intro {
        margin: 0;
        padding-top: 0;
        padding-bottom: 4px;
      }
      .overdue-row {
        background: #fff4f2;
        box-shadow: inset 4px 0 0 #b3261e;
      }
    `,
  ],
})
export class MeetingsPage implements OnInit {
  protected readonly store = inject(MeetingsHomeStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);
  readonly myUserId = input<number | null>(null);

  protected readonly canManage = computed(() => isMeetingManager(this.role()));
  /** The page's clock, read once: what is overdue does not change while one looks at it. */
  private readonly now = signal(new Date());
  protected readonly todo = computed(() => splitMyActions(this.store.myActions(), this.now()));
  protected readonly todoRows = computed(() => [
    ...this.todo().overdue.map((action) => ({ action, overdue: true })),
    ...this.todo().upcoming.map((action) => ({ action, overdue: false })),
  ]);
  protected readonly busyId = signal<number | null>(null);
  protected readonly actionError = signal<string | null>(null);

  ngOnInit(): void {
    void this.reload();
  }

  protected reload(): Promise<void> {
    this.now.set(new Date());
    return this.store.load(this.canManage());
  }

  protected canComplete(action: MeetingActionResponse): boolean {
    return canComplete(action, this.role(), this.myUserId());
  }

  /** Done from 我的待办: it leaves the list; a stale version reads the list again and says so. */
  protected async complete(action: MeetingActionResponse): Promise<void> {
    this.actionError.set(null);
    this.busyId.set(action.id);
    try {
      await this.store.complete(action);
    } catch (e) {
      this.actionError.set(describeMeetingError(e, this.i18n));
      await this.store.loadTodo();
    } finally {
      this.busyId.set(null);
    }
  }
}
