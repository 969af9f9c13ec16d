import { Injectable, inject, signal } from '@angular/core';
import {
  ClauseCheckResponse,
  ContractQuery,
  ContractResponse,
  ContractRevisionResponse,
  ContractTransitionRequest,
  CreateClauseCheckRequest,
  CreateContractRequest,
  CreateLicenceRequest,
  CreateSupplierRequest,
  LicenceQuery,
  LicenceResponse,
  RenewLicenceRequest,
  SupplierQuery,
  SupplierResponse,
  SupplierScorecardRow,
  UpdateContractRequest,
  UpdateSupplierRequest,
} from '@storeops/shared/contracts';
import { PagedListStore, RequestState } from '@storeops/web/shared/util';
import { SuppliersApi } from './suppliers-api';

/** 供应商 list with search and status filter; creating a supplier. */
@Injectable()
export class SupplierListStore extends PagedListStore<SupplierResponse, SupplierQuery> {
  private readonly api = inject(SuppliersApi);
  protected fetch(query: SupplierQuery) {
    return this.api.suppliers(query);
  }
  /** Rejects with the ApiError for the form. */
  create(body: CreateSupplierRequest): Promise<SupplierResponse> {
    return this.writes.run(this.api.createSupplier(body));
  }
  readonly saveError = this.writes.error;
}

/** 合同 list: filters by status, kind, supplier; `expiringWithinDays` gives the renewal list. */
@Injectable()
export class ContractListStore extends PagedListStore<ContractResponse, ContractQuery> {
  private readonly api = inject(SuppliersApi);
  protected fetch(query: ContractQuery) {
    return this.api.contracts(query);
  }
}

/** 证照 expiring list. */
@Injectable()
export class LicenceListStore extends PagedListStore<LicenceResponse, LicenceQuery> {
  private readonly api = inject(SuppliersApi);
  protected fetch(query: LicenceQuery) {
    return this.api.licences(query);
  }
  /** Rejects with the ApiError for the dialog's fields. */
  create(body: CreateLicenceRequest): Promise<LicenceResponse> {
    return this.writes.run(this.api.createLicence(body));
  }
  /** Uploads the scan and reloads the page, so the row shows it. Rejects with the ApiError (415, 413 …). */
  async uploadFile(id: number, file: File): Promise<LicenceResponse> {
    const updated = await this.writes.run(this.api.uploadLicenceFile(id, file));
    await this.load();
    return updated;
  }
  /** 换证, then the list again (the old licence drops out of the current ones). */
  async renew(id: number, body: RenewLicenceRequest): Promise<LicenceResponse> {
    const renewed = await this.writes.run(this.api.renewLicence(id, body));
    await this.load();
    return renewed;
  }
  readonly saveError = this.writes.error;
}

/** One contract: detail with timeline, its revisions and clause checks, and every write on it. */
@Injectable()
export class ContractStore {
  private readonly api = inject(SuppliersApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly contract = signal<ContractResponse | null>(null);
  readonly revisions = signal<ContractRevisionResponse[]>([]);
  readonly clauseChecks = signal<ClauseCheckResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly saveError = this.writes.error;

  async load(id: number): Promise<void> {
    try {
      this.contract.set(await this.state.run(this.api.contract(id)));
      const [revisions, checks] = await Promise.all([this.state.run(this.api.revisions(id)), this.state.run(this.api.clauseChecks(id))]);
      this.revisions.set(revisions);
      this.clauseChecks.set(checks);
    } catch {
      // error() carries it.
    }
  }

  /** Rejects with the ApiError (409 when the state or version moved on). */
  async transition(body: ContractTransitionRequest): Promise<ContractResponse> {
    const current = this.contract();
    if (!current) throw new Error('no contract loaded');
    const updated = await this.writes.run(this.api.transition(current.id, { ...body }));
    await this.load(updated.id);
    return updated;
  }

  create(body: CreateContractRequest): Promise<ContractResponse> {
    return this.writes.run(this.api.createContract(body));
  }

  async update(id: number, body: UpdateContractRequest): Promise<ContractResponse> {
    const updated = await this.writes.run(this.api.updateContract(id, body));
    this.contract.set(updated);
    return updated;
  }

  async attach(file: File): Promise<void> {
    const current = this.contract();
    if (!current) return;
    await this.writes.run(this.api.attach(current.id, file));
    await this.load(current.id);
  }

  async addClauseCheck(body: CreateClauseCheckRequest): Promise<void> {
    const current = this.contract();
    if (!current) return;
    await this.writes.run(this.api.createClauseCheck(current.id, body));
    this.clauseChecks.set(await this.state.run(this.api.clauseChecks(current.id)));
  }

  /** The owner or the office closes a breach's follow-up; the list is reloaded. Rejects with the ApiError (409 when already closed). */
  async closeFollowUp(checkId: number, note: string): Promise<void> {
    const current = this.contract();
    if (!current) return;
    try {
      await this.writes.run(this.api.closeFollowUp(current.id, checkId, { note }));
    } finally {
      // Also after a 409: the list then shows who closed it first.
      this.clauseChecks.set(await this.state.run(this.api.clauseChecks(current.id)));
    }
  }

  clearSaveError(): void {
    this.writes.clearError();
  }
}

/** One supplier with its licences and a year of scorecards. */
@Injectable()
export class SupplierStore {
  private readonly api = inject(SuppliersApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly supplier = signal<SupplierResponse | null>(null);
  readonly licences = signal<LicenceResponse[]>([]);
  readonly scorecards = signal<SupplierScorecardRow[]>([]);
  readonly contracts = signal<ContractResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saveError = this.writes.error;

  async load(id: number): Promise<void> {
    try {
      const [supplier, licences, scorecards, contracts] = await Promise.all([
        this.state.run(this.api.supplier(id)),
        this.state.run(this.api.licences({ supplierId: id, pageSize: 100 })),
        this.state.run(this.api.supplierScorecards(id)),
        this.state.run(this.api.contracts({ supplierId: id, pageSize: 100 })),
      ]);
      this.supplier.set(supplier);
      this.licences.set(licences.items);
      this.scorecards.set(scorecards);
      this.contracts.set(contracts.items);
    } catch {
      // error() carries it.
    }
  }

  /** PATCHes the loaded supplier with `version`; rejects with the ApiError (409 when someone else saved first). */
  async update(body: UpdateSupplierRequest): Promise<SupplierResponse> {
    const current = this.supplier();
    if (!current) throw new Error('no supplier loaded');
    const updated = await this.writes.run(this.api.updateSupplier(current.id, body));
    this.supplier.set(updated);
    return updated;
  }

  /** A licence of this supplier; rejects with the ApiError for the dialog's fields. */
  async createLicence(body: Omit<CreateLicenceRequest, 'ownerKind' | 'supplierId' | 'storeId'>): Promise<LicenceResponse> {
    const current = this.supplier();
    if (!current) throw new Error('no supplier loaded');
    const created = await this.writes.run(this.api.createLicence({ ...body, ownerKind: 'supplier', supplierId: current.id }));
    await this.reloadLicences();
    return created;
  }

  async uploadLicenceFile(id: number, file: File): Promise<LicenceResponse> {
    const updated = await this.writes.run(this.api.uploadLicenceFile(id, file));
    await this.reloadLicences();
    return updated;
  }

  /** 换证, then the licences and the supplier (its expired-licence flag) again. */
  async renewLicence(id: number, body: RenewLicenceRequest): Promise<LicenceResponse> {
    const renewed = await this.writes.run(this.api.renewLicence(id, body));
    await this.reloadLicences();
    const current = this.supplier();
    if (current) this.supplier.set(await this.state.run(this.api.supplier(current.id)));
    return renewed;
  }

  private async reloadLicences(): Promise<void> {
    const current = this.supplier();
    if (current) this.licences.set((await this.state.run(this.api.licences({ supplierId: current.id, pageSize: 100 }))).items);
  }
}

/** 供应商排名: every supplier's scorecard of a month, ranked. */
@Injectable()
export class SupplierRankingStore {
  private readonly api = inject(SuppliersApi);
  private readonly state = new RequestState();
  readonly rows = signal<SupplierScorecardRow[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(period?: string): Promise<void> {
    try {
      this.rows.set(await this.state.run(this.api.ranking(period)));
    } catch {
      // error() carries it.
    }
  }
}

/** The area's home: contracts to review (office), own drafts and returned ones (buyer), renewals and licence alerts. */
@Injectable()
export class SuppliersHomeStore {
  private readonly api = inject(SuppliersApi);
  private readonly state = new RequestState();
  readonly toReview = signal<ContractResponse[]>([]);
  readonly mine = signal<ContractResponse[]>([]);
  readonly renewals = signal<ContractResponse[]>([]);
  readonly licences = signal<LicenceResponse[]>([]);
  readonly loaded = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(withMine: boolean): Promise<void> {
    try {
      const [toReview, renewals, licences, drafts, returned] = await Promise.all([
        this.state.run(this.api.contracts({ status: 'submitted', pageSize: 50 })),
        this.state.run(this.api.contracts({ expiringWithinDays: 60, pageSize: 50 })),
        this.state.run(this.api.licences({ expiringWithinDays: 30, pageSize: 50 })),
        withMine ? this.state.run(this.api.contracts({ mine: true, status: 'draft', pageSize: 50 })) : Promise.resolve(null),
        withMine ? this.state.run(this.api.contracts({ mine: true, status: 'returned', pageSize: 50 })) : Promise.resolve(null),
      ]);
      this.toReview.set(toReview.items);
      this.renewals.set(renewals.items);
      this.licences.set(licences.items);
      this.mine.set([...(returned?.items ?? []), ...(drafts?.items ?? [])]);
      this.loaded.set(true);
    } catch {
      // error() carries it.
    }
  }
}
