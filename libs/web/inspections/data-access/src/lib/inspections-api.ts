import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BulkVerifyCorrectiveActionsRequest,
  BulkVerifyCorrectiveActionsResponse,
  CloseCorrectiveActionRequest,
  CorrectiveActionFilter,
  CorrectiveActionQuery,
  CorrectiveActionResponse,
  CorrectiveActionSummary,
  CreateInspectionPlanRequest,
  CreateInspectionRequest,
  CreateTemplateRequest,
  InspectionPlanDueResponse,
  InspectionPlanResponse,
  InspectionQuery,
  InspectionRankingQuery,
  InspectionRankingResponse,
  InspectionResponse,
  InspectionTemplateResponse,
  Page,
  PlanBoardQuery,
  PlanBoardResponse,
  PlanDueQuery,
  TemplateQuery,
  UpdateInspectionPlanRequest,
  UpdateTemplateRequest,
  VerifyCorrectiveActionRequest,
} from '@storeops/shared/contracts';
import { Observable } from 'rxjs';
import { toParams } from '@storeops/web/shared/util';

export const TEMPLATES_URL = '/api/inspection-templates';

/** The xlsx download of one template version (the session cookie authorises a plain link). */
export function templateExportUrl(id: number): string {
  return `${TEMPLATES_URL}/${id}/export`;
}

@Injectable({ providedIn: 'root' })
export class InspectionsApi {
  private readonly http = inject(HttpClient);

  /** The latest active version of each family. */
  templates(): Observable<InspectionTemplateResponse[]> {
    return this.http.get<InspectionTemplateResponse[]>(TEMPLATES_URL);
  }
  /** Every version of every family (检查表管理). */
  allTemplates(): Observable<InspectionTemplateResponse[]> {
    return this.http.get<InspectionTemplateResponse[]>(TEMPLATES_URL, { params: toParams({ all: true } satisfies TemplateQuery) });
  }
  createTemplate(body: CreateTemplateRequest): Observable<InspectionTemplateResponse> {
    return this.http.post<InspectionTemplateResponse>(TEMPLATES_URL, body);
  }
  /** Answers a NEW version (another id) when inspections already used this one. */
  updateTemplate(id: number, body: UpdateTemplateRequest): Observable<InspectionTemplateResponse> {
    return this.http.put<InspectionTemplateResponse>(`${TEMPLATES_URL}/${id}`, body);
  }
  importTemplate(file: File): Observable<InspectionTemplateResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<InspectionTemplateResponse>(`${TEMPLATES_URL}/import`, body);
  }
  /** 今日待检: the caller's due and overdue (store, category) pairs, and coverage by specialist. */
  due(date?: string): Observable<InspectionPlanDueResponse> {
    return this.http.get<InspectionPlanDueResponse>('/api/inspection-plans/due', { params: toParams({ date } satisfies PlanDueQuery) });
  }
  plans(): Observable<InspectionPlanResponse[]> {
    return this.http.get<InspectionPlanResponse[]>('/api/inspection-plans');
  }
  createPlan(body: CreateInspectionPlanRequest): Observable<InspectionPlanResponse> {
    return this.http.post<InspectionPlanResponse>('/api/inspection-plans', body);
  }
  updatePlan(id: number, body: UpdateInspectionPlanRequest): Observable<InspectionPlanResponse> {
    return this.http.patch<InspectionPlanResponse>(`/api/inspection-plans/${id}`, body);
  }
  /** The month board (YYYY-MM; this month by default). */
  board(month?: string): Observable<PlanBoardResponse> {
    return this.http.get<PlanBoardResponse>('/api/inspection-plans/board', { params: toParams({ month } satisfies PlanBoardQuery) });
  }
  template(id: number): Observable<InspectionTemplateResponse> {
    return this.http.get<InspectionTemplateResponse>(`/api/inspection-templates/${id}`);
  }
  uploadPhoto(blob: Blob, fileName: string): Observable<{ id: number }> {
    const body = new FormData();
    body.append('file', blob, fileName);
    return this.http.post<{ id: number }>('/api/photos', body);
  }
  create(idempotencyKey: string, body: CreateInspectionRequest): Observable<InspectionResponse> {
    return this.http.post<InspectionResponse>('/api/inspections', body, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }
  list(query: InspectionQuery): Observable<Page<InspectionResponse>> {
    return this.http.get<Page<InspectionResponse>>('/api/inspections', { params: toParams(query) });
  }
  get(id: number): Observable<InspectionResponse> {
    return this.http.get<InspectionResponse>(`/api/inspections/${id}`);
  }
  actions(query: CorrectiveActionQuery): Observable<Page<CorrectiveActionResponse>> {
    return this.http.get<Page<CorrectiveActionResponse>>('/api/corrective-actions', { params: toParams(query) });
  }
  actionsSummary(filter: CorrectiveActionFilter): Observable<CorrectiveActionSummary> {
    return this.http.get<CorrectiveActionSummary>('/api/corrective-actions/summary', { params: toParams(filter) });
  }
  /** 批量验收: all or nothing. */
  verifyActions(body: BulkVerifyCorrectiveActionsRequest): Observable<BulkVerifyCorrectiveActionsResponse> {
    return this.http.post<BulkVerifyCorrectiveActionsResponse>('/api/corrective-actions/verify', body);
  }
  closeAction(id: number, body: CloseCorrectiveActionRequest): Observable<CorrectiveActionResponse> {
    return this.http.post<CorrectiveActionResponse>(`/api/corrective-actions/${id}/close`, body);
  }
  verifyAction(id: number, body: VerifyCorrectiveActionRequest): Observable<CorrectiveActionResponse> {
    return this.http.post<CorrectiveActionResponse>(`/api/corrective-actions/${id}/verify`, body);
  }
  ranking(query: InspectionRankingQuery): Observable<InspectionRankingResponse> {
    return this.http.get<InspectionRankingResponse>('/api/rankings/inspections', { params: toParams(query) });
  }
}
