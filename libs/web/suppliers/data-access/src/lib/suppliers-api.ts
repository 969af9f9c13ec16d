import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ClauseCheckResponse,
  CloseFollowUpRequest,
  ContractAttachmentResponse,
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
  Page,
  RenewLicenceRequest,
  SupplierQuery,
  SupplierResponse,
  SupplierScorecardQuery,
  SupplierScorecardRow,
  UpdateContractRequest,
  UpdateSupplierRequest,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class SuppliersApi {
  private readonly http = inject(HttpClient);

  suppliers(query: SupplierQuery): Observable<Page<SupplierResponse>> {
    return this.http.get<Page<SupplierResponse>>('/api/suppliers', { params: toParams(query) });
  }
  supplier(id: number): Observable<SupplierResponse> {
    return this.http.get<SupplierResponse>(`/api/suppliers/${id}`);
  }
  createSupplier(body: CreateSupplierRequest): Observable<SupplierResponse> {
    return this.http.post<SupplierResponse>('/api/suppliers', body);
  }
  updateSupplier(id: number, body: UpdateSupplierRequest): Observable<SupplierResponse> {
    return this.http.patch<SupplierResponse>(`/api/suppliers/${id}`, body);
  }
  supplierScorecards(id: number): Observable<SupplierScorecardRow[]> {
    return this.http.get<SupplierScorecardRow[]>(`/api/suppliers/${id}/scorecards`);
  }
  ranking(period?: string): Observable<SupplierScorecardRow[]> {
    return this.http.get<SupplierScorecardRow[]>('/api/supplier-scorecards', {
      params: toParams({ period } satisfies SupplierScorecardQuery),
    });
  }

  contracts(query: ContractQuery): Observable<Page<ContractResponse>> {
    return this.http.get<Page<ContractResponse>>('/api/contracts', { params: toParams(query) });
  }
  contract(id: number): Observable<ContractResponse> {
    return this.http.get<ContractResponse>(`/api/contracts/${id}`);
  }
  createContract(body: CreateContractRequest): Observable<ContractResponse> {
    return this.http.post<ContractResponse>('/api/contracts', body);
  }
  updateContract(id: number, body: UpdateContractRequest): Observable<ContractResponse> {
    return this.http.patch<ContractResponse>(`/api/contracts/${id}`, body);
  }
  transition(id: number, body: ContractTransitionRequest): Observable<ContractResponse> {
    return this.http.post<ContractResponse>(`/api/contracts/${id}/transitions`, body);
  }
  revisions(id: number): Observable<ContractRevisionResponse[]> {
    return this.http.get<ContractRevisionResponse[]>(`/api/contracts/${id}/revisions`);
  }
  clauseChecks(id: number): Observable<ClauseCheckResponse[]> {
    return this.http.get<ClauseCheckResponse[]>(`/api/contracts/${id}/clause-checks`);
  }
  createClauseCheck(id: number, body: CreateClauseCheckRequest): Observable<ClauseCheckResponse> {
    return this.http.post<ClauseCheckResponse>(`/api/contracts/${id}/clause-checks`, body);
  }
  attach(id: number, file: File): Observable<ContractAttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ContractAttachmentResponse>(`/api/contracts/${id}/attachments`, body);
  }

  licences(query: LicenceQuery): Observable<Page<LicenceResponse>> {
    return this.http.get<Page<LicenceResponse>>('/api/licences', { params: toParams(query) });
  }
  createLicence(body: CreateLicenceRequest): Observable<LicenceResponse> {
    return this.http.post<LicenceResponse>('/api/licences', body);
  }
  /** The scanned licence (PDF, JPEG or PNG); replaces an earlier scan. */
  uploadLicenceFile(id: number, file: File): Observable<LicenceResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<LicenceResponse>(`/api/licences/${id}/file`, body);
  }
  /** 换证: a new licence replaces this one, which stays in the history. */
  renewLicence(id: number, body: RenewLicenceRequest): Observable<LicenceResponse> {
    return this.http.post<LicenceResponse>(`/api/licences/${id}/renew`, body);
  }
  closeFollowUp(contractId: number, checkId: number, body: CloseFollowUpRequest): Observable<ClauseCheckResponse> {
    return this.http.post<ClauseCheckResponse>(`/api/contracts/${contractId}/clause-checks/${checkId}/follow-up/close`, body);
  }
}
