import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDay, Nullable } from '@storeops/api/core';
import { CreateInspectionPlanRequest, PlanFrequency } from '@storeops/shared/contracts';

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

export class PlanDueQueryDto {
  /** The day to look from (YYYY-MM-DD, China time); today by default. */
  @IsOptional()
  @IsCalendarDay()
  date?: string;
}
