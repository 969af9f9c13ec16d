import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateMeetingRequest,
  MeetingActionQuery,
  MeetingActionResponse,
  MeetingCorrectiveActionResponse,
  MeetingListItem,
  MeetingPerson,
  MeetingQuery,
  MeetingResponse,
  MeetingSeriesResponse,
  UpdateMeetingActionRequest,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 营运会议 over HTTP: one method per route of the meetings API the pages use. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  series(): Observable<MeetingSeriesResponse[]> {
    return this.http.get<MeetingSeriesResponse[]>('/api/meeting-series');
  }
  people(): Observable<MeetingPerson[]> {
    return this.http.get<MeetingPerson[]>('/api/meeting-people');
  }
  list(query: MeetingQuery = {}): Observable<MeetingListItem[]> {
    return this.http.get<MeetingListItem[]>('/api/meetings', { params: toParams(query) });
  }
  get(id: number): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(`/api/meetings/${id}`);
  }
  create(body: CreateMeetingRequest): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>('/api/meetings', body);
  }
  actions(query: MeetingActionQuery = {}): Observable<MeetingActionResponse[]> {
    return this.http.get<MeetingActionResponse[]>('/api/meeting-actions', { params: toParams(query) });
  }
  updateAction(id: number, body: UpdateMeetingActionRequest): Observable<MeetingActionResponse> {
    return this.http.patch<MeetingActionResponse>(`/api/meeting-actions/${id}`, body);
  }
  toCorrectiveAction(id: number, version: number): Observable<MeetingCorrectiveActionResponse> {
    return this.http.post<MeetingCorrectiveActionResponse>(`/api/meeting-actions/${id}/corrective-action`, { version });
  }
  /** 会议纪要 as a Word file, with the session cookie like every other call. */
  minutes(id: number): Observable<Blob> {
    return this.http.get(`/api/meetings/${id}/minutes.docx`, { responseType: 'blob' });
  }
}
