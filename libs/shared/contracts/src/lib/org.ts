import { PageQuery } from './api';
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

/**
 * Store codes are the chain's own: 1–20 letters, digits, `-` and `_`, starting with a letter or digit (the demo
 * chain's are SH001 style; a POS export may say 1, 2, 3 …). Compared case-insensitively.
 */
export const STORE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;

/**
 * 外部编码: other systems' numbers for a store (the POS number, the ERP code …), each unique across stores and
 * distinct from every store code, so an import finds the store by either. Up to 40 characters without control
 * characters; compared trimmed and case-insensitively.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
export const EXTERNAL_CODE_PATTERN = /^[^\u0000-\u001f\u007f]{1,40}$/;
export const MAX_EXTERNAL_CODES = 20;

/** The key two codes are compared by: trimmed, upper case. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

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
  /** Unknown (null) until someone enters it: 坪效 is then unknown for the store, never computed over 0 m². */
  salesAreaSqm: number | null;
  externalCodes: string[];
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
  salesAreaSqm?: number | null;
  externalCodes?: string[];
}

export interface UpdateStoreRequest {
  code?: string;
  name?: string;
  regionId?: number;
  format?: StoreFormat;
  status?: StoreStatus;
  openDate?: string | null;
  salesAreaSqm?: number | null;
  externalCodes?: string[];
  version?: number;
}

/** At most this many ids in one `ids=` filter (a picker resolving its chosen stores asks in chunks of it). */
export const MAX_IDS_FILTER = 200;

export interface StoreQuery extends PageQuery {
  q?: string;
  /** Only these stores (comma-separated in the query string), e.g. to label a picker's chosen ids. */
  ids?: number[];
  regionId?: number;
  format?: StoreFormat;
  status?: StoreStatus;
}

export interface RegionQuery extends PageQuery {
  q?: string;
  active?: boolean;
}

export interface CategoryQuery extends PageQuery {
  q?: string;
  /** `0` lists the top level only. */
  parentId?: number;
  active?: boolean;
}

export interface UserQuery extends PageQuery {
  /** Username or display name. */
  q?: string;
  role?: Role;
  storeId?: number;
  active?: boolean;
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
