import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { KpiGroupBy, KpiQuery, Metric, StoreFormat, YoyAlign } from '@storeops/shared/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class KpiQueryDto implements KpiQuery {
  @IsEnum(Metric) metric!: Metric;
  @IsOptional() @Matches(DATE, { message: 'from must be YYYY-MM-DD' }) from?: string;
  @IsOptional() @Matches(DATE, { message: 'to must be YYYY-MM-DD' }) to?: string;
  @IsOptional() @IsString() period?: string;
  @IsOptional() @Matches(DATE, { message: 'date must be YYYY-MM-DD' }) date?: string;
  @IsOptional() @IsIn(['store', 'region', 'category', 'month', 'day', 'none']) groupBy?: KpiGroupBy;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) storeId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) regionId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) categoryId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  /** Day-level 同比 by the same weekday 364 days back (default) or the same calendar date. */
  @IsOptional() @IsIn(['weekday', 'date']) yoyAlign?: YoyAlign;
}
