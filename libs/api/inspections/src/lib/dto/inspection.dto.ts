import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, IsInstant, IsPeriod, MultiLine, Nullable, PageQueryDto, toBoolean } from '@storeops/api/core';
import {
  BulkVerifyCorrectiveActionsRequest,
  CloseCorrectiveActionRequest,
  CorrectiveActionFilter,
  CorrectiveActionQuery,
  CorrectiveActionStatus,
  CreateInspectionRequest,
  InspectionQuery,
  InspectionRankingQuery,
  ItemResult,
  ResultInput,
  VerifyCorrectiveActionRequest,
} from '@storeops/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ResultInputDto implements ResultInput {
  @IsInt()
  @Min(1)
  itemId!: number;

  @IsIn(['pass', 'fail', 'na', 'score'])
  result!: ItemResult;

  @IsOptional()
  @IsInt()
  @Min(-1000)
  @Max(1000)
  points?: number;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @MultiLine()
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
  @MultiLine()
  notes?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  signaturePhotoId?: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(64)
  dutyPersonName?: string;

  @IsOptional()
  @IsInstant()
  inspectedAt?: string;

  /** Required, from an ops manager, when inspectedAt is further back than INSPECTION_BACKDATE_DAYS. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @MultiLine()
  lateEntryReason?: string;

  /** The inspection plan (检查计划) the inspection fulfils: active, and covering its store and category. */
  @IsOptional()
  @IsInt()
  @Min(1)
  planItemId?: number;

  /** The first day of the plan's period the inspection closes (this period or the one before); with planItemId. */
  @IsOptional()
  @IsCalendarDay()
  planPeriodStart?: string;
}

export class InspectionQueryDto extends PageQueryDto implements InspectionQuery {
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
  @IsCalendarDay()
  from?: string;

  /** Last day, inclusive. */
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

const STATUSES: CorrectiveActionStatus[] = ['open', 'closed', 'accepted', 'reopened'];
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/** The filters of the 整改 list and of its counts. */
export class CorrectiveActionFilterDto extends PageQueryDto implements CorrectiveActionFilter {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  storeId?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  inspectionId?: number;

  /** A category, or 0 for the general store standard. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  categoryId?: number;

  /** Who inspected (and found the failure). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  inspectorId?: number;

  /** Due on or after this day (YYYY-MM-DD, China time). */
  @IsOptional()
  @IsCalendarDay()
  dueFrom?: string;

  /** Due on or before this day. */
  @IsOptional()
  @IsCalendarDay()
  dueTo?: string;
}

export class CorrectiveActionQueryDto extends CorrectiveActionFilterDto implements CorrectiveActionQuery {
  /** One status or several, comma-separated (open,reopened). */
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(STATUSES, { each: true })
  status?: CorrectiveActionStatus[];
}

export class CloseCorrectiveActionDto implements CloseCorrectiveActionRequest {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @MultiLine()
  note!: string;

  @IsInt()
  @Min(1)
  photoId!: number;
}

export class VerifyCorrectiveActionDto implements VerifyCorrectiveActionRequest {
  @IsBoolean()
  accepted!: boolean;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @MultiLine()
  reason?: string;
}

/** 批量验收: every id must be a closed action the caller may verify, or nothing changes. */
export class BulkVerifyCorrectiveActionsDto implements BulkVerifyCorrectiveActionsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  @Min(1, { each: true })
  ids!: number[];

  @IsBoolean()
  accepted!: boolean;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @MultiLine()
  reason?: string;
}

export class InspectionRankingQueryDto implements InspectionRankingQuery {
  @IsPeriod()
  period!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  categoryId?: number;

  @IsOptional()
  @Matches(/^(all|region:\d{1,9}|format:[a-z_]{1,20})$/, { message: 'scope must be all, region:<id> or format:<format>' })
  scope?: string;
}
