import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateSchemeRequest,
  DashboardResponse,
  RankingQuery,
  ScorecardSchemeResponse,
  StoreRankTrendResponse,
  StoreRankingExplanation,
  StoreRankingResponse,
  UpdateSchemeRequest,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/org/data-access';
import { Observable } from 'rxjs';

export const RANKINGS_URL = '/api/rankings/stores';
export const SCHEMES_URL = '/api/scorecard-schemes';

/** The query string of a ranking request, in the order the page shows it (empty values dropped). */
export function rankingQueryString(query: RankingQuery): string {
  return toParams(query).toString();
}

/** The XLSX of exactly the ranking the page shows (the session cookie authorises a plain link). */
export function rankingExportUrl(query: RankingQuery): string {
  return `${RANKINGS_URL}/export?${rankingQueryString(query)}`;
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
    return this.http.get<StoreRankTrendResponse>(`${RANKINGS_URL}/${storeId}/trend`, { params: toParams({ ...query, periods }) });
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
    return this.http.post<ScorecardSchemeResponse>(`${SCHEMES_URL}/${id}/approve`, { version });
  }
  dashboard(date?: string): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>('/api/dashboard', { params: toParams({ date }) });
  }
}
