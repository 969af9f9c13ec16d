import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDay, IsPeriod } from '@storeops/api/core';
import { KpiGroupBy, KpiQuery, Metric, StoreFormat, YoyAlign } from '@storeops/shared/contracts';

export class KpiQueryDto implements KpiQuery {
  @IsEnum(Metric) metric!: Metric;
  @IsOptional() @IsCalendarDay() from?: string;
  @IsOptional() @IsCalendarDay() to?: string;
  @IsOptional() @IsPeriod(['year', 'quarter', 'month'], ['mtd', 'ytd']) period?: string;
  @IsOptional() @IsCalendarDay() date?: string;
  @IsOptional() @IsIn(['store', 'region', 'category', 'month', 'day', 'none']) groupBy?: KpiGroupBy;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) storeId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) regionId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) categoryId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  /** Day-level 同比 by the same weekday 364 days back (default) or the same calendar date. */
  @IsOptional() @IsIn(['weekday', 'date']) yoyAlign?: YoyAlign;
}
