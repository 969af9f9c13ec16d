import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CategoryQuery,
  CategoryResponse,
  CreateCategoryRequest,
  CreateRegionRequest,
  CreateStoreRequest,
  CreateUserRequest,
  Page,
  RegionQuery,
  RegionResponse,
  StoreQuery,
  StoreResponse,
  UpdateCategoryRequest,
  UpdateRegionRequest,
  UpdateStoreRequest,
  UpdateUserRequest,
  UserQuery,
  UserResponse,
} from '@storeops/shared/contracts';
import { readAllPages, toParams } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StoresApi {
  private readonly http = inject(HttpClient);
  list(query: StoreQuery): Observable<Page<StoreResponse>> {
    return this.http.get<Page<StoreResponse>>('/api/stores', { params: toParams(query) });
  }
  get(id: number): Observable<StoreResponse> {
    return this.http.get<StoreResponse>(`/api/stores/${id}`);
  }
  /** Every visible store matching the filter, page by page. Only for the choices still listing stores whole (the entity picker replaces them). */
  all(query: Omit<StoreQuery, 'page' | 'pageSize'> = {}): Observable<StoreResponse[]> {
    return readAllPages((page, pageSize) => this.list({ ...query, page, pageSize }));
  }
  create(body: CreateStoreRequest): Observable<StoreResponse> {
    return this.http.post<StoreResponse>('/api/stores', body);
  }
  update(id: number, body: UpdateStoreRequest): Observable<StoreResponse> {
    return this.http.patch<StoreResponse>(`/api/stores/${id}`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class RegionsApi {
  private readonly http = inject(HttpClient);
  list(query: RegionQuery = {}): Observable<Page<RegionResponse>> {
    return this.http.get<Page<RegionResponse>>('/api/regions', { params: toParams(query) });
  }
  /** Every region matching the filter, page by page (regions are few). */
  all(query: Omit<RegionQuery, 'page' | 'pageSize'> = {}): Observable<RegionResponse[]> {
    return readAllPages((page, pageSize) => this.list({ ...query, page, pageSize }));
  }
  create(body: CreateRegionRequest): Observable<RegionResponse> {
    return this.http.post<RegionResponse>('/api/regions', body);
  }
  update(id: number, body: UpdateRegionRequest): Observable<RegionResponse> {
    return this.http.patch<RegionResponse>(`/api/regions/${id}`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class CategoriesApi {
  private readonly http = inject(HttpClient);
  list(query: CategoryQuery = {}): Observable<Page<CategoryResponse>> {
    return this.http.get<Page<CategoryResponse>>('/api/categories', { params: toParams(query) });
  }
  /** Every category matching the filter, page by page (categories are few). */
  all(query: Omit<CategoryQuery, 'page' | 'pageSize'> = {}): Observable<CategoryResponse[]> {
    return readAllPages((page, pageSize) => this.list({ ...query, page, pageSize }));
  }
  create(body: CreateCategoryRequest): Observable<CategoryResponse> {
    return this.http.post<CategoryResponse>('/api/categories', body);
  }
  update(id: number, body: UpdateCategoryRequest): Observable<CategoryResponse> {
    return this.http.patch<CategoryResponse>(`/api/categories/${id}`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  list(query: UserQuery): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>('/api/users', { params: toParams(query) });
  }
  get(id: number): Observable<UserResponse> {
    return this.http.get<UserResponse>(`/api/users/${id}`);
  }
  /** Every user matching the filter (e.g. the active specialists), page by page. */
  all(query: Omit<UserQuery, 'page' | 'pageSize'> = {}): Observable<UserResponse[]> {
    return readAllPages((page, pageSize) => this.list({ ...query, page, pageSize }));
  }
  create(body: CreateUserRequest): Observable<UserResponse> {
    return this.http.post<UserResponse>('/api/users', body);
  }
  update(id: number, body: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(`/api/users/${id}`, body);
  }
}
