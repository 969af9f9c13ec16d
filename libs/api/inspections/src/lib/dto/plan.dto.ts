import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDay, IsPeriod, Nullable } from '@storeops/api/core';
import {
  CreateInspectionPlanRequest,
  PlanBoardQuery,
  PlanDueQuery,
  PlanFrequency,
  UpdateInspectionPlanRequest,
} from '@storeops/shared/contracts';

export class CreatePlanDto implements CreateInspectionPlanRequest {
  @IsInt()
  @Min(1)
  specialistId!: number;

  /** null or absent: the general store standard. */
  @IsOptional()
  @Nullable()
  @IsInt()
  @Min(1)
  categoryId!: number | null;

  @IsIn(['monthly', 'weekly'])
  frequency!: PlanFrequency;

  /** null or absent: every open store. */
  @IsOptional()
  @Nullable()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  storeIds?: number[] | null;
}

/** 改派 and edits; the category stays (a rule of another category is another rule). */
export class UpdatePlanDto implements UpdateInspectionPlanRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  specialistId?: number;

  @IsOptional()
  @IsIn(['monthly', 'weekly'])
  frequency?: PlanFrequency;

  /** null: every open store. */
  @IsOptional()
  @Nullable()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  storeIds?: number[] | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class PlanDueQueryDto implements PlanDueQuery {
  /** The day to look from (YYYY-MM-DD, China time); today by default. */
  @IsOptional()
  @IsCalendarDay()
  date?: string;
}

export class PlanBoardQueryDto implements PlanBoardQuery {
  /** YYYY-MM; the current month (China time) by default. */
  @IsOptional()
  @IsPeriod(['month'])
  month?: string;
}
