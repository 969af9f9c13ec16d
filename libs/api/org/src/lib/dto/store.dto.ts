import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCalendarDay, PageQueryDto } from '@storeops/api/core';
import {
  CreateStoreRequest,
  STORE_CODE_PATTERN,
  StoreFormat,
  StoreQuery,
  StoreStatus,
  UpdateStoreRequest,
} from '@storeops/shared/contracts';
import { trim } from './transforms';

export class CreateStoreDto implements CreateStoreRequest {
  @Transform(trim)
  @IsString()
  @Matches(STORE_CODE_PATTERN, { message: 'code must look like SH001 (2-3 capital letters, 3-4 digits)' })
  code!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name!: string;

  @IsInt()
  @Min(1)
  regionId!: number;

  @IsEnum(StoreFormat)
  format!: StoreFormat;

  @IsOptional()
  @IsEnum(StoreStatus)
  status?: StoreStatus;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDay()
  openDate?: string | null;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  salesAreaSqm!: number;
}

export class UpdateStoreDto implements UpdateStoreRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) name?: string;
  @IsOptional() @IsInt() @Min(1) regionId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  @IsOptional() @IsEnum(StoreStatus) status?: StoreStatus;
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDay()
  openDate?: string | null;
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) salesAreaSqm?: number;
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class StoreQueryDto extends PageQueryDto implements StoreQuery {
  /** Matches code or name. */
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) regionId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  @IsOptional() @IsEnum(StoreStatus) status?: StoreStatus;
}
