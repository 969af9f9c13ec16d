/** Every list endpoint pages the same way. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The paging part of every list query (`?page=&pageSize=`). */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}

/** A query for one day (YYYY-MM-DD, China time); today by default. */
export interface DayQuery {
  date?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface ErrorDetail {
  field?: string;
  line?: number;
  column?: number | string;
  /** A stable machine code of the problem and its parameters (the text of `problem` follows Accept-Language). */
  code?: string;
  params?: Record<string, string | number>;
  problem: string;
}

/** The one error shape of every failure. */
export interface ApiError {
  statusCode: number;
  error: string;
  /** In the caller's language (Accept-Language: zh-CN by default, en). */
  message: string;
  /** The stable code of `message`, when it has one. */
  code?: string;
  details: ErrorDetail[];
}

export interface HealthResponse {
  status: 'ok';
  database: 'sqlite' | 'postgres';
}

/** GET /api/health/ready: 200 when this process may take traffic (database answers, migrations applied), else 503. */
export interface ReadyResponse {
  status: 'ready';
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface MeResponse {
  id: number;
  username: string;
  displayName: string;
  role: import('./roles').Role;
  storeId: number | null;
  categoryIds: number[];
}

export interface AuditEntryResponse {
  id: number;
  at: string;
  actorUserId: number | null;
  actorUsername: string | null;
  /** read: personal data shown in full (a customer's phone revealed). */
  action: 'create' | 'update' | 'delete' | 'login' | 'logout' | 'read';
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery extends PageQuery {
  entity?: string;
  entityId?: string;
  actorUserId?: number;
  action?: string;
  from?: string;
  to?: string;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
