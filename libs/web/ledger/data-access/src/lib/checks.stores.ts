import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CreatePriceCheckRequest,
  CreatePriceCheckResponse,
  CreateQualityCheckRequest,
  CreateQualityCheckResponse,
  PriceChangeImportResponse,
  PriceChangeResponse,
  PriceCheckListItem,
  PriceCheckQuery,
  PriceCheckResponse,
  PriceSampleRequest,
  PriceSampleResponse,
  QualityCheckListItem,
  QualityCheckQuery,
  QualityCheckResponse,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { ChecksApi } from './checks-api';

/** The price checks matching the filters (the API narrows a 店长's to their store), newest first as the API sends. */
@Injectable()
export class PriceCheckListStore {
  private readonly api = inject(ChecksApi);
  private readonly state = new RequestState();
  readonly items = signal<PriceCheckListItem[]>([]);
  readonly loaded = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly empty = computed(() => this.loaded() && !this.loading() && !this.error() && !this.items().length);

  async load(query: PriceCheckQuery): Promise<void> {
    try {
      this.items.set(await this.state.run(this.api.priceChecks(query)));
    } catch {
      this.items.set([]);
    } finally {
      this.loaded.set(true);
    }
  }
}

/** One price check, its capture (with the risk sample), and the 调价单 import. */
@Injectable()
export class PriceCheckStore {
  private readonly api = inject(ChecksApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly sampling = new RequestState();
  readonly check = signal<PriceCheckResponse | null>(null);
  readonly created = signal<CreatePriceCheckResponse | null>(null);
  readonly sample = signal<PriceSampleResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly sampleLoading = this.sampling.loading;
  readonly sampleError = this.sampling.error;

  async load(id: number): Promise<void> {
    try {
      this.check.set(await this.state.run(this.api.priceCheck(id)));
    } catch {
      this.check.set(null);
    }
  }

  async create(body: CreatePriceCheckRequest): Promise<CreatePriceCheckResponse> {
    const created = await this.writes.run(this.api.createPriceCheck(body));
    this.created.set(created);
    return created;
  }

  async draw(body: PriceSampleRequest): Promise<void> {
    try {
      this.sample.set(await this.sampling.run(this.api.sample(body)));
    } catch {
      this.sample.set(null);
    }
  }
}

/** The imported 调价单 rows and the import itself (the office's). */
@Injectable()
export class PriceChangesStore {
  private readonly api = inject(ChecksApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly items = signal<PriceChangeResponse[]>([]);
  readonly result = signal<PriceChangeImportResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly importing = this.writes.loading;

  async load(): Promise<void> {
    try {
      this.items.set(await this.state.run(this.api.priceChanges()));
    } catch {
      this.items.set([]);
    }
  }

  /** Imports the file, then reads the list again; throws the API's refusal. */
  async import(file: File): Promise<PriceChangeImportResponse> {
    this.result.set(null);
    const result = await this.writes.run(this.api.importPriceChanges(file));
    this.result.set(result);
    await this.load();
    return result;
  }
}

/** The quality checks matching the filters. */
@Injectable()
export class QualityCheckListStore {
  private readonly api = inject(ChecksApi);
  private readonly state = new RequestState();
  readonly items = signal<QualityCheckListItem[]>([]);
  readonly loaded = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly empty = computed(() => this.loaded() && !this.loading() && !this.error() && !this.items().length);

  async load(query: QualityCheckQuery): Promise<void> {
    try {
      this.items.set(await this.state.run(this.api.qualityChecks(query)));
    } catch {
      this.items.set([]);
    } finally {
      this.loaded.set(true);
    }
  }
}

/** One quality check and its capture. */
@Injectable()
export class QualityCheckStore {
  private readonly api = inject(ChecksApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly check = signal<QualityCheckResponse | null>(null);
  readonly created = signal<CreateQualityCheckResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;

  async load(id: number): Promise<void> {
    try {
      this.check.set(await this.state.run(this.api.qualityCheck(id)));
    } catch {
      this.check.set(null);
    }
  }

  async create(body: CreateQualityCheckRequest): Promise<CreateQualityCheckResponse> {
    const created = await this.writes.run(this.api.createQualityCheck(body));
    this.created.set(created);
    return created;
  }
}
