import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
  ValidateNested,
} from 'class-validator';
import { IsInstant, MAX_DB_INT, MultiLine, Nullable, toBoolean, toWholeNumber, trim } from '@storeops/api/core';
import {
  CreateMeetingRequest,
  CreateMeetingSeriesRequest,
  MAX_AGENDA_TEMPLATE,
  MAX_MEETING_ACTIONS,
  MAX_MEETING_ATTENDEES,
  MAX_MEETING_DECISIONS,
  MAX_MEETING_ITEMS,
  MAX_MEETING_MINUTES,
  MEETING_ACTION_STATUSES,
  MEETING_CADENCES,
  MEETING_KPIS,
  MeetingActionInput,
  MeetingActionQuery,
  MeetingActionStatus,
  MeetingCadence,
  MeetingCorrectiveActionRequest,
  MeetingItem,
  MeetingQuery,
  Metric,
  UpdateMeetingActionRequest,
  UpdateMeetingRequest,
} from '@storeops/shared/contracts';

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class CreateMeetingSeriesDto implements CreateMeetingSeriesRequest {
  @Transform(trim) @IsString() @Matches(/^[a-z0-9_-]{2,32}$/) code!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60) name!: string;
  @IsIn(MEETING_CADENCES) cadence!: MeetingCadence;
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_TEMPLATE)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  agendaTemplate!: string[];
}

export class MeetingItemDto implements MeetingItem {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) title!: string;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number | null;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) rankingSchemeId?: number | null;
  @IsOptional() @Nullable() @IsIn(MEETING_KPIS) kpi?: Metric | null;
  @IsOptional() @Nullable() @Transform(trim) @IsString() @MaxLength(2000) @MultiLine() notes?: string | null;
}

export class MeetingActionInputDto implements MeetingActionInput {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @IsInt() @Min(1) @Max(MAX_DB_INT) ownerId!: number;
  @IsInstant() dueAt!: string;
  @IsOptional() @Nullable() @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number | null;
}

export class CreateMeetingDto implements CreateMeetingRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) seriesId!: number;
  @IsInstant() heldAt!: string;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) title?: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MEETING_ATTENDEES)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_DB_INT, { each: true })
  attendeeIds!: number[];
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ITEMS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => MeetingItemDto)
  items!: MeetingItemDto[];
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ACTIONS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => MeetingActionInputDto)
  actions!: MeetingActionInputDto[];
  @IsOptional() @IsString() @MaxLength(MAX_MEETING_MINUTES) @MultiLine() minutes?: string;
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_DECISIONS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  decisions?: string[];
}

export class UpdateMeetingDto implements UpdateMeetingRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) title?: string;
  @IsOptional() @IsInstant() heldAt?: string;
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MEETING_ATTENDEES)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_DB_INT, { each: true })
  attendeeIds?: number[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ITEMS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => MeetingItemDto)
  items?: MeetingItemDto[];
  @IsOptional() @IsString() @MaxLength(MAX_MEETING_MINUTES) @MultiLine() minutes?: string;
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_DECISIONS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  decisions?: string[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ACTIONS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => MeetingActionInputDto)
  actions?: MeetingActionInputDto[];
}

export class MeetingQueryDto implements MeetingQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) seriesId?: number;
}

export class MeetingActionQueryDto implements MeetingActionQuery {
  @IsOptional() @Transform(toBoolean) @IsBoolean() mine?: boolean;
  @IsOptional() @IsIn(MEETING_ACTION_STATUSES) status?: MeetingActionStatus;
}

export class UpdateMeetingActionDto implements UpdateMeetingActionRequest {
  @IsIn(MEETING_ACTION_STATUSES) status!: MeetingActionStatus;
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
}

export class MeetingCorrectiveActionDto implements MeetingCorrectiveActionRequest {
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) version?: number;
}
