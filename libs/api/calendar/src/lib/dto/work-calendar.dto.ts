import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDay, IsInstant, MAX_DB_INT, MAX_YEAR, MIN_YEAR, Nullable, toWholeNumber, trim } from '@storeops/api/core';
import {
  MAX_CALENDAR_EXCEPTIONS,
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
