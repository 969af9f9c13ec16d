import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BehindPaceQuery,
  BehindPaceResponse,
  CreateImportFields,
  FactRangeResponse,
  ImportResponse,
  KpiQuery,
  KpiResponse,
  Page,
  ProgressQuery,
  StoreProgressResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';
import { ImportSettings, importFields } from './import-mapping';

@Injectable({ providedIn: 'root' })
export class KpiApi {
  private readonly http = inject(HttpClient);
  kpis(query: KpiQuery): Observable<KpiResponse> {
    return this.http.get<KpiResponse>('/api/kpis', { params: toParams(query) });
  }
  /** The first and last day with facts. */
  range(): Observable<FactRangeResponse> {
    return this.http.get<FactRangeResponse>('/api/kpis/range');
  }
  storeProgress(storeId: number, date?: string): Observable<StoreProgressResponse> {
    return this.http.get<StoreProgressResponse>(`/api/stores/${storeId}/progress`, { params: toParams({ date } satisfies ProgressQuery) });
  }
  behindPace(query: BehindPaceQuery): Observable<BehindPaceResponse> {
    return this.http.get<BehindPaceResponse>('/api/progress/behind-pace', { params: toParams(query) });
  }
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);
  /** The multipart upload, observed as events so the page can show the browser's own upload progress. */
  upload(file: File, settings: ImportSettings): Observable<HttpEvent<ImportResponse>> {
    const body = new FormData();
    body.append('file', file, file.name);
    const fields: CreateImportFields = importFields(settings);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return this.http.post<ImportResponse>('/api/imports', body, { reportProgress: true, observe: 'events' });
  }
  /** Every kept problem of a job as an XLSX (行, 列, 值, 问题). */
  problems(id: number): Observable<Blob> {
    return this.http.get(`/api/imports/${id}/problems`, { responseType: 'blob' });
  }
  get(id: number): Observable<ImportResponse> {
    return this.http.get<ImportResponse>(`/api/imports/${id}`);
  }
  list(query: { page?: number; pageSize?: number }): Observable<Page<ImportResponse>> {
    return this.http.get<Page<ImportResponse>>('/api/imports', { params: toParams(query) });
  }
}
