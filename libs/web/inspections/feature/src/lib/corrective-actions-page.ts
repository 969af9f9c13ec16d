import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiError, CorrectiveActionFilter, Role } from '@storeops/shared/contracts';
import { ActionsView, CorrectiveActionsStore } from '@storeops/web/inspections/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, TranslatePipe, unplacedProblems } from '@storeops/web/shared/util';

/** 整改: the store manager closes with a note and a photo; specialists and ops accept or reopen. */
@Component({
  selector: 'so-corrective-actions-page',
  imports: [
    MatButton,
    MatCheckbox,
    MatOption,
    MatSelect,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
    EntityPicker,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [CorrectiveActionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './corrective-actions-page.html',
  styleUrl: './corrective-actions-page.scss',
})
export class CorrectiveActionsPage implements OnInit {
  readonly role = input<Role | null>(null);
  readonly myStoreId = input<number | null>(null);
  /** A link from the 提醒中心 names the view (`?view=verify`) and the store (`?storeId=`) to open with. */
  readonly view = input<string | undefined>(undefined);
  readonly storeId = input<string | undefined>(undefined);
  protected readonly store = inject(CorrectiveActionsStore);
  protected readonly storeSource = inject(StorePickerSource);
  /** A refused write as the server words it: each problem it names (which action, why), else its message. */
  protected readonly problems = (e: ApiError) => unplacedProblems(e, []);
  protected readonly isManager = computed(() => this.role() === Role.StoreManager);
  protected readonly canVerify = computed(
    () => this.role() === Role.Specialist || this.role() === Role.OpsManager || this.role() === Role.Admin,
  );
  protected readonly views = computed<ActionsView[]>(() => (this.isManager() ? ['todo', 'all'] : ['verify', 'todo', 'all']));
  protected readonly openRow = signal<number | null>(null);
  protected readonly mode = signal<'close' | 'reopen'>('close');
  protected readonly photo = signal<File | null>(null);
  protected readonly note = signal('');

  protected readonly selected = signal<ReadonlySet<number>>(new Set());
  protected readonly closedRows = computed(() => this.store.rows().filter((r) => r.status === 'closed'));
  protected readonly allSelected = computed(
    () => this.closedRows().length > 0 && this.closedRows().every((r) => this.selected().has(r.id)),
  );
  /** Inspectors of the actions seen so far (the filter offers who actually found something). */
  private readonly seenInspectors = signal<ReadonlyMap<number, string>>(new Map());
  protected readonly inspectors = computed(() => [...this.seenInspectors()].map(([id, name]) => ({ id, name })));
  protected readonly photoPreview = signal<string | null>(null);

  constructor() {
    effect(() => {
      const rows = this.store.rows();
      untracked(() => {
        const known = new Map(this.seenInspectors());
        let grew = false;
        for (const r of rows)
          if (r.inspectorId !== null && !known.has(r.inspectorId)) {
            known.set(r.inspectorId, r.inspectorName);
            grew = true;
          }
        if (grew) this.seenInspectors.set(known);
      });
    });
    inject(DestroyRef).onDestroy(() => this.setPreview(null));
  }

  ngOnInit(): void {
    if (!this.isManager()) void this.store.loadOptions();
    const view = this.views().find((v) => v === this.view()) ?? this.views()[0];
    const storeId = Number(this.storeId());
    const filter = !this.isManager() && Number.isInteger(storeId) && storeId > 0 ? { ...this.store.filter(), storeId } : undefined;
    void this.store.load(view, this.myStoreId() ?? undefined, filter);
  }

  protected setFilter(change: Partial<CorrectiveActionFilter>): void {
    this.selected.set(new Set());
    const next = { ...this.store.filter(), ...change };
    for (const k of Object.keys(next) as Array<keyof CorrectiveActionFilter>) if (next[k] === undefined) delete next[k];
    void this.store.load(this.store.view(), this.myStoreId() ?? undefined, next);
  }

  protected toggle(id: number, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected selectAll(on: boolean): void {
    this.selected.set(on ? new Set(this.closedRows().map((r) => r.id)) : new Set());
  }

  protected async verifySelected(): Promise<void> {
    const ids = this.closedRows()
      .filter((r) => this.selected().has(r.id))
      .map((r) => r.id);
    if (!ids.length) return;
    try {
      await this.store.verifyMany(ids, true);
      this.selected.set(new Set());
    } catch {
      // saveError() is shown.
    }
  }

  private setPreview(url: string | null): void {
    const old = this.photoPreview();
    if (old) URL.revokeObjectURL?.(old);
    this.photoPreview.set(url);
  }

  protected show(view: ActionsView): void {
    this.openRow.set(null);
    this.selected.set(new Set());
    void this.store.load(view, this.myStoreId() ?? undefined);
  }

  protected open(id: number, mode: 'close' | 'reopen'): void {
    this.store.clearSaveError();
    this.openRow.set(this.openRow() === id && this.mode() === mode ? null : id);
    this.mode.set(mode);
    this.photo.set(null);
    this.setPreview(null);
    this.note.set('');
  }

  protected pickPhoto(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.photo.set(file);
    // A thumbnail of the picked photo, not its file name.
    this.setPreview(file && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null);
  }

  protected async submitClose(id: number): Promise<void> {
    const photo = this.photo();
    if (!photo || !this.note().trim()) return;
    try {
      await this.store.close(id, this.note().trim(), photo, photo.name || 'photo.jpg');
      this.openRow.set(null);
    } catch {
      // saveError() is shown in the form.
    }
  }

  protected async verify(id: number, accepted: boolean): Promise<void> {
    if (!accepted && !this.note().trim()) return;
    try {
      await this.store.verify(id, accepted, accepted ? undefined : this.note().trim());
      this.openRow.set(null);
    } catch {
      // saveError() is shown.
    }
  }
}
