import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BehindPaceResponse,
  ImportKind,
  ImportMapping,
  ImportResponse,
  KpiQuery,
  KpiResponse,
  Metric,
  Page,
  StoreProgressResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/org/data-access';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class KpiApi {
  private readonly http = inject(HttpClient);
  kpis(query: KpiQuery): Observable<KpiResponse> {
    return this.http.get<KpiResponse>('/api/kpis', { params: toParams(query) });
  }
  storeProgress(storeId: number, date?: string): Observable<StoreProgressResponse> {
    return this.http.get<StoreProgressResponse>(`/api/stores/${storeId}/progress`, { params: toParams({ date }) });
  }
  behindPace(query: { date?: string; metric?: Metric }): Observable<BehindPaceResponse> {
    return this.http.get<BehindPaceResponse>('/api/progress/behind-pace', { params: toParams(query) });
  }
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);
  upload(file: File, kind: ImportKind | null, mapping: ImportMapping | null): Observable<ImportResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    if (kind) body.append('kind', kind);
    if (mapping) body.append('mapping', JSON.stringify(mapping));
    return this.http.post<ImportResponse>('/api/imports', body);
  }
  get(id: number): Observable<ImportResponse> {
    return this.http.get<ImportResponse>(`/api/imports/${id}`);
  }
  list(query: { page?: number; pageSize?: number }): Observable<Page<ImportResponse>> {
    return this.http.get<Page<ImportResponse>>('/api/imports', { params: toParams(query) });
  }
}
