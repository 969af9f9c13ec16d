import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AlertCountResponse,
  AlertItem,
  AlertQuery,
  AlertSettings,
  Page,
  SnoozeAlertRequest,
  SnoozeAlertResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 提醒中心: the caller's open deadlines, the badge's count, snoozes and the caller's own notification settings. */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  list(query: AlertQuery): Observable<Page<AlertItem>> {
    return this.http.get<Page<AlertItem>>('/api/alerts', { params: toParams(query) });
  }
  count(): Observable<AlertCountResponse> {
    return this.http.get<AlertCountResponse>('/api/alerts/count');
  }
  /** The key is `kind:entityId[:subKey]`: its colons are escaped so it stays one path segment. */
  snooze(key: string, body: SnoozeAlertRequest): Observable<SnoozeAlertResponse> {
    return this.http.post<SnoozeAlertResponse>(`/api/alerts/${encodeURIComponent(key)}/snooze`, body);
  }
  settings(): Observable<AlertSettings> {
    return this.http.get<AlertSettings>('/api/alerts/settings');
  }
  saveSettings(body: AlertSettings): Observable<AlertSettings> {
    return this.http.put<AlertSettings>('/api/alerts/settings', body);
  }
}
