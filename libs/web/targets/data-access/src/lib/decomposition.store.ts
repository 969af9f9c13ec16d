import { Injectable, computed, inject, signal } from '@angular/core';
import { DifferenceResolution, StoreLock, TargetChangeResponse, TargetDecompositionResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { Observable, firstValueFrom } from 'rxjs';
import { DecompositionsApi } from './decompositions-api';
import { buildGrid, cellKey, editedCells } from './decomposition-grid';

/**
 * One decomposition's grid: unsaved cell edits (batched until 保存), locks for a resplit, and the workflow actions.
 * Every write sends the version it was based on; a 409 means someone else saved first.
 */
@Injectable()
export class DecompositionStore {
  private readonly api = inject(DecompositionsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly current = signal<TargetDecompositionResponse | null>(null);
  private readonly pending = signal<ReadonlyMap<string, number>>(new Map());
  private readonly lockValues = signal<ReadonlyMap<number, number>>(new Map());
  private readonly historyRows = signal<TargetChangeResponse[]>([]);

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly writeError = this.writes.error;
  readonly decomposition = this.current.asReadonly();
  readonly edits = this.pending.asReadonly();
  readonly locks = this.lockValues.asReadonly();
  /** The split's history, newest first (returns with comments, settled totals, edits after publishing). */
  readonly history = this.historyRows.asReadonly();
  /** Stores' sum minus the company target, as saved (publishing asks how to settle it when not 0). */
  readonly difference = computed(() => {
    const d = this.current();
    return d ? d.total - d.targetTotal : 0;
  });
  readonly dirty = computed(() => this.pending().size > 0);
  readonly grid = computed(() => {
    const d = this.current();
    return d ? buildGrid(d.stores, d.cells, this.pending()) : { rows: [], monthTotals: new Array<number>(12).fill(0), grandTotal: 0 };
  });
  private readonly originals = computed(() => new Map((this.current()?.cells ?? []).map((c) => [cellKey(c.storeId, c.month), c.value])));

  async load(id: number): Promise<void> {
    this.current.set(null);
    try {
      this.replace(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }

  setCell(storeId: number, month: number, value: number): void {
    const key = cellKey(storeId, month);
    this.pending.update((edits) => {
      const next = new Map(edits);
      if ((this.originals().get(key) ?? 0) === value) next.delete(key);
      else next.set(key, value);
      return next;
    });
  }

  discard(): void {
    this.pending.set(new Map());
  }

  setLock(storeId: number, value: number | null): void {
    this.lockValues.update((locks) => {
      const next = new Map(locks);
      if (value === null) next.delete(storeId);
      else next.set(storeId, value);
      return next;
    });
  }

  save(reason: string): Promise<TargetDecompositionResponse> {
    const d = this.required();
    return this.write(this.api.updateCells(d.id, { cells: editedCells(this.pending()), reason, version: d.version }));
  }

  resplit(): Promise<TargetDecompositionResponse> {
    const d = this.required();
    const locks: StoreLock[] = [...this.lockValues()].map(([storeId, value]) => ({ storeId, value }));
    return this.write(this.api.resplit(d.id, { locks, version: d.version }));
  }

  publish(
    options: { onDifference?: DifferenceResolution; reason?: string; confirmZeroMonths?: boolean } = {},
  ): Promise<TargetDecompositionResponse> {
    const d = this.required();
    return this.write(this.api.publish(d.id, { version: d.version, ...options }));
  }

  approve(confirmZeroMonths = false): Promise<TargetDecompositionResponse> {
    const d = this.required();
    return this.write(this.api.approve(d.id, { version: d.version, ...(confirmZeroMonths ? { confirmZeroMonths } : {}) }));
  }

  /** The director's 退回 with a comment: the split goes back to draft. */
  returnToDraft(comment: string): Promise<TargetDecompositionResponse> {
    const d = this.required();
    return this.write(this.api.returnToDraft(d.id, { comment, version: d.version }));
  }

  async loadHistory(): Promise<void> {
    const d = this.current();
    if (!d) return;
    try {
      this.historyRows.set(await firstValueFrom(this.api.changes(d.id)));
    } catch {
      // The history is an aside: the grid stays usable without it.
      this.historyRows.set([]);
    }
  }

  importXlsx(file: File, reason: string): Promise<TargetDecompositionResponse> {
    const d = this.required();
    return this.write(this.api.importXlsx(d.id, file, reason, d.version));
  }

  exportXlsx(): Promise<Blob> {
    return this.writes.run(this.api.exportXlsx(this.required().id));
  }

  private async write(request: Observable<TargetDecompositionResponse>): Promise<TargetDecompositionResponse> {
    const saved = await this.writes.run(request);
    this.replace(saved);
    return saved;
  }

  private replace(d: TargetDecompositionResponse): void {
    this.current.set(d);
    void this.loadHistory();
    this.pending.set(new Map());
    this.lockValues.set(new Map(d.stores.filter((s) => s.locked).map((s) => [s.storeId, s.value])));
  }

  private required(): TargetDecompositionResponse {
    const d = this.current();
    if (!d) throw new Error('no decomposition loaded');
    return d;
  }
}
