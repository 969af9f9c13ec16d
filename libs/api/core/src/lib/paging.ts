import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, PageQuery } from '@storeops/shared/contracts';
import { DetailedError } from './errors';
import { toWholeNumber } from './validators';

/** The last page a list may be asked for: its first row's offset stays a safe integer for every page size. */
export const MAX_PAGE = Math.floor(Number.MAX_SAFE_INTEGER / MAX_PAGE_SIZE);

/** page / pageSize of every list endpoint; subclasses add their filters. */
export class PageQueryDto implements PageQuery {
  @IsOptional()
  @Transform(toWholeNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @IsOptional()
  @Transform(toWholeNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export interface PageWindow {
  page: number;
  pageSize: number;
  skip: number;
  take: number;
}

export function pageWindow(query: PageQueryDto): PageWindow {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  // The DTO already bounds both; a caller that built the query by hand gets the same 400.
  if (!Number.isSafeInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new DetailedError(400, 'request.invalid', [
      { field: 'page', code: 'paging.page', params: { max: MAX_PAGE }, problem: `page must be a whole number from 1 to ${MAX_PAGE}` },
    ]);
  }
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new DetailedError(400, 'request.invalid', [
      {
        field: 'pageSize',
        code: 'paging.page',
        params: { max: MAX_PAGE_SIZE },
        problem: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
      },
    ]);
  }
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<E, R>(rows: E[], total: number, window: PageWindow, map: (row: E) => R): Page<R> {
  return { items: rows.map(map), total, page: window.page, pageSize: window.pageSize };
}

/** Escapes LIKE wildcards in user text so a search for "50%" finds "50%" only. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
