import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateSchemeRequest,
  DashboardResponse,
  ApproveSchemeRequest,
  DashboardQuery,
  RankingExportQuery,
  RankingQuery,
  RankTrendQuery,
  ScorecardSchemeResponse,
  StoreRankTrendResponse,
  StoreRankingExplanation,
  StoreRankingResponse,
  UpdateSchemeRequest,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

export const RANKINGS_URL = '/api/rankings/stores';
export const SCHEMES_URL = '/api/scorecard-schemes';

/** The XLSX of exactly the ranking the page shows, in its sort (the session cookie authorises a plain link). */
export function rankingExportUrl(query: RankingExportQuery): string {
  return `${RANKINGS_URL}/export?${toParams(query).toString()}`;
}

@Injectable({ providedIn: 'root' })
export class RankingsApi {
  private readonly http = inject(HttpClient);

  stores(query: RankingQuery): Observable<StoreRankingResponse> {
    return this.http.get<StoreRankingResponse>(RANKINGS_URL, { params: toParams(query) });
  }
  explanation(storeId: number, query: RankingQuery): Observable<StoreRankingExplanation> {
    return this.http.get<StoreRankingExplanation>(`${RANKINGS_URL}/${storeId}/explanation`, { params: toParams(query) });
  }
  trend(storeId: number, query: RankingQuery, periods = 12): Observable<StoreRankTrendResponse> {
    const trend: RankTrendQuery = { ...query, periods };
    return this.http.get<StoreRankTrendResponse>(`${RANKINGS_URL}/${storeId}/trend`, { params: toParams(trend) });
  }
  schemes(): Observable<ScorecardSchemeResponse[]> {
    return this.http.get<ScorecardSchemeResponse[]>(SCHEMES_URL);
  }
  createScheme(body: CreateSchemeRequest): Observable<ScorecardSchemeResponse> {
    return this.http.post<ScorecardSchemeResponse>(SCHEMES_URL, body);
  }
  updateScheme(id: number, body: UpdateSchemeRequest): Observable<ScorecardSchemeResponse> {
    return this.http.patch<ScorecardSchemeResponse>(`${SCHEMES_URL}/${id}`, body);
  }
  approveScheme(id: number, version: number): Observable<ScorecardSchemeResponse> {
    const body: ApproveSchemeRequest = { version };
    return this.http.post<ScorecardSchemeResponse>(`${SCHEMES_URL}/${id}/approve`, body);
  }
  dashboard(date?: string): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>('/api/dashboard', { params: toParams({ date } satisfies DashboardQuery) });
  }
}
