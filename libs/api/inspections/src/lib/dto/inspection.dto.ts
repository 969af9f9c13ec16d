import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Nullable, PageQueryDto } from '@storeops/api/core';
import { CorrectiveActionStatus, CreateInspectionRequest, ItemResult, ResultInput } from '@storeops/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ResultInputDto implements ResultInput {
  @IsInt()
  itemId!: number;

  @IsIn(['pass', 'fail', 'na', 'score'])
  result!: ItemResult;

  @IsOptional()
  @IsInt()
  points?: number;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  photoIds?: number[];
}

export class CreateInspectionDto implements CreateInspectionRequest {
  @IsInt()
  @Min(1)
  storeId!: number;

  /** null or absent: the general store standard. */
  @IsOptional()
  @Nullable()
  @IsInt()
  @Min(1)
  categoryId!: number | null;

  @IsInt()
  @Min(1)
  templateId!: number;

  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ResultInputDto)
  results!: ResultInputDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @IsOptional()
  @IsInt()
  signaturePhotoId?: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(64)
  dutyPersonName?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  inspectedAt?: string;

  @IsOptional()
  @IsInt()
  planItemId?: number;
}

export class InspectionQueryDto extends PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  storeId?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  categoryId?: number;

  /** First day, inclusive (YYYY-MM-DD, China time). */
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  /** Last day, inclusive. */
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class CorrectiveActionQueryDto extends PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  storeId?: number;

  @IsOptional()
  @IsIn(['open', 'closed', 'accepted', 'reopened'])
  status?: CorrectiveActionStatus;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  inspectionId?: number;
}

export class CloseCorrectiveActionDto {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note!: string;

  @IsInt()
  photoId!: number;
}

export class VerifyCorrectiveActionDto {
  @IsBoolean()
  accepted!: boolean;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class InspectionRankingQueryDto {
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { message: 'period must be YYYY, YYYY-MM or YYYY-Qn' })
  period!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  categoryId?: number;

  @IsOptional()
  @Matches(/^(all|region:\d+|format:[a-z_]+)$/, { message: 'scope must be all, region:<id> or format:<format>' })
  scope?: string;
}
