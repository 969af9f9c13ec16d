import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsInstant, MAX_DB_INT, Nullable, PageQueryDto, toBoolean, toWholeNumber, trim } from '@storeops/api/core';
import {
  ALERT_STATUSES,
  AlertKeyParams,
  AlertQuery,
  AlertSettings,
  AlertStatus,
  ALL_ROLES,
  DEADLINE_KINDS,
  DeadlineKind,
  EscalationLaddersPatch,
  EscalationStep,
  MAX_ESCALATION_DAYS,
  MAX_ESCALATION_STEPS,
  MAX_SNOOZE_REASON,
  ReplaceEscalationRequest,
  Role,
  SnoozeAlertRequest,
} from '@storeops/shared/contracts';

export class AlertQueryDto extends PageQueryDto implements AlertQuery {
  @IsOptional() @Transform(toBoolean) @IsBoolean() mine?: boolean;
  @IsOptional() @IsIn(DEADLINE_KINDS) kind?: DeadlineKind;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsOptional() @IsIn(ALERT_STATUSES) status?: AlertStatus;
}

export class AlertKeyParamDto implements AlertKeyParams {
  /** `kind:id` or `kind:id:sub` (a plan item's store and period). */
  @IsString() @MaxLength(120) @Matches(/^[a-z_]+:\d+(:[0-9A-Za-z:_-]+)?$/) key!: string;
}

export class SnoozeAlertDto implements SnoozeAlertRequest {
  @IsInstant() until!: string;
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(MAX_SNOOZE_REASON) reason!: string;
}

export class AlertSettingsDto implements AlertSettings {
  @Nullable() @Transform(trim) @IsString() @MaxLength(200) @IsEmail() email!: string | null;
  @IsBoolean() emailEnabled!: boolean;
  @IsBoolean() wecomEnabled!: boolean;
  @IsBoolean() digestEnabled!: boolean;
}

export class EscalationStepDto implements EscalationStep {
  @IsInt() @Min(0) @Max(MAX_ESCALATION_DAYS) afterWorkingDays!: number;
  @IsIn(ALL_ROLES) toRole!: Role;
}

/** One list of steps per kind given; kinds not given keep their ladder. */
export class EscalationLaddersDto implements EscalationLaddersPatch {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  corrective_action?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  inspection_plan?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  licence?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  contract_renewal?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  contract_review?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  clause_follow_up?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  split_approval?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  scheme_approval?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  complaint?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  price_recheck?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  meeting_action?: EscalationStepDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ESCALATION_STEPS)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  supplier_issue?: EscalationStepDto[];
}

export class ReplaceEscalationDto implements ReplaceEscalationRequest {
  @IsObject() @ValidateNested() @Type(() => EscalationLaddersDto) ladders!: EscalationLaddersDto;
}
