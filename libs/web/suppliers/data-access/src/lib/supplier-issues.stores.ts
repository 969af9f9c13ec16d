import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import {
  ContractResponse,
  CreateSupplierIssueRequest,
  Page,
  SupplierIssueListItem,
  SupplierIssueQuery,
  SupplierIssueResponse,
  SupplierIssueTransitionRequest,
} from '@storeops/shared/contracts';
import { PagedListStore, RequestState, toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';
import { SuppliersApi } from './suppliers-api';

/** 供应商问题 over HTTP: one method per route of the supplier-issues API. */
@Injectable({ providedIn: 'root' })
export class SupplierIssuesApi {
  private readonly http = inject(HttpClient);

  list(query: SupplierIssueQuery): Observable<Page<SupplierIssueListItem>> {
    return this.http.get<Page<SupplierIssueListItem>>('/api/supplier-issues', { params: toParams(query) });
  }
  get(id: number): Observable<SupplierIssueResponse> {
    return this.http.get<SupplierIssueResponse>(`/api/supplier-issues/${id}`);
  }
  create(body: CreateSupplierIssueRequest): Observable<SupplierIssueResponse> {
    return this.http.post<SupplierIssueResponse>('/api/supplier-issues', body);
  }
  transition(id: number, body: SupplierIssueTransitionRequest): Observable<SupplierIssueResponse> {
    return this.http.post<SupplierIssueResponse>(`/api/supplier-issues/${id}/transitions`, body);
  }
}

/** The issues list (by state, supplier or store; the API narrows a 店长's to their store). */
@Injectable()
export class SupplierIssueListStore extends PagedListStore<SupplierIssueListItem, SupplierIssueQuery> {
  private readonly api = inject(SupplierIssuesApi);
  protected fetch(query: SupplierIssueQuery) {
    return this.api.list(query);
  }
}

/** One issue with its timeline and allowed actions; raising one; each transition answers the issue as it now is. */
@Injectable()
export class SupplierIssueStore {
  private readonly api = inject(SupplierIssuesApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly contracts = new RequestState();
  private readonly suppliersApi = inject(SuppliersApi);
  readonly issue = signal<SupplierIssueResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;

  async load(id: number): Promise<void> {
    try {
      this.issue.set(await this.state.run(this.api.get(id)));
    } catch {
      this.issue.set(null);
    }
  }

  /** A supplier's contracts, for the raise form's optional contract; empty when they cannot be read. */
  async contractsOf(supplierId: number): Promise<ContractResponse[]> {
    try {
      const page = await this.contracts.run(this.suppliersApi.contracts({ supplierId, page: 1, pageSize: 50 }));
      return page.items;
    } catch {
      return [];
    }
  }

  async create(body: CreateSupplierIssueRequest): Promise<SupplierIssueResponse> {
    const issue = await this.writes.run(this.api.create(body));
    this.issue.set(issue);
    return issue;
  }

  /** Rejects with the ApiError (409 for a stale version or the wrong state). */
  async transition(body: Omit<SupplierIssueTransitionRequest, 'version'>): Promise<SupplierIssueResponse> {
    const current = this.issue();
    if (!current) throw new Error('no issue loaded');
    const issue = await this.writes.run(this.api.transition(current.id, { ...body, version: current.version }));
    this.issue.set(issue);
    return issue;
  }
}
