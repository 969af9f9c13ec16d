import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { ActionsView, CorrectiveActionsStore } from '@storeops/web/inspections/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';

/** 整改: the store manager closes with a note and a photo; specialists and ops accept or reopen. */
@Component({
  selector: 'so-corrective-actions-page',
  imports: [
    MatButton,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
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
  protected readonly store = inject(CorrectiveActionsStore);
  protected readonly isManager = computed(() => this.role() === Role.StoreManager);
  protected readonly canVerify = computed(
    () => this.role() === Role.Specialist || this.role() === Role.OpsManager || this.role() === Role.Admin,
  );
  protected readonly views = computed<ActionsView[]>(() => (this.isManager() ? ['todo', 'all'] : ['verify', 'todo', 'all']));
  protected readonly openRow = signal<number | null>(null);
  protected readonly mode = signal<'close' | 'reopen'>('close');
  protected readonly photo = signal<File | null>(null);
  protected readonly note = signal('');

  ngOnInit(): void {
    void this.store.load(this.views()[0], this.myStoreId() ?? undefined);
  }

  protected show(view: ActionsView): void {
    this.openRow.set(null);
    void this.store.load(view, this.myStoreId() ?? undefined);
  }

  protected open(id: number, mode: 'close' | 'reopen'): void {
    this.store.clearSaveError();
    this.openRow.set(this.openRow() === id && this.mode() === mode ? null : id);
    this.mode.set(mode);
    this.photo.set(null);
    this.note.set('');
  }

  protected pickPhoto(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.photo.set(input.files?.[0] ?? null);
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
