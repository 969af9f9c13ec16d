import { Injectable, inject, signal } from '@angular/core';
import { DashboardResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { RankingsApi } from './rankings-api';

/** 营运总览 of one day (the API picks the last day with facts when none is given). */
@Injectable()
export class DashboardStore {
  private readonly api = inject(RankingsApi);
  private readonly state = new RequestState();
  private readonly current = signal<DashboardResponse | null>(null);
  private requestId = 0;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly dashboard = this.current.asReadonly();

  async load(date?: string): Promise<void> {
    const id = ++this.requestId;
    try {
      const response = await this.state.run(this.api.dashboard(date));
      if (id === this.requestId) this.current.set(response);
    } catch {
      // error() carries it.
    }
  }
}
