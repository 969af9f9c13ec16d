import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreatePriceCheckRequest,
  CreatePriceCheckResponse,
  CreateQualityCheckRequest,
  CreateQualityCheckResponse,
  PriceChangeImportResponse,
  PriceChangeResponse,
  PriceCheckListItem,
  PriceCheckQuery,
  PriceCheckResponse,
  PriceCheckSettings,
  PriceSampleRequest,
  PriceSampleResponse,
  QualityCheckListItem,
  QualityCheckQuery,
  QualityCheckResponse,
} from '@storeops/shared/contracts';
import { toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** 进售价检查 and 商品质量检查 over HTTP: one method per route of the checks API. */
@Injectable({ providedIn: 'root' })
export class ChecksApi {
  private readonly http = inject(HttpClient);

  priceChecks(query: PriceCheckQuery): Observable<PriceCheckListItem[]> {
    return this.http.get<PriceCheckListItem[]>('/api/price-checks', { params: toParams(query) });
  }
  priceCheck(id: number): Observable<PriceCheckResponse> {
    return this.http.get<PriceCheckResponse>(`/api/price-checks/${id}`);
  }
  createPriceCheck(body: CreatePriceCheckRequest): Observable<CreatePriceCheckResponse> {
    return this.http.post<CreatePriceCheckResponse>('/api/price-checks', body);
  }
  sample(body: PriceSampleRequest): Observable<PriceSampleResponse> {
    return this.http.post<PriceSampleResponse>('/api/price-checks/sample', body);
  }
  priceCheckSettings(): Observable<PriceCheckSettings> {
    return this.http.get<PriceCheckSettings>('/api/price-check-settings');
  }
  priceChanges(): Observable<PriceChangeResponse[]> {
    return this.http.get<PriceChangeResponse[]>('/api/price-changes');
  }
  /** 调价单 (.xlsx or .csv) as the field `file`. */
  importPriceChanges(file: File): Observable<PriceChangeImportResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<PriceChangeImportResponse>('/api/price-changes/import', body);
  }

  qualityChecks(query: QualityCheckQuery): Observable<QualityCheckListItem[]> {
    return this.http.get<QualityCheckListItem[]>('/api/quality-checks', { params: toParams(query) });
  }
  qualityCheck(id: number): Observable<QualityCheckResponse> {
    return this.http.get<QualityCheckResponse>(`/api/quality-checks/${id}`);
  }
  createQualityCheck(body: CreateQualityCheckRequest): Observable<CreateQualityCheckResponse> {
    return this.http.post<CreateQualityCheckResponse>('/api/quality-checks', body);
  }
}
