import { Injectable, inject, signal } from '@angular/core';
import { BehindPaceResponse, Metric, TargetMetric } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { KpiApi } from './kpi-api';

/** 门店进度: the stores whose month-to-date pace is below 100 %. */
@Injectable()
export class BehindPaceStore {
  private readonly api = inject(KpiApi);
  private readonly state = new RequestState();
  private readonly result = signal<BehindPaceResponse | null>(null);

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly response = this.result.asReadonly();
  readonly metric = signal<TargetMetric>(Metric.Sales);
  /** The as-of day asked for; undefined: the API's last day with facts. */
  readonly date = signal<string | undefined>(undefined);

  async load(metric: TargetMetric = this.metric(), date: string | undefined = this.date()): Promise<void> {
    this.metric.set(metric);
    this.date.set(date);
    try {
      this.result.set(await this.state.run(this.api.behindPace({ metric, date })));
    } catch {
      // error() carries it.
    }
  }
}
