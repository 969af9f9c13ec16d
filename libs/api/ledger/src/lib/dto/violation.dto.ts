import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant, MAX_DB_INT, MultiLine, Nullable, PageQueryDto, toWholeNumber, trim } from '@storeops/api/core';
import {
  APPEAL_DECISIONS,
  AppealDecision,
  AppealViolationRequest,
  ApproveViolationRequest,
  CreateViolationRequest,
  CreateViolationRuleRequest,
  DecideAppealRequest,
  MAX_FINE_FEN,
  MAX_PENALTY_STEPS,
  PENALTY_KINDS,
  PenaltyKind,
  PenaltyStep,
  UpdateViolationRuleRequest,
  VIOLATION_CATEGORIES,
  VIOLATION_RULE_CODE_PATTERN,
  VIOLATION_STATUSES,
  VIOLATION_SUBJECT_TYPES,
  ViolationCategory,
  ViolationPreviewQuery,
  ViolationQuery,
  ViolationStatus,
  ViolationSubjectQuery,
  ViolationSubjectType,
} from '@storeops/shared/contracts';

export class PenaltyStepDto implements PenaltyStep {
  @IsIn(PENALTY_KINDS) kind!: PenaltyKind;
  @IsOptional() @Nullable() @IsInt() @Min(0) @Max(MAX_FINE_FEN) amountFen?: number | null;
}

export class CreateViolationRuleDto implements CreateViolationRuleRequest {
  @Transform(trim) @IsString() @Matches(VIOLATION_RULE_CODE_PATTERN) code!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60) title!: string;
  @IsIn(VIOLATION_CATEGORIES) category!: ViolationCategory;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) @MultiLine() description!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PENALTY_STEPS)
  @ValidateNested({ each: true })
  @Type(() => PenaltyStepDto)
  steps!: PenaltyStepDto[];
}

export class UpdateViolationRuleDto implements UpdateViolationRuleRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60) title?: string;
  @IsOptional() @IsIn(VIOLATION_CATEGORIES) category?: ViolationCategory;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) @MultiLine() description?: string;
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PENALTY_STEPS)
  @ValidateNested({ each: true })
  @Type(() => PenaltyStepDto)
  steps?: PenaltyStepDto[];
  @IsOptional() @IsBoolean() active?: boolean;
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
}

export class CreateViolationDto implements CreateViolationRequest {
  @IsIn(VIOLATION_SUBJECT_TYPES) subjectType!: ViolationSubjectType;
  @IsInt() @Min(1) @Max(MAX_DB_INT) subjectId!: number;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(16) ruleCode!: string;
  @IsInstant() occurredAt!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) @MultiLine() facts!: string;
}

export class ViolationPreviewQueryDto implements ViolationPreviewQuery {
  @IsIn(VIOLATION_SUBJECT_TYPES) subjectType!: ViolationSubjectType;
  @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) subjectId!: number;
  @IsString() @IsNotEmpty() @MaxLength(16) ruleCode!: string;
  @IsInstant() occurredAt!: string;
}

export class ViolationQueryDto extends PageQueryDto implements ViolationQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsOptional() @IsIn(VIOLATION_SUBJECT_TYPES) subjectType?: ViolationSubjectType;
  @IsOptional() @IsIn(VIOLATION_STATUSES) status?: ViolationStatus;
  @IsOptional() @IsString() @MaxLength(16) ruleCode?: string;
  @IsOptional() @IsInstant() from?: string;
  @IsOptional() @IsInstant() to?: string;
}

export class ViolationSubjectQueryDto implements ViolationSubjectQuery {
  @IsIn(VIOLATION_SUBJECT_TYPES) subjectType!: ViolationSubjectType;
  @IsOptional() @IsString() @MaxLength(64) q?: string;
}

export class ApproveViolationDto implements ApproveViolationRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() comment?: string;
}

export class AppealViolationDto implements AppealViolationRequest {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) @MultiLine() reason!: string;
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
}

export class DecideAppealDto implements DecideAppealRequest {
  @IsIn(APPEAL_DECISIONS) decision!: AppealDecision;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() comment?: string;
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
}
