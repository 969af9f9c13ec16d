import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDay, MAX_DB_INT, PageQueryDto, toIdList } from '@storeops/api/core';
import {
  CreateStoreRequest,
  EXTERNAL_CODE_PATTERN,
  MAX_IDS_FILTER,
  MAX_EXTERNAL_CODES,
  STORE_CODE_PATTERN,
  StoreFormat,
  StoreQuery,
  StoreStatus,
  UpdateStoreRequest,
} from '@storeops/shared/contracts';
import { trim, trimAll } from './transforms';

export class CreateStoreDto implements CreateStoreRequest {
  @Transform(trim)
  @IsString()
  @Matches(STORE_CODE_PATTERN, { message: 'code must be 1-20 letters, digits, - or _, starting with a letter or digit' })
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

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  salesAreaSqm?: number | null;

  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(MAX_EXTERNAL_CODES)
  @IsString({ each: true })
  @Matches(EXTERNAL_CODE_PATTERN, { each: true, message: 'each external code must be 1-40 characters without control characters' })
  externalCodes?: string[];
}

export class UpdateStoreDto implements UpdateStoreRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(STORE_CODE_PATTERN, { message: 'code must be 1-20 letters, digits, - or _, starting with a letter or digit' })
  code?: string;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) name?: string;
  @IsOptional() @IsInt() @Min(1) regionId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  @IsOptional() @IsEnum(StoreStatus) status?: StoreStatus;
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDay()
  openDate?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(1_000_000) salesAreaSqm?: number | null;
  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(MAX_EXTERNAL_CODES)
  @IsString({ each: true })
  @Matches(EXTERNAL_CODE_PATTERN, { each: true, message: 'each external code must be 1-40 characters without control characters' })
  externalCodes?: string[];
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class StoreQueryDto extends PageQueryDto implements StoreQuery {
  /** Matches code or name. */
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  @IsOptional()
  @Transform(toIdList)
  @IsArray()
  @ArrayMaxSize(MAX_IDS_FILTER)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_DB_INT, { each: true })
  ids?: number[];
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) regionId?: number;
  @IsOptional() @IsEnum(StoreFormat) format?: StoreFormat;
  @IsOptional() @IsEnum(StoreStatus) status?: StoreStatus;
}
