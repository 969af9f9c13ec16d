import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { MatDialog } from '@angular/material/dialog';
import { DraftRepository, DraftSync, draftProblems, draftScore, pendingPhotos } from '@storeops/web/inspections/data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, SignaturePad } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, ScorePipe, formatScore } from '@storeops/web/shared/util';
import { CaptureItem, ItemAnswer } from '@storeops/web/inspections/ui';
import { firstValueFrom } from 'rxjs';
import { StarsPipe, submitStatusKey } from './inspection-format';

/** The walk-through of one draft: every tap is on the device at once; submit queues it for the sync. */
@Component({
  selector: 'so-capture-page',
  imports: [
    MatButton,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    RouterLink,
    EmptyState,
    SignaturePad,
    ScorePipe,
    TranslatePipe,
    StarsPipe,
    CaptureItem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './capture-page.html',
  styleUrl: './capture-page.scss',
})
export class CapturePage {
  /** The draft's idempotency key, from the route. */
  readonly key = input.required<string>();

  private readonly repo = inject(DraftRepository);
  protected readonly sync = inject(DraftSync);
  protected readonly draft = computed(() => this.repo.drafts().find((d) => d.key === this.key()) ?? null);
  protected readonly completed = computed(() => this.sync.completed()[this.key()] ?? null);
  protected readonly loaded = this.repo.loaded;
  protected readonly outcome = computed(() => {
    const d = this.draft();
    return d ? draftScore(d) : null;
  });
  protected readonly resultsById = computed(() => new Map((this.draft()?.results ?? []).map((r) => [r.itemId, r])));
  protected readonly answered = computed(() => (this.draft()?.results ?? []).filter((r) => r.result).length);
  protected readonly problems = computed(() => {
    const d = this.draft();
    return d ? draftProblems(d) : [];
  });
  protected readonly missingCount = computed(() => this.problems().filter((p) => p.kind === 'missing').length);
  protected readonly photoCount = computed(() => this.problems().filter((p) => p.kind === 'photo').length);
  protected readonly signOffMissing = computed(() => ({
    signature: this.problems().some((p) => p.kind === 'signature'),
    dutyName: this.problems().some((p) => p.kind === 'dutyName'),
  }));
  /** Photos (and the signature) still only on the device: the sync uploads them before the inspection. */
  protected readonly pendingUploads = computed(() => {
    const d = this.draft();
    return d ? pendingPhotos(d).length : 0;
  });
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  protected readonly locked = computed(() => {
    const s = this.draft()?.status;
    return s === 'pending' || s === 'syncing';
  });
  protected readonly statusKey = computed(() => submitStatusKey(this.draft()?.status ?? null, !!this.completed()));
  protected readonly photoUrls = signal<Record<string, string>>({});
  protected readonly showProblems = signal(false);

  constructor() {
    this.sync.start();
    // Thumbnails come from the Blobs on the device, so they show offline and after a reload.
    effect(() => {
      const d = this.draft();
      if (!d) return;
      const known = this.photoUrls();
      const ids = [...d.results.flatMap((r) => r.photos.map((p) => p.localId))].filter((id) => !(id in known));
      for (const id of ids) void this.loadUrl(id);
    });
    inject(DestroyRef).onDestroy(() => Object.values(this.photoUrls()).forEach((url) => URL.revokeObjectURL?.(url)));
  }

  protected change(itemId: number, patch: Partial<{ result: ItemAnswer['result']; points: number | null; note: string }>): void {
    void this.repo.update(this.key(), (d) => ({ ...d, results: d.results.map((r) => (r.itemId === itemId ? { ...r, ...patch } : r)) }));
  }

  protected answer(itemId: number, a: ItemAnswer): void {
    this.change(itemId, { result: a.result, points: a.points });
  }

  protected async addPhoto(itemId: number, file: File): Promise<void> {
    const photo = await this.repo.savePhoto(this.key(), itemId, file);
    await this.repo.update(this.key(), (d) => ({
      ...d,
      results: d.results.map((r) => (r.itemId === itemId ? { ...r, photos: [...r.photos, photo] } : r)),
    }));
    if (this.sync.online()) void this.sync.uploadPhotos(this.key()).catch(() => undefined);
  }

  protected async removePhoto(itemId: number, localId: string): Promise<void> {
    await this.repo.update(this.key(), (d) => ({
      ...d,
      results: d.results.map((r) => (r.itemId === itemId ? { ...r, photos: r.photos.filter((p) => p.localId !== localId) } : r)),
    }));
    await this.repo.deletePhoto(localId);
  }

  protected async signed(blob: Blob | null): Promise<void> {
    const old = this.draft()?.signature;
    const signature = blob ? await this.repo.savePhoto(this.key(), null, blob) : null;
    await this.repo.update(this.key(), (d) => ({ ...d, signature }));
    if (old) await this.repo.deletePhoto(old.localId);
  }

  protected field(name: 'notes' | 'dutyPersonName', value: string): void {
    void this.repo.update(this.key(), (d) => ({ ...d, [name]: value }));
  }

  protected async submit(): Promise<void> {
    if (this.problems().length) {
      this.showProblems.set(true);
      const first = this.problems()[0];
      const target = first.itemId ? document.querySelector(`[data-testid="item-${first.itemId}"]`) : document.getElementById('sign-off');
      target?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      return;
    }
    const d = this.draft();
    const outcome = this.outcome();
    // A submit opens corrective actions and cannot be taken back: say what is about to be sent, and ask.
    const data: ConfirmDialogData = {
      title: this.i18n.t('insp.confirmTitle'),
      text: this.i18n.t('insp.confirmText', {
        store: d ? `${d.storeCode} ${d.storeName}` : '',
        score: formatScore(outcome?.score, this.i18n.locale()),
        failed: d ? d.results.filter((r) => r.result === 'fail').length : 0,
      }),
      confirmLabel: this.i18n.t('insp.submit'),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    const confirmed = await firstValueFrom(
      this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed(),
    );
    if (!confirmed) return;
    await this.sync.submit(this.key());
  }

  protected edit(): void {
    void this.sync.reopen(this.key());
  }

  protected goTo(index: number): void {
    document.getElementById(`section-${index}`)?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }

  private async loadUrl(localId: string): Promise<void> {
    const blob = await this.repo.photoBlob(localId);
    if (!blob || typeof URL.createObjectURL !== 'function') return;
    this.photoUrls.update((all) => ({ ...all, [localId]: URL.createObjectURL(blob) }));
  }
}
