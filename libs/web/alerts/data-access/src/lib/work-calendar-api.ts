import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateStoreClosureRequest,
  StoreClosureQuery,
  StoreClosureResponse,
  WorkCalendarImportResponse,
  WorkCalendarQuery,
  WorkCalendarResponse,
  WorkCalendarYearsResponse,
  WorkingHoursRequest,
  WorkingHoursResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 工作日历: the years' holidays and 调休 days, the office's sheet import, the working hours and stores' closures. */
@Injectable({ providedIn: 'root' })
export class WorkCalendarApi {
  private readonly http = inject(HttpClient);

  year(query: WorkCalendarQuery): Observable<WorkCalendarResponse> {
    return this.http.get<WorkCalendarResponse>('/api/work-calendar', { params: toParams(query) });
  }
  years(): Observable<WorkCalendarYearsResponse> {
    return this.http.get<WorkCalendarYearsResponse>('/api/work-calendar/years');
  }
  /** The sheet (.xlsx or .csv: 日期, 类型, 名称) replaces the year; a 400 names every bad cell in `details`. */
  importSheet(year: number, file: File): Observable<WorkCalendarImportResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<WorkCalendarImportResponse>(`/api/work-calendar/${year}/import`, body);
  }
  hours(): Observable<WorkingHoursResponse> {
    return this.http.get<WorkingHoursResponse>('/api/work-calendar/hours');
  }
  saveHours(body: WorkingHoursRequest): Observable<WorkingHoursResponse> {
    return this.http.put<WorkingHoursResponse>('/api/work-calendar/hours', body);
  }
  closures(query: StoreClosureQuery = {}): Observable<StoreClosureResponse[]> {
    return this.http.get<StoreClosureResponse[]>('/api/work-calendar/closures', { params: toParams(query) });
  }
  addClosure(body: CreateStoreClosureRequest): Observable<StoreClosureResponse> {
    return this.http.post<StoreClosureResponse>('/api/work-calendar/closures', body);
  }
  removeClosure(id: number): Observable<void> {
    return this.http.delete<void>(`/api/work-calendar/closures/${id}`);
  }
}
