import { Injectable, inject, signal } from '@angular/core';
import { StoreResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { StoresApi } from './org-api';

/** One store by id; error().statusCode tells 403 (not yours) from 404 (no such store). */
@Injectable()
export class StoreDetailStore {
  private readonly api = inject(StoresApi);
  private readonly state = new RequestState();
  private readonly current = signal<StoreResponse | null>(null);

  readonly store = this.current.asReadonly();
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(id: number): Promise<void> {
    this.current.set(null);
    try {
      this.current.set(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }
}
