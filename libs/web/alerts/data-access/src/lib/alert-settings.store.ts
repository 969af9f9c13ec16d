import { Injectable, inject, signal } from '@angular/core';
import { AlertSettings } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { AlertsApi } from './alerts-api';

/** The caller's own notification channels (in-app is always on). */
@Injectable()
export class AlertSettingsStore {
  private readonly api = inject(AlertsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly settings = signal<AlertSettings | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;

  async load(): Promise<void> {
    try {
      this.settings.set(await this.state.run(this.api.settings()));
    } catch {
      // error() carries it.
    }
  }

  /** Rejects with the ApiError for the form's fields (`email` …). */
  async save(body: AlertSettings): Promise<AlertSettings> {
    const saved = await this.writes.run(this.api.saveSettings(body));
    this.settings.set(saved);
    return saved;
  }
}
