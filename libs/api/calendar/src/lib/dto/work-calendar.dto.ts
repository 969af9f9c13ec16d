import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, IsInstant, MAX_DB_INT, MAX_YEAR, MIN_YEAR, Nullable, toWholeNumber, trim } from '@storeops/api/core';
import {
  CreateStoreClosureRequest,
  MAX_CALENDAR_EXCEPTIONS,
  StoreClosureIdParams,
  StoreClosureQuery,
  WorkingHoursRequest,
  ReplaceWorkCalendarRequest,
  WORK_DAY_EXCEPTIONS,
  WorkCalendarAddQuery,
  WorkCalendarExceptionInput,
  WorkCalendarQuery,
  WorkCalendarYearParams,
  WorkDayException,
} from '@storeops/shared/contracts';

export class WorkCalendarQueryDto implements WorkCalendarQuery {
  @Transform(toWholeNumber) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year!: number;
}

export class WorkCalendarYearParamDto implements WorkCalendarYearParams {
  @Transform(toWholeNumber) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year!: number;
}

export class WorkCalendarExceptionDto implements WorkCalendarExceptionInput {
  @IsCalendarDay() date!: string;
  @IsIn(WORK_DAY_EXCEPTIONS) type!: WorkDayException;
  @IsOptional() @Nullable() @Transform(trim) @IsString() @MaxLength(50) name?: string | null;
}

export class ReplaceWorkCalendarDto implements ReplaceWorkCalendarRequest {
  @IsArray()
  @ArrayMaxSize(MAX_CALENDAR_EXCEPTIONS)
  @ValidateNested({ each: true })
  @Type(() => WorkCalendarExceptionDto)
  days!: WorkCalendarExceptionDto[];

  @IsOptional() @IsInt() @Min(0) @Max(MAX_DB_INT) version?: number;
}

/** Ten years of working days, or of working hours, at the most. */
export class WorkCalendarAddQueryDto implements WorkCalendarAddQuery {
  @IsInstant() from!: string;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(0) @Max(2_500) workingDays?: number;
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(20_000) workingHours?: number;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class WorkingHoursDto implements WorkingHoursRequest {
  @Matches(HH_MM) start!: string;
  @Matches(HH_MM) end!: string;
  @IsOptional() @Nullable() @Matches(HH_MM) lunchStart?: string | null;
  @IsOptional() @Nullable() @Matches(HH_MM) lunchEnd?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_DB_INT) version?: number;
}

export class CreateStoreClosureDto implements CreateStoreClosureRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) storeId!: number;
  @IsCalendarDay() from!: string;
  @IsCalendarDay() to!: string;
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) reason!: string;
}

export class StoreClosureQueryDto implements StoreClosureQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
}

export class ClosureIdParamDto implements StoreClosureIdParams {
  @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) id!: number;
}
