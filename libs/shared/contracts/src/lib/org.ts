import { Role } from './roles';

export enum StoreFormat {
  Hypermarket = 'hypermarket',
  Supermarket = 'supermarket',
  Convenience = 'convenience',
}

export enum StoreStatus {
  Preparing = 'preparing',
  Open = 'open',
  Closed = 'closed',
}

export const STORE_FORMAT_LABELS: Readonly<Record<StoreFormat, string>> = {
  [StoreFormat.Hypermarket]: '大卖场',
  [StoreFormat.Supermarket]: '超市',
  [StoreFormat.Convenience]: '便利店',
};

export const STORE_STATUS_LABELS: Readonly<Record<StoreStatus, string>> = {
  [StoreStatus.Preparing]: '筹备',
  [StoreStatus.Open]: '营业',
  [StoreStatus.Closed]: '闭店',
};

/** Store codes: two or three capital letters and three or four digits, e.g. SH001. */
export const STORE_CODE_PATTERN = /^[A-Z]{2,3}[0-9]{3,4}$/;

export interface RegionResponse {
  id: number;
  code: string;
  name: string;
  active: boolean;
  version: number;
}

export interface CreateRegionRequest {
  code: string;
  name: string;
}

export interface UpdateRegionRequest {
  name?: string;
  active?: boolean;
  version?: number;
}

export interface StoreResponse {
  id: number;
  code: string;
  name: string;
  regionId: number;
  regionName: string;
  format: StoreFormat;
  status: StoreStatus;
  openDate: string | null;
  salesAreaSqm: number;
  managerUserId: number | null;
  managerName: string | null;
  version: number;
}

export interface CreateStoreRequest {
  code: string;
  name: string;
  regionId: number;
  format: StoreFormat;
  status?: StoreStatus;
  openDate?: string | null;
  salesAreaSqm: number;
}

export interface UpdateStoreRequest {
  name?: string;
  regionId?: number;
  format?: StoreFormat;
  status?: StoreStatus;
  openDate?: string | null;
  salesAreaSqm?: number;
  version?: number;
}

export interface StoreQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  regionId?: number;
  format?: StoreFormat;
  status?: StoreStatus;
}

export interface CategoryResponse {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  active: boolean;
  version: number;
}

export interface CreateCategoryRequest {
  code: string;
  name: string;
  parentId?: number | null;
}

export interface UpdateCategoryRequest {
  name?: string;
  active?: boolean;
  version?: number;
}

export interface UserResponse {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  storeId: number | null;
  categoryIds: number[];
  active: boolean;
  version: number;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  storeId?: number | null;
  categoryIds?: number[];
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  password?: string;
  storeId?: number | null;
  categoryIds?: number[];
  active?: boolean;
  version?: number;
}
