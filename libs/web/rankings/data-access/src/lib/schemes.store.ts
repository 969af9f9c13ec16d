import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateSchemeRequest, ScorecardSchemeResponse, UpdateSchemeRequest } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { RankingsApi } from './rankings-api';

/** 考评方案: every scheme and version; writes keep their own state so a refused save stays in its dialog. */
@Injectable()
export class SchemesStore {
  private readonly api = inject(RankingsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly list = signal<ScorecardSchemeResponse[]>([]);

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly writeError = this.writes.error;
  /** Grouped by name, newest version first, the one in force at the top. */
  readonly schemes = computed(() =>
    [...this.list()].sort(
      (a, b) => Number(b.inForce) - Number(a.inForce) || a.name.localeCompare(b.name, 'zh-CN') || b.schemeVersion - a.schemeVersion,
    ),
  );

  async load(): Promise<void> {
    try {
      this.list.set(await this.state.run(this.api.schemes()));
    } catch {
      // error() carries it.
    }
  }

  async create(body: CreateSchemeRequest): Promise<ScorecardSchemeResponse> {
    const created = await this.writes.run(this.api.createScheme(body));
    this.list.update((list) => [...list, created]);
    return created;
  }

  async update(id: number, body: UpdateSchemeRequest): Promise<ScorecardSchemeResponse> {
    const updated = await this.writes.run(this.api.updateScheme(id, body));
    this.list.update((list) => list.map((s) => (s.id === id ? updated : s)));
    return updated;
  }

  /** Approval changes which scheme is in force (and may supersede another): the whole list is read again. */
  async approve(scheme: ScorecardSchemeResponse): Promise<void> {
    await this.writes.run(this.api.approveScheme(scheme.id, scheme.version));
    await this.load();
  }

  clearWriteError(): void {
    this.writes.clearError();
  }
}
