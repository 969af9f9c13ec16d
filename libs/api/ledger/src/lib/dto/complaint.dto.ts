import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsInstant, MAX_DB_INT, MultiLine, Nullable, PageQueryDto, toBoolean, toWholeNumber, trim } from '@storeops/api/core';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_GROUP_BYS,
  COMPLAINT_PERIOD_PATTERN,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STAGES,
  COMPLAINT_STATUSES,
  ComplaintAction,
  ComplaintChannel,
  ComplaintDepartment,
  ComplaintGroupBy,
  ComplaintMergeRequest,
  ComplaintPauseRequest,
  ComplaintQuery,
  ComplaintResumeRequest,
  ComplaintRevealRequest,
  ComplaintSlaTable,
  CreateComplaintCategoryRequest,
  CreateKeyCustomerRequest,
  UpdateComplaintCategoryRequest,
  ComplaintSettings,
  ComplaintSeverity,
  ComplaintSla,
  ComplaintStage,
  ComplaintStatsQuery,
  ComplaintStatus,
  ComplaintTransitionRequest,
  CreateComplaintRequest,
  MAX_SLA_DAYS,
  MAX_SLA_HOURS,
  Satisfaction,
  SATISFACTIONS,
} from '@storeops/shared/contracts';

/** 涉及金额 and 赔付 at most ¥1,000 万 (in 分). */
export const MAX_COMPLAINT_FEN = 1_000_000_000;

export class CreateComplaintDto implements CreateComplaintRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) storeId!: number;
  @IsIn(COMPLAINT_CHANNELS) channel!: ComplaintChannel;
  @IsInstant() receivedAt!: string;
  /** May be empty: a customer who gives no name is still heard. */
  @Transform(trim) @IsString() @MaxLength(50) customerName!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20) customerPhone!: string;
  @IsBoolean() keyCustomer!: boolean;
  @IsInt() @Min(1) @Max(MAX_DB_INT) categoryId!: number;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) @MultiLine() description!: string;
  @IsOptional() @IsIn(COMPLAINT_SEVERITIES) severity?: ComplaintSeverity;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100) productName?: string;
  @IsOptional() @Transform(trim) @IsString() @Matches(/^[0-9A-Za-z-]{0,32}$/) barcode?: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(50) batch?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COMPLAINT_FEN) amountInvolved?: number;
}

export class ComplaintTransitionDto implements ComplaintTransitionRequest {
  @IsIn(COMPLAINT_ACTIONS) action!: ComplaintAction;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) version?: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() comment?: string;
  @IsOptional() @IsBoolean() valid?: boolean;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() reason?: string;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) responsibleStoreId?: number | null;
  @IsOptional() @Nullable() @IsIn(COMPLAINT_DEPARTMENTS) responsibleDepartment?: ComplaintDepartment | null;
  @IsOptional() @IsBoolean() customerInformed?: boolean;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) @MultiLine() plan?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COMPLAINT_FEN) compensation?: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) @MultiLine() resolution?: string;
  @IsOptional() @IsString() @MaxLength(32) causeCode?: string;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) supplierId?: number | null;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COMPLAINT_FEN) compensationPaid?: number;
  @IsOptional() @IsBoolean() reached?: boolean;
  @IsOptional() @IsIn(SATISFACTIONS) satisfaction?: Satisfaction;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) @MultiLine() notes?: string;
  @IsOptional() @IsInstant() calledAt?: string;
}

export class ComplaintPauseDto implements ComplaintPauseRequest {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) reason!: string;
}

/** 恢复计时: optionally the version the caller saw. */
export class ComplaintResumeDto implements ComplaintResumeRequest {
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) version?: number;
}

/** 显示号码: optionally why (kept in the audit with the reveal). */
export class ComplaintRevealDto implements ComplaintRevealRequest {
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200) reason?: string;
}

export class ComplaintMergeDto implements ComplaintMergeRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) intoId!: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) comment?: string;
}

/** A report period: 2026-11, 2026-W47, 2026-Q4 or 2026, with a year from 1900 to 2100. */
function IsComplaintPeriod(): PropertyDecorator {
  return ValidateBy({
    name: 'isComplaintPeriod',
    validator: {
      validate: (value) =>
        typeof value === 'string' &&
        COMPLAINT_PERIOD_PATTERN.test(value) &&
        Number(value.slice(0, 4)) >= 1900 &&
        Number(value.slice(0, 4)) <= 2100,
      defaultMessage: (args) => `${args?.property} must be a period such as 2026-11, 2026-W47, 2026-Q4 or 2026 (years 1900–2100)`,
    },
  });
}

export class ComplaintQueryDto extends PageQueryDto implements ComplaintQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsOptional() @IsIn(COMPLAINT_STATUSES) status?: ComplaintStatus;
  /** A China day (YYYY-MM-DD) or an instant. */
  @IsOptional() @IsInstant() from?: string;
  @IsOptional() @IsInstant() to?: string;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) categoryId?: number;
  @IsOptional() @IsIn(COMPLAINT_STAGES) stage?: ComplaintStage;
  @IsOptional() @Transform(toBoolean) @IsBoolean() keyCustomer?: boolean;
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) supplierId?: number;
  @IsOptional() @IsString() @MaxLength(64) q?: string;
}

export class ComplaintStatsQueryDto implements ComplaintStatsQuery {
  @IsComplaintPeriod() period!: string;
  @IsIn(COMPLAINT_GROUP_BYS) groupBy!: ComplaintGroupBy;
}

export class ComplaintSlaDto implements ComplaintSla {
  @IsInt() @Min(1) @Max(MAX_SLA_HOURS) judgeHours!: number;
  @IsInt() @Min(1) @Max(MAX_SLA_DAYS) planDays!: number;
  @IsInt() @Min(1) @Max(MAX_SLA_DAYS) resolveDays!: number;
  @IsInt() @Min(1) @Max(MAX_SLA_DAYS) followUpDays!: number;
}

export class ComplaintSlaTableDto implements ComplaintSlaTable {
  @IsObject() @ValidateNested() @Type(() => ComplaintSlaDto) normal!: ComplaintSlaDto;
  @IsObject() @ValidateNested() @Type(() => ComplaintSlaDto) serious!: ComplaintSlaDto;
}

export class ComplaintSettingsDto implements ComplaintSettings {
  @IsObject() @ValidateNested() @Type(() => ComplaintSlaTableDto) sla!: ComplaintSlaTableDto;
  @IsInt() @Min(0) @Max(MAX_COMPLAINT_FEN) storeApprovalLimitFen!: number;
  @IsInt() @Min(1) @Max(240) retentionMonths!: number;
}

export class CreateKeyCustomerDto implements CreateKeyCustomerRequest {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20) phone!: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200) note?: string;
}

export class CreateComplaintCategoryDto implements CreateComplaintCategoryRequest {
  @Transform(trim) @IsString() @Matches(/^[a-z][a-z0-9_]{1,31}$/) code!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60) name!: string;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) parentId?: number | null;
  @IsOptional() @IsIn(COMPLAINT_SEVERITIES) severity?: ComplaintSeverity;
}

export class UpdateComplaintCategoryDto implements UpdateComplaintCategoryRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60) name?: string;
  @IsOptional() @IsIn(COMPLAINT_SEVERITIES) severity?: ComplaintSeverity;
  @IsOptional() @IsBoolean() active?: boolean;
}
