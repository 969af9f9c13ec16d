import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateDecompositionRequest,
  DecompositionQuery,
  ImportCellsFields,
  Page,
  PublishRequest,
  ResplitRequest,
  ReturnRequest,
  TargetChangeResponse,
  TargetDecompositionResponse,
  WorkflowStepRequest,
  UpdateCellsRequest,
  UpdateCellsResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class DecompositionsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/target-decompositions';

  list(query: DecompositionQuery): Observable<Page<TargetDecompositionResponse>> {
    return this.http.get<Page<TargetDecompositionResponse>>(this.base, { params: toParams(query) });
  }
  get(id: number): Observable<TargetDecompositionResponse> {
    return this.http.get<TargetDecompositionResponse>(`${this.base}/${id}`);
  }
  create(body: CreateDecompositionRequest): Observable<TargetDecompositionResponse> {
    return this.http.post<TargetDecompositionResponse>(this.base, body);
  }
  updateCells(id: number, body: UpdateCellsRequest): Observable<UpdateCellsResponse> {
    return this.http.patch<UpdateCellsResponse>(`${this.base}/${id}/cells`, body);
  }
  resplit(id: number, body: ResplitRequest): Observable<TargetDecompositionResponse> {
    return this.http.post<TargetDecompositionResponse>(`${this.base}/${id}/resplit`, body);
  }
  /** Publish, approve and return carry the version the caller saw (409 when someone changed it since). */
  publish(id: number, body: PublishRequest): Observable<TargetDecompositionResponse> {
    return this.http.post<TargetDecompositionResponse>(`${this.base}/${id}/publish`, body);
  }
  approve(id: number, body: WorkflowStepRequest): Observable<TargetDecompositionResponse> {
    return this.http.post<TargetDecompositionResponse>(`${this.base}/${id}/approve`, body);
  }
  returnToDraft(id: number, body: ReturnRequest): Observable<TargetDecompositionResponse> {
    return this.http.post<TargetDecompositionResponse>(`${this.base}/${id}/return`, body);
  }
  changes(id: number): Observable<TargetChangeResponse[]> {
    return this.http.get<TargetChangeResponse[]>(`${this.base}/${id}/changes`);
  }
  exportXlsx(id: number): Observable<Blob> {
    return this.http.get(`${this.base}/${id}/export`, { responseType: 'blob' });
  }
  importXlsx(id: number, file: File, reason: string, version: number): Observable<UpdateCellsResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    const fields: ImportCellsFields = { reason, version };
    body.append('reason', fields.reason);
    body.append('version', String(fields.version));
    return this.http.post<UpdateCellsResponse>(`${this.base}/${id}/import`, body);
  }
}
