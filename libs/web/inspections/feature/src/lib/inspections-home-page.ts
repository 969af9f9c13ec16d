import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { DraftRepository, DraftSync, DueStore, InspectionListStore } from '@storeops/web/inspections/data-access';
import { DateField, EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe, ScorePipe } from '@storeops/web/shared/util';
import { StarsPipe } from './inspection-format';

/** 巡店检查 landing: drafts on this device and recent inspections (filters for the office, the store's own for a manager). */
@Component({
  selector: 'so-inspections-home-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    DateField,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    ScorePipe,
    TranslatePipe,
    StarsPipe,
  ],
  providers: [InspectionListStore, DueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'insp.title' | t" [intro]="'insp.intro' | t">
      @if (canCapture()) {
        <a mat-flat-button routerLink="/inspections/new" data-testid="inspection-new"><mat-icon>add</mat-icon>{{ 'insp.new' | t }}</a>
      }
      <a mat-stroked-button routerLink="/inspections/actions" data-testid="nav-actions"
        ><mat-icon>build</mat-icon>{{ 'insp.actions' | t }}</a
      >
      @if (canManage()) {
        <a mat-stroked-button routerLink="/inspections/plans" data-testid="nav-plans"
          ><mat-icon>event_note</mat-icon>{{ 'insp.plan.title' | t }}</a
        >
        <a mat-stroked-button routerLink="/inspections/templates" data-testid="nav-templates"
          ><mat-icon>checklist</mat-icon>{{ 'insp.tpl.manage' | t }}</a
        >
      }
    </so-page-header>
    @if (!sync.online()) {
      <div class="offline" data-testid="offline-banner">{{ 'insp.offline' | t }}</div>
    }

    @if (drafts().length) {
      <h2>{{ 'insp.drafts' | t }}</h2>
      <div class="cards">
        @for (d of drafts(); track d.key) {
          <div class="card" data-testid="draft-row">
            <div class="grow">
              <div class="title">
                <span class="mono">{{ d.storeCode }}</span> {{ d.storeName }}
              </div>
              <div class="sub">{{ d.template.name }} · {{ d.updatedAt | localDate: true }}</div>
              @if (d.status !== 'editing') {
                <span class="chip" [class]="'chip s-' + d.status">{{
                  (d.status === 'pending' ? 'insp.waitingSync' : 'insp.status.' + d.status) | t
                }}</span>
              }
            </div>
            <a mat-stroked-button [routerLink]="['/inspections/drafts', d.key]" data-testid="draft-continue">{{ 'insp.continue' | t }}</a>
          </div>
        }
      </div>
    }

    @if (role() === 'specialist') {
      <h2>
        {{ 'insp.due.title' | t }}
        @if (due.cards().length) {
          <span class="count" data-testid="due-summary">{{
            'insp.due.summaryWeek' | t: { stores: due.cards().length, overdue: overdueCount() }
          }}</span>
        }
      </h2>
      @if (due.offline(); as off) {
        <div class="offline" role="status" data-testid="offline-cache-banner">
          {{ (off.at ? 'insp.offlineCached' : 'insp.offlineNothing') | t: { at: (off.at | localDate: true) } }}
        </div>
      }
      @if (due.error(); as e) {
        <so-error-banner
          [message]="'common.loadError' | t: { message: e.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="due.load()"
        />
      }
      <div class="cards">
        @for (c of shownDue(); track c.storeId) {
          <div class="card store-card" data-testid="due-store">
            <div class="title">
              <span class="mono">{{ c.storeCode }}</span> {{ c.storeName }}
            </div>
            @for (d of c.lines; track d.key) {
              <div class="due-line" data-testid="due-row">
                <div class="grow">
                  <div class="sub">
                    {{ d.categoryName ?? ('insp.general' | t) }} ·
                    {{
                      (d.overdue ? 'insp.due.periodWas' : 'insp.due.plannedFor')
                        | t: { date: (d.dueDate | localDate), from: (d.periodStart | localDate), to: (d.periodEnd | localDate) }
                    }}
                  </div>
                  <span class="chip" [class.s-failed]="d.overdue" data-testid="due-status">{{
                    (d.overdue ? 'insp.due.overdue' : 'insp.due.due') | t
                  }}</span>
                </div>
                <a mat-flat-button routerLink="/inspections/new" [queryParams]="d.startParams" data-testid="due-start">{{
                  'insp.due.start' | t
                }}</a>
              </div>
            }
          </div>
        } @empty {
          @if (due.response() && !due.error() && !due.offline()) {
            <p class="quiet" data-testid="due-none">{{ 'insp.due.none' | t }}</p>
          }
        }
      </div>
      @if (due.cards().length > shownDue().length) {
        <button mat-button type="button" (click)="showAllDue.set(true)" data-testid="due-show-all">
          {{ 'insp.due.showAllStores' | t: { n: due.cards().length } }}
        </button>
      }
    }
    @if (canManage()) {
      <h2>{{ 'insp.due.coverage' | t }}</h2>
      @for (p of due.response()?.periods ?? []; track p.frequency) {
        <p class="quiet" data-testid="coverage-period">
          {{
            'insp.due.periodOf'
              | t
                : {
                    frequency: ('insp.plan.frequency.' + p.frequency | t),
                    from: (p.periodStart | localDate),
                    to: (p.periodEnd | localDate),
                  }
          }}
        </p>
      }
      @if (due.error(); as e) {
        <so-error-banner
          [message]="'common.loadError' | t: { message: e.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="due.load()"
        />
      }
      @if (due.coverage().length) {
        <div class="table-scroll">
          <table class="coverage">
            <thead>
              <tr>
                <th>{{ 'insp.due.specialist' | t }}</th>
                <th class="n">{{ 'insp.due.dueCount' | t }}</th>
                <th class="n">{{ 'insp.due.doneCount' | t }}</th>
                <th class="n">{{ 'insp.due.overdueCount' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of due.coverage(); track c.specialistId) {
                <tr data-testid="coverage-row">
                  <td>{{ c.specialistName }}</td>
                  <td class="n">{{ c.due | num }}</td>
                  <td class="n">{{ c.done | num }}</td>
                  <td class="n" [class.bad]="c.overdue > 0">{{ c.overdue | num }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (due.response() && !due.error()) {
        <p class="quiet">{{ 'insp.due.noCoverage' | t }}</p>
      }
    }

    <h2>{{ (role() === 'specialist' ? 'insp.mine' : 'insp.recent') | t }}</h2>
    @if (role() !== 'specialist' && role() !== 'store_manager') {
      <form class="filters" (submit)="$event.preventDefault()">
        <so-date-field
          [label]="'insp.from' | t"
          [value]="list.query().from ?? null"
          testId="filter-from"
          (picked)="list.load({ from: $event })"
          (cleared)="list.load({ from: undefined })"
        />
        <so-date-field
          [label]="'insp.to' | t"
          [value]="list.query().to ?? null"
          testId="filter-to"
          (picked)="list.load({ to: $event })"
          (cleared)="list.load({ to: undefined })"
        />
      </form>
    }
    <div class="bar">
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (list.offline(); as off) {
      <div class="offline" role="status" data-testid="offline-list-banner">
        {{ (off.at ? 'insp.offlineCached' : 'insp.offlineNothing') | t: { at: (off.at | localDate: true) } }}
      </div>
    }
    @if (list.error(); as e) {
      <so-error-banner [message]="'common.loadError' | t: { message: e.message }" [retryLabel]="'common.retry' | t" (retry)="list.load()" />
    }
    <div class="cards">
      @for (i of list.page().items; track i.id) {
        <a class="card link" [routerLink]="['/inspections', i.id]" data-testid="inspection-row">
          <div class="grow">
            <div class="title">
              <span class="mono">{{ i.storeCode }}</span> {{ i.storeName }}
            </div>
            <div class="sub">{{ i.templateName }} · {{ i.inspectorName }} · {{ i.inspectedAt | localDate: true }}</div>
          </div>
          <div class="score">
            <strong>{{ i.score === null ? '—' : (i.score | score) }}</strong>
            <span class="stars">{{ i.stars | stars }}</span>
            @if (i.criticalFailed) {
              <span class="crit">{{ 'insp.critical' | t }}</span>
            }
          </div>
        </a>
      } @empty {
        @if (!list.loading() && !list.error() && !list.offline()) {
          <so-empty-state icon="fact_check" [title]="'insp.none' | t" />
        }
      }
    </div>
  `,
  styleUrl: './list-page.scss',
})
export class InspectionsHomePage implements OnInit {
  /** From the shell's resolver: the caller's role (feature libs may not import auth). */
  readonly role = input<Role | null>(null);
  protected readonly list = inject(InspectionListStore);
  protected readonly sync = inject(DraftSync);
  private readonly repo = inject(DraftRepository);
  protected readonly drafts = this.repo.drafts;
  protected readonly canCapture = computed(() => this.role() !== Role.StoreManager);
  protected readonly canManage = computed(() => this.role() === Role.OpsManager || this.role() === Role.Admin);
  protected readonly due = inject(DueStore);
  protected readonly showAllDue = signal(false);
  /** Overdue first (toDueRows); a long list is cut so 我的检查 stays in reach. */
  protected readonly shownDue = computed(() => (this.showAllDue() ? this.due.cards() : this.due.cards().slice(0, 8)));
  protected readonly overdueCount = computed(() => this.due.cards().filter((c) => c.overdue).length);

  ngOnInit(): void {
    this.sync.start();
    // Offline too: the stores answer with what this device fetched last, marked 离线.
    void this.list.load();
    if (this.role() === Role.Specialist || this.canManage()) void this.due.load();
  }
}
