import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ComplaintAttachmentResponse,
  ComplaintCategoryResponse,
  ComplaintCauseResponse,
  ComplaintListItem,
  ComplaintMergeRequest,
  ComplaintPauseRequest,
  ComplaintPhoneResponse,
  ComplaintQuery,
  ComplaintResponse,
  ComplaintSettings,
  ComplaintStatsQuery,
  ComplaintStatsResponse,
  ComplaintTransitionRequest,
  CreateComplaintRequest,
  Page,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 顾客投诉 over HTTP: one method per route of the complaints API. */
@Injectable({ providedIn: 'root' })
export class ComplaintsApi {
  private readonly http = inject(HttpClient);

  list(query: ComplaintQuery): Observable<Page<ComplaintListItem>> {
    return this.http.get<Page<ComplaintListItem>>('/api/complaints', { params: toParams(query) });
  }
  get(id: number): Observable<ComplaintResponse> {
    return this.http.get<ComplaintResponse>(`/api/complaints/${id}`);
  }
  create(body: CreateComplaintRequest): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>('/api/complaints', body);
  }
  transition(id: number, body: ComplaintTransitionRequest): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(`/api/complaints/${id}/transitions`, body);
  }
  pause(id: number, body: ComplaintPauseRequest): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(`/api/complaints/${id}/pause`, body);
  }
  resume(id: number): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(`/api/complaints/${id}/resume`, {});
  }
  merge(id: number, body: ComplaintMergeRequest): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(`/api/complaints/${id}/merge`, body);
  }
  /** The full number; the API records who saw it. */
  revealPhone(id: number): Observable<ComplaintPhoneResponse> {
    return this.http.post<ComplaintPhoneResponse>(`/api/complaints/${id}/phone`, {});
  }
  attach(id: number, file: File): Observable<ComplaintAttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ComplaintAttachmentResponse>(`/api/complaints/${id}/attachments`, body);
  }
  stats(query: ComplaintStatsQuery): Observable<ComplaintStatsResponse> {
    return this.http.get<ComplaintStatsResponse>('/api/complaints/stats', { params: toParams(query) });
  }
  /** The report's table as a spreadsheet. */
  statsExport(query: ComplaintStatsQuery): Observable<Blob> {
    return this.http.get('/api/complaints/stats/export', { params: toParams(query), responseType: 'blob' });
  }
  categories(): Observable<ComplaintCategoryResponse[]> {
    return this.http.get<ComplaintCategoryResponse[]>('/api/complaint-categories');
  }
  causes(): Observable<ComplaintCauseResponse[]> {
    return this.http.get<ComplaintCauseResponse[]>('/api/complaint-causes');
  }
  settings(): Observable<ComplaintSettings> {
    return this.http.get<ComplaintSettings>('/api/complaint-settings');
  }
  saveSettings(body: ComplaintSettings): Observable<ComplaintSettings> {
    return this.http.put<ComplaintSettings>('/api/complaint-settings', body);
  }
}
