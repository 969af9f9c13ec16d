import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { carryOverPreview, isOverdue, MeetingFormStore } from '@storeops/web/ledger/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { DateField, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { applyServerErrors, I18nService, LocalDatePipe, roleKey, TranslatePipe } from '@storeops/web/shared/util';
import { itemsFromTemplate, MeetingDraft, toCreateMeetingRequest } from './meeting-form';
import { isMeetingManager, MEETING_STYLES } from './meetings-shared';
import { toLocalInput } from './shared';

const itemGroup = (title = '', storeId: number | null = null) =>
  new FormGroup({
    title: new FormControl(title, { nonNullable: true, validators: [Validators.maxLength(100)] }),
    storeId: new FormControl<number | null>(storeId),
    notes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
const actionGroup = () =>
  new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    ownerId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    dueDate: new FormControl<string | null>(null, { validators: [Validators.required] }),
    storeId: new FormControl<number | null>(null),
  });

/**
 * 新建会议: a series (its agenda template fills the agenda), when, who attended, the agenda, minutes, decisions
 * and the action items decided; beside it, the series' open actions this meeting will list as 上次遗留.
 */
@Component({
  selector: 'so-meeting-new-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatProgressBar,
    MatSelect,
    RouterLink,
    DateField,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [MeetingFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'meetings.form.title' | t" [intro]="'meetings.form.intro' | t">
      <a mat-button routerLink="/meetings"><mat-icon>arrow_back</mat-icon>{{ 'meetings.back' | t }}</a>
    </so-page-header>

    @if (!canManage()) {
      <p class="card body muted" data-testid="meeting-not-allowed">{{ 'meetings.form.notAllowed' | t }}</p>
    } @else {
      @if (store.error(); as error) {
        <so-error-banner
          [message]="'common.loadError' | t: { message: error.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="store.load()"
        />
      }
      <div class="progress">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'meetings.form.loading' | t" />
        }
      </div>
      @if (store.loading() && !store.loaded()) {
        <p class="muted" data-testid="state-loading">{{ 'meetings.form.loading' | t }}</p>
      }
      <div class="layout">
        <form class="card body form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="meeting-form">
          @if (bannerError(); as e) {
            <so-error-banner [message]="e" data-testid="meeting-error" />
          }
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'meetings.field.series' | t }}</mat-label>
              <mat-select formControlName="seriesId" (selectionChange)="pickSeries($event.value)" data-testid="meeting-series-select">
                @for (s of store.activeSeries(); track s.id) {
                  <mat-option [value]="s.id" [attr.data-testid]="'series-option-' + s.code">{{ s.name }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ 'meetings.form.required' | t }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'meetings.field.heldAt' | t }}</mat-label>
              <input matInput type="datetime-local" formControlName="heldAt" data-testid="meeting-held-at" />
              <mat-error>{{ errorOf(form.controls.heldAt) }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field class="full">
            <mat-label>{{ 'meetings.field.title' | t }}</mat-label>
            <input matInput formControlName="title" autocomplete="off" data-testid="meeting-title" />
            <mat-hint>{{ 'meetings.form.titleHint' | t }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.title) }}</mat-error>
          </mat-form-field>
          <mat-form-field class="full">
            <mat-label>{{ 'meetings.field.attendees' | t }}</mat-label>
            <mat-select formControlName="attendeeIds" multiple data-testid="meeting-attendees">
              @for (p of store.people(); track p.id) {
                <mat-option [value]="p.id" data-testid="attendee-option">{{ p.displayName }} · {{ roleKey(p.role) | t }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ errorOf(form.controls.attendeeIds, 'meetings.form.attendeesRequired') }}</mat-error>
          </mat-form-field>

          <fieldset>
            <legend>{{ 'meetings.form.agenda' | t }}</legend>
            <p class="muted small">{{ 'meetings.form.agendaHint' | t }}</p>
            <ol class="items" formArrayName="items">
              @for (item of form.controls.items.controls; track item; let i = $index) {
                <li [formGroupName]="i" data-testid="agenda-row">
                  <div class="row item">
                    <mat-form-field>
                      <mat-label>{{ 'meetings.field.item' | t }} {{ i + 1 }}</mat-label>
                      <input matInput formControlName="title" data-testid="agenda-title" />
                      <mat-error>{{ errorOf(item.controls.title) }}</mat-error>
                    </mat-form-field>
                    <so-entity-picker
                      formControlName="storeId"
                      [label]="('meetings.field.store' | t) + ' · ' + ('meetings.form.optional' | t)"
                      [search]="stores.search"
                      [resolve]="stores.resolve"
                      [clearable]="true"
                      [clearLabel]="'meetings.form.noStore' | t"
                      testId="agenda-store"
                    />
                    <button
                      mat-icon-button
                      type="button"
                      class="remove"
                      (click)="form.controls.items.removeAt(i)"
                      [attr.aria-label]="'meetings.form.removeItem' | t: { n: i + 1 }"
                    >
                      <mat-icon>delete</mat-icon>
                    </button>
                  </div>
                  <mat-form-field class="full">
                    <mat-label>{{ 'meetings.field.notes' | t }} · {{ 'meetings.form.optional' | t }}</mat-label>
                    <textarea matInput rows="1" formControlName="notes" data-testid="agenda-notes"></textarea>
                  </mat-form-field>
                </li>
              }
            </ol>
            <button mat-stroked-button type="button" (click)="form.controls.items.push(itemGroup())" data-testid="agenda-add">
              <mat-icon>add</mat-icon>{{ 'meetings.form.addItem' | t }}
            </button>
          </fieldset>

          <mat-form-field class="full">
            <mat-label>{{ 'meetings.field.minutes' | t }}</mat-label>
            <textarea matInput rows="5" formControlName="minutes" data-testid="meeting-minutes"></textarea>
            <mat-error>{{ errorOf(form.controls.minutes) }}</mat-error>
          </mat-form-field>
          <mat-form-field class="full">
            <mat-label>{{ 'meetings.field.decisions' | t }}</mat-label>
            <textarea matInput rows="3" formControlName="decisions" data-testid="meeting-decisions"></textarea>
            <mat-hint>{{ 'meetings.form.decisionsHint' | t }}</mat-hint>
          </mat-form-field>

          <fieldset>
            <legend>{{ 'meetings.form.actions' | t }}</legend>
            <p class="muted small">{{ 'meetings.form.actionsHint' | t }}</p>
            @if (!form.controls.actions.length) {
              <p class="muted">{{ 'meetings.form.noActions' | t }}</p>
            }
            <ol class="items" formArrayName="actions">
              @for (action of form.controls.actions.controls; track action; let i = $index) {
                <li [formGroupName]="i" data-testid="action-row">
                  <div class="row item">
                    <mat-form-field>
                      <mat-label>{{ 'meetings.field.action' | t }} {{ i + 1 }}</mat-label>
                      <input matInput formControlName="title" data-testid="action-title" />
                      <mat-error>{{ errorOf(action.controls.title) }}</mat-error>
                    </mat-form-field>
                    <mat-form-field>
                      <mat-label>{{ 'meetings.field.owner' | t }}</mat-label>
                      <mat-select formControlName="ownerId" data-testid="action-owner">
                        @for (p of store.people(); track p.id) {
                          <mat-option [value]="p.id" [attr.data-testid]="'owner-option-' + p.id"
                            >{{ p.displayName }} · {{ roleKey(p.role) | t }}</mat-option
                          >
                        }
                      </mat-select>
                      <mat-error>{{ errorOf(action.controls.ownerId) }}</mat-error>
                    </mat-form-field>
                    <button
                      mat-icon-button
                      type="button"
                      class="remove"
                      (click)="form.controls.actions.removeAt(i)"
                      [attr.aria-label]="'meetings.form.removeAction' | t: { n: i + 1 }"
                    >
                      <mat-icon>delete</mat-icon>
                    </button>
                  </div>
                  <div class="row">
                    <so-date-field formControlName="dueDate" [label]="'meetings.field.due' | t" [required]="true" testId="action-due" />
                    <so-entity-picker
                      formControlName="storeId"
                      [label]="('meetings.field.store' | t) + ' · ' + ('meetings.form.optional' | t)"
                      [search]="stores.search"
                      [resolve]="stores.resolve"
                      [clearable]="true"
                      [clearLabel]="'meetings.form.noStore' | t"
                      testId="action-store"
                    />
                  </div>
                </li>
              }
            </ol>
            <button mat-stroked-button type="button" (click)="form.controls.actions.push(actionGroup())" data-testid="action-add">
              <mat-icon>add</mat-icon>{{ 'meetings.form.addAction' | t }}
            </button>
          </fieldset>

          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="store.saving() || !store.loaded()" data-testid="meeting-submit">
              {{ (store.saving() ? 'meetings.form.saving' : 'meetings.form.submit') | t }}
            </button>
            <a mat-button routerLink="/meetings">{{ 'common.cancel' | t }}</a>
          </div>
        </form>

        <aside class="card carry" data-testid="carry-preview">
          <h2>
            <span class="chip carried">{{ 'meetings.carried' | t }}</span
            >{{ 'meetings.form.carryTitle' | t }}
          </h2>
          <div class="body">
            @if (seriesId() === null) {
              <p class="muted">{{ 'meetings.form.carryPickSeries' | t }}</p>
            } @else if (carry().length) {
              <p class="muted small">{{ 'meetings.form.carryIntro' | t }}</p>
              <ul class="carry-list">
                @for (a of carry(); track a.id) {
                  <li data-testid="carry-item">
                    <span class="name">{{ a.title }}</span>
                    <span class="muted small"
                      >{{ a.ownerName }} · <span [class.late]="isOverdue(a)">{{ a.dueAt | localDate: true }}</span> ·
                      {{ a.meetingTitle }}</span
                    >
                  </li>
                }
              </ul>
            } @else {
              <p class="muted" data-testid="carry-none">{{ 'meetings.form.carryNone' | t }}</p>
            }
          </div>
        </aside>
      </div>
    }
  `,
  styles: [
    MEETING_STYLES,
    `
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 320px;
        gap: 16px;
        align-items: start;
      }
      .form {
        display: flex;
        flex-direction: column;
        gap: 4px;
        padding: 16px;
        min-width: 0;
      }
      .row {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 12px;
      }
      .row.item {
        grid-template-columns: 1fr 1fr 48px;
        align-items: start;
      }
      .remove {
        margin-top: 4px;
        width: 48px;
        height: 48px;
      }
      .full {
        width: 100%;
      }
      fieldset {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        margin: 8px 0 12px;
        padding: 4px 12px 12px;
        min-width: 0;
      }
      legend {
        font: var(--mat-sys-title-small);
        padding: 0 4px;
      }
      .items {
        margin: 0 0 8px;
        padding: 0;
        list-style: none;
      }
      .items > li {
        border-bottom: 1px dashed var(--mat-sys-outline-variant);
        padding-top: 8px;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .carry {
        border-left: 4px solid #c58f00;
      }
      .carry-list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .carry-list li {
        display: flex;
        flex-direction: column;
        gap: 2px;
        padding: 8px 0;
        border-top: 1px solid var(--mat-sys-outline-variant);
        overflow-wrap: anywhere;
      }
      @media (max-width: 959.98px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        .carry {
          order: -1;
        }
      }
      @media (max-width: 599.98px) {
        .form {
          padding: 12px;
        }
        .row {
          grid-template-columns: minmax(0, 1fr);
        }
        .row.item {
          grid-template-columns: minmax(0, 1fr) 48px;
        }
        /* The title and its delete button share the first line; the owner or store goes under them. */
        .row.item > :not(.remove) {
          grid-column: 1;
        }
        .row.item > .remove {
          grid-column: 2;
          grid-row: 1;
        }
        .buttons > * {
          flex: 1 1 100%;
        }
      }
    `,
  ],
})
export class MeetingNewPage implements OnInit {
  protected readonly store = inject(MeetingFormStore);
  protected readonly stores = inject(StorePickerSource);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  readonly role = input<Role | null>(null);

  protected readonly roleKey = roleKey;
  protected readonly itemGroup = itemGroup;
  protected readonly actionGroup = actionGroup;
  protected readonly canManage = computed(() => isMeetingManager(this.role()));
  protected readonly bannerError = signal<string | null>(null);
  /** The page's clock for the overdue mark in the preview. */
  private readonly now = new Date();

  protected readonly form = new FormGroup({
    seriesId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    heldAt: new FormControl(toLocalInput(new Date()), { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    attendeeIds: new FormControl<number[]>([], { nonNullable: true, validators: [Validators.required] }),
    items: new FormArray<ReturnType<typeof itemGroup>>([]),
    minutes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20_000)] }),
    decisions: new FormControl('', { nonNullable: true }),
    actions: new FormArray<ReturnType<typeof actionGroup>>([]),
  });
  protected readonly seriesId = toSignal(this.form.controls.seriesId.valueChanges, { initialValue: null });
  private readonly heldAt = toSignal(this.form.controls.heldAt.valueChanges, { initialValue: this.form.controls.heldAt.value });
  protected readonly carry = computed(() =>
    carryOverPreview(this.store.openActions(), this.seriesId(), this.heldAt() ? new Date(this.heldAt()) : null),
  );

  ngOnInit(): void {
    if (this.canManage()) void this.store.load();
  }

  protected isOverdue = (a: Parameters<typeof isOverdue>[0]) => isOverdue(a, this.now);

  /** A series replaces the agenda with its template (what was typed into the agenda goes). */
  protected pickSeries(id: number | null): void {
    const items = this.form.controls.items;
    items.clear();
    for (const item of itemsFromTemplate(this.store.series().find((s) => s.id === id))) items.push(itemGroup(item.title));
  }

  protected errorOf(control: FormControl, requiredKey = 'meetings.form.required'): string {
    const errors = control.errors;
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return this.i18n.t(requiredKey);
    if (errors['maxlength']) return this.i18n.t('meetings.form.tooLong', { max: errors['maxlength'].requiredLength });
    return this.i18n.t('common.invalid');
  }

  protected async submit(): Promise<void> {
    this.bannerError.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.bannerError.set(this.i18n.t('meetings.form.invalid'));
      return;
    }
    const draft: MeetingDraft = this.form.getRawValue();
    try {
      const created = await this.store.create(toCreateMeetingRequest(draft));
      await this.router.navigate(['/meetings', created.id]);
    } catch (e) {
      // Problems naming a field (`actions.0.ownerId`, `attendeeIds`) go under it; the rest in the banner.
      this.bannerError.set(applyServerErrors(this.form, e, this.i18n));
    }
  }
}
