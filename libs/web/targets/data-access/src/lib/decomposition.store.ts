import { Injectable, computed, inject, signal } from '@angular/core';
import { DecompositionResponse, StoreLock } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';
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
  private readonly current = signal<DecompositionResponse | null>(null);
  private readonly pending = signal<ReadonlyMap<string, number>>(new Map());
  private readonly lockValues = signal<ReadonlyMap<number, number>>(new Map());

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly writeError = this.writes.error;
  readonly decomposition = this.current.asReadonly();
  readonly edits = this.pending.asReadonly();
  readonly locks = this.lockValues.asReadonly();
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

  save(reason: string): Promise<DecompositionResponse> {
    const d = this.required();
    return this.write(this.api.updateCells(d.id, { cells: editedCells(this.pending()), reason, version: d.version }));
  }

  resplit(): Promise<DecompositionResponse> {
    const d = this.required();
    const locks: StoreLock[] = [...this.lockValues()].map(([storeId, value]) => ({ storeId, value }));
    return this.write(this.api.resplit(d.id, { locks, version: d.version }));
  }

  publish(): Promise<DecompositionResponse> {
    const d = this.required();
    return this.write(this.api.publish(d.id, d.version));
  }

  approve(): Promise<DecompositionResponse> {
    const d = this.required();
    return this.write(this.api.approve(d.id, d.version));
  }

  importXlsx(file: File, reason: string): Promise<DecompositionResponse> {
    const d = this.required();
    return this.write(this.api.importXlsx(d.id, file, reason, d.version));
  }

  exportXlsx(): Promise<Blob> {
    return this.writes.run(this.api.exportXlsx(this.required().id));
  }

  private async write(request: Observable<DecompositionResponse>): Promise<DecompositionResponse> {
    const saved = await this.writes.run(request);
    this.replace(saved);
    return saved;
  }

  private replace(d: DecompositionResponse): void {
    this.current.set(d);
    this.pending.set(new Map());
    this.lockValues.set(new Map(d.stores.filter((s) => s.locked).map((s) => [s.storeId, s.value])));
  }

  private required(): DecompositionResponse {
    const d = this.current();
    if (!d) throw new Error('no decomposition loaded');
    return d;
  }
}
