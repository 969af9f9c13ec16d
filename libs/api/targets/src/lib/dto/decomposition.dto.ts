import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MultiLine, PageQueryDto, trim } from '@storeops/api/core';
import {
  CreateDecompositionRequest,
  DecompositionMethod,
  DecompositionQuery,
  DecompositionStatus,
  DIFFERENCE_RESOLUTIONS,
  DifferenceResolution,
  ImportCellsFields,
  PublishRequest,
  ResplitRequest,
  ReturnRequest,
  StoreLock,
  TARGET_METRICS,
  TargetCell,
  TargetMetric,
  UpdateCellsRequest,
  WorkflowStepRequest,
} from '@storeops/shared/contracts';

export const DECOMPOSITION_METHODS: readonly DecompositionMethod[] = ['last_year', 'area', 'equal', 'manual'];
export const DECOMPOSITION_STATUSES: readonly DecompositionStatus[] = ['draft', 'published', 'approved'];
const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;
const MAX_STORES = 5000;

export class StoreLockDto implements StoreLock {
  @IsInt()
  @Min(1)
  storeId!: number;

  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  value!: number;
}

export class CreateDecompositionDto implements CreateDecompositionRequest {
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @IsIn(TARGET_METRICS, { message: `metric must be one of ${TARGET_METRICS.join(', ')}` })
  metric!: TargetMetric;

  /** 分 for money metrics, a count for transactions. */
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  total!: number;

  @IsIn(DECOMPOSITION_METHODS, { message: `method must be one of ${DECOMPOSITION_METHODS.join(', ')}` })
  method!: DecompositionMethod;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_STORES)
  @ValidateNested({ each: true })
  @Type(() => StoreLockDto)
  locks?: StoreLockDto[];
}

export class ResplitDto implements ResplitRequest {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_STORES)
  @ValidateNested({ each: true })
  @Type(() => StoreLockDto)
  locks?: StoreLockDto[];

  @IsInt()
  @Min(1)
  version!: number;
}

export class WorkflowStepDto implements WorkflowStepRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsBoolean()
  confirmZeroMonths?: boolean;
}

export class PublishDto extends WorkflowStepDto implements PublishRequest {
  @IsOptional()
  @IsIn(DIFFERENCE_RESOLUTIONS)
  onDifference?: DifferenceResolution;

  /** Required (non-blank) with onDifference adoptTotal: it goes into the history. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @MultiLine()
  reason?: string;
}

export class ReturnDto implements ReturnRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @MultiLine()
  comment!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TargetCellDto implements TargetCell {
  @IsInt()
  @Min(1)
  storeId!: number;

  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  value!: number;
}

export class UpdateCellsDto implements UpdateCellsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_STORES * 12)
  @ValidateNested({ each: true })
  @Type(() => TargetCellDto)
  cells!: TargetCellDto[];

  /** Required (non-blank) once the decomposition is published: it goes into the change history. */
  @IsString()
  @MaxLength(500)
  @MultiLine()
  reason!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

/** The text fields of the multipart import (the file comes as `file`). */
export class ImportCellsDto implements ImportCellsFields {
  @IsString()
  @MaxLength(500)
  @MultiLine()
  reason!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class DecompositionQueryDto extends PageQueryDto implements DecompositionQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsIn(TARGET_METRICS)
  metric?: TargetMetric;

  @IsOptional()
  @IsIn(DECOMPOSITION_STATUSES)
  status?: DecompositionStatus;

  @IsOptional()
  @IsIn(DECOMPOSITION_METHODS)
  method?: DecompositionMethod;
}
