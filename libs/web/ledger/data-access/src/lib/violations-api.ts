import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AppealViolationRequest,
  ApproveViolationRequest,
  CreateViolationRequest,
  CreateViolationRuleRequest,
  DecideAppealRequest,
  Page,
  UpdateViolationRuleRequest,
  ViolationAttachmentResponse,
  ViolationDepartmentResponse,
  ViolationListItem,
  ViolationPreviewQuery,
  ViolationPreviewResponse,
  ViolationQuery,
  ViolationResponse,
  ViolationRuleResponse,
  ViolationSubjectOption,
  ViolationSubjectQuery,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 违纪 over HTTP: one method per route of the violations API. */
@Injectable({ providedIn: 'root' })
export class ViolationsApi {
  private readonly http = inject(HttpClient);

  list(query: ViolationQuery): Observable<Page<ViolationListItem>> {
    return this.http.get<Page<ViolationListItem>>('/api/violations', { params: toParams(query) });
  }
  get(id: number): Observable<ViolationResponse> {
    return this.http.get<ViolationResponse>(`/api/violations/${id}`);
  }
  /** What recording would propose (prior count, penalty step); saves nothing. */
  preview(query: ViolationPreviewQuery): Observable<ViolationPreviewResponse> {
    return this.http.get<ViolationPreviewResponse>('/api/violations/preview', { params: toParams(query) });
  }
  create(body: CreateViolationRequest): Observable<ViolationResponse> {
    return this.http.post<ViolationResponse>('/api/violations', body);
  }
  approve(id: number, body: ApproveViolationRequest): Observable<ViolationResponse> {
    return this.http.post<ViolationResponse>(`/api/violations/${id}/approve`, body);
  }
  appeal(id: number, body: AppealViolationRequest): Observable<ViolationResponse> {
    return this.http.post<ViolationResponse>(`/api/violations/${id}/appeal`, body);
  }
  decideAppeal(id: number, body: DecideAppealRequest): Observable<ViolationResponse> {
    return this.http.post<ViolationResponse>(`/api/violations/${id}/decide-appeal`, body);
  }
  attach(id: number, file: File): Observable<ViolationAttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ViolationAttachmentResponse>(`/api/violations/${id}/attachments`, body);
  }
  rules(): Observable<ViolationRuleResponse[]> {
    return this.http.get<ViolationRuleResponse[]>('/api/violation-rules');
  }
  createRule(body: CreateViolationRuleRequest): Observable<ViolationRuleResponse> {
    return this.http.post<ViolationRuleResponse>('/api/violation-rules', body);
  }
  updateRule(id: number, body: UpdateViolationRuleRequest): Observable<ViolationRuleResponse> {
    return this.http.patch<ViolationRuleResponse>(`/api/violation-rules/${id}`, body);
  }
  departments(): Observable<ViolationDepartmentResponse[]> {
    return this.http.get<ViolationDepartmentResponse[]>('/api/violation-departments');
  }
  subjects(query: ViolationSubjectQuery): Observable<ViolationSubjectOption[]> {
    return this.http.get<ViolationSubjectOption[]>('/api/violation-subjects', { params: toParams(query) });
  }
}
